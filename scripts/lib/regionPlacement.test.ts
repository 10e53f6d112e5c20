// NUTS codes from a position (scripts/lib/regionPlacement.ts), on two made-up regions side by side.
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseRegionIndex } from '../../src/domain/regions';
import { regionPlacement } from './regionPlacement';

const square = (code: string, west: number): FeatureCollection<Polygon>['features'][number] => ({
  type: 'Feature',
  properties: { NUTS_ID: code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 46],
        [west + 1, 46],
        [west + 1, 47],
        [west, 47],
        [west, 46],
      ],
    ],
  },
});
const index = parseRegionIndex({ source: 'test', attribution: 'test', regions: [] });
const regions = regionPlacement(index, {
  type: 'FeatureCollection',
  features: [square('XX011', 15), square('XX012', 16), square('YY011', 17)],
});

describe('regionsAt', () => {
  it('keeps to the partner’s country where it is known: a border drawn a little off does not move it', () => {
    expect(regions.regionsAt(16.99, 46.5)).toMatchObject({ nuts3: 'XX012', nearBoundary: true });
    expect(regions.regionsAt(16.99, 46.5, 'XX')).toMatchObject({ nuts3: 'XX012', nearBoundary: false });
    expect(regions.regionsAt(17.01, 46.5, 'XX')).toMatchObject({ nuts3: 'XX012', nearBoundary: true });
  });

  it('gives the region a position lies in, well inside', () => {
    expect(regions.regionsAt(15.5, 46.5)).toEqual({ nuts2: 'XX01', nuts3: 'XX011', nearBoundary: false });
  });

  it('says a position within 3 km of another region may lie in it', () => {
    // 0.02° of longitude at 46.5° N is about 1.5 km.
    expect(regions.regionsAt(15.98, 46.5)).toEqual({ nuts2: 'XX01', nuts3: 'XX011', nearBoundary: true });
    expect(regions.regionsAt(16.02, 46.5)).toMatchObject({ nuts3: 'XX012', nearBoundary: true });
  });

  it('does not count the outer edge (a coast) as a neighbour', () => {
    expect(regions.regionsAt(15.01, 46.5)).toMatchObject({ nuts3: 'XX011', nearBoundary: false });
  });

  it('takes the nearest region for a position just outside all of them, marked near a boundary', () => {
    expect(regions.regionsAt(14.95, 46.5)).toMatchObject({ nuts3: 'XX011', nearBoundary: true });
    expect(regions.regionsAt(14, 46.5)).toBeNull();
  });
});
