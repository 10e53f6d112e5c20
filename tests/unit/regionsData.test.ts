import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readJson } from './fixtures';

type Entry = { code: string; level: number; versions: string[]; bbox: number[]; point: [number, number] };
const index = readJson('data/regions/index.json') as { attribution: string; regions: Entry[] };
const byCode = new Map(index.regions.map((entry) => [entry.code, entry]));
const LEVELS = [0, 1, 2, 3];

function codesOf(file: string): string[] {
  const collection = readJson(file) as FeatureCollection<null, { NUTS_ID: string }>;
  return collection.features.map((feature) => feature.properties.NUTS_ID);
}

describe('the regions index (data/regions)', () => {
  it('lists every NUTS 2016 and 2021 code of levels 0–3 with the versions that have it', () => {
    const versionsByCode = new Map<string, string[]>();
    for (const version of ['2016', '2021']) {
      for (const level of LEVELS) {
        for (const code of codesOf(`data/sources/nuts/nuts-${version}-20m-4326-level-${level}.geojson`)) {
          versionsByCode.set(code, [...(versionsByCode.get(code) ?? []), version]);
        }
      }
    }
    expect(index.regions.map((entry) => entry.code).sort()).toEqual([...versionsByCode.keys()].sort());
    for (const [code, versions] of versionsByCode) expect(byCode.get(code)?.versions, code).toEqual(versions);
    expect(index.attribution).toBe('© EuroGeographics for the administrative boundaries');
  });

  it('gives each region of the map layers a point inside its outline and a box around that point', () => {
    for (const level of LEVELS) {
      const layer = readJson(`data/regions/nuts-2021-level-${level}.geojson`) as FeatureCollection<
        Polygon | MultiPolygon,
        { code: string }
      >;
      for (const feature of layer.features) {
        const entry = byCode.get(feature.properties.code);
        expect(entry?.level, feature.properties.code).toBe(level);
        const [west = 0, south = 0, east = 0, north = 0] = entry?.bbox ?? [];
        const [lon, lat] = entry?.point ?? [Number.NaN, Number.NaN];
        expect(lon >= west && lon <= east && lat >= south && lat <= north, feature.properties.code).toBe(true);
        expect(booleanPointInPolygon([lon, lat], feature, { ignoreBoundary: true }), feature.properties.code).toBe(
          true,
        );
      }
    }
  });
});
