// Placing partners by their NUTS regions, offline. A partner whose town cannot be placed goes to
// its region's representative point (data/regions/index.json); one placed by its town gets the
// NUTS 2021 regions its position lies in (GISCO's 1:20 million boundaries, data/sources/nuts/).
import { readFileSync } from 'node:fs';
import { bbox, point, pointToPolygonDistance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { nutsCountry } from '../../src/domain/dataset/countries';
import type { Partner } from '../../src/domain/dataset/schema';
import { NUTS_ATTRIBUTION, parseRegionIndex, type Region, type RegionIndex } from '../../src/domain/regions';

/** At 1:20 million a boundary is drawn up to a few km off: a position this close to another
 * region may lie in it. Checked on 12,204 towns of nine countries against GISCO's 1:10 million
 * boundaries: 3 % lie in another region there, and 3 km flags 97 % of those (2 km: 90 %). */
export const NEAR_BOUNDARY_KM = 3;
/** A town on the coast may fall just outside the generalised coastline: the nearest region this
 * close is taken, marked as near a boundary. */
const COAST_KM = 10;

export const NUTS_SOURCE = {
  id: 'gisco-nuts',
  kind: 'dataset',
  title: `Eurostat GISCO NUTS 2021 and NUTS 2016, 1:20 million (${NUTS_ATTRIBUTION})`,
  lang: 'en',
  url: 'https://ec.europa.eu/eurostat/web/gisco/geodata/statistical-units/territorial-units-statistics',
} as const;

export type RegionsAt = { nuts2: string; nuts3: string; nearBoundary: boolean };
export type RegionPlacement = {
  /** A NUTS region of either version, or undefined when the code is none. */
  centre: (code: string) => Region | undefined;
  /** The NUTS 2021 regions at a position, of the country (ISO code) where it is known, or null off
   * the map of NUTS. */
  regionsAt: (lon: number, lat: number, country?: string | null) => RegionsAt | null;
};

type Region3 = { code: string; bbox: number[]; geometry: Polygon | MultiPolygon };

/** `level3`: NUTS 2021 level-3 boundaries, each with its code (`NUTS_ID` as GISCO writes it, or `code`). */
export function regionPlacement(
  index: RegionIndex,
  level3: FeatureCollection<Polygon | MultiPolygon>,
): RegionPlacement {
  const regions: Region3[] = level3.features.map((feature) => ({
    code: String(feature.properties?.['NUTS_ID'] ?? feature.properties?.['code']),
    bbox: bbox(feature),
    geometry: feature.geometry,
  }));
  const regionsAt = (lon: number, lat: number, country?: string | null): RegionsAt | null => {
    // A town near a border may fall across it at this scale; the partner's country settles that.
    const prefix = country ? nutsCountry(country) : '';
    const margin = { lat: COAST_KM / 111, lon: COAST_KM / (111 * Math.cos((lat * Math.PI) / 180)) };
    const here = point([lon, lat]);
    // Negative inside a region: how far its boundary is.
    const near = regions
      .filter(
        ({ code, bbox: [w, s, e, n] }) =>
          code.startsWith(prefix) &&
          lon >= w! - margin.lon &&
          lon <= e! + margin.lon &&
          lat >= s! - margin.lat &&
          lat <= n! + margin.lat,
      )
      .map((region) => ({
        code: region.code,
        km: pointToPolygonDistance(here, region.geometry, { units: 'kilometers' }),
      }))
      .filter((region) => region.km <= COAST_KM)
      .sort((a, b) => a.km - b.km);
    const [found, next] = near;
    if (!found) return null;
    const nearBoundary = found.km > 0 || (next !== undefined && next.km < NEAR_BOUNDARY_KM);
    return { nuts2: found.code.slice(0, 4), nuts3: found.code, nearBoundary };
  };
  return { centre: (code) => index.byCode.get(code), regionsAt };
}

/** The placement the import and `npm run data:partners` use, from the files in the repository. */
export function loadRegionPlacement(): RegionPlacement {
  const read = (path: string): unknown => {
    const url = new URL(`../../${path}`, import.meta.url);
    try {
      return JSON.parse(readFileSync(url, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read ${path} (${(error as Error).message}): run npm run data:regions`, { cause: error });
    }
  };
  return regionPlacement(
    parseRegionIndex(read('data/regions/index.json')),
    read('data/sources/nuts/nuts-2021-20m-4326-level-3.geojson') as FeatureCollection<Polygon | MultiPolygon>,
  );
}

/** A region's representative point as a partner's location: approximate, and saying which region. */
export function regionCentreLocation(centre: Region, sources: readonly string[]): Partner['location'] {
  const [lon, lat] = centre.point;
  return {
    lon,
    lat,
    method: 'region-centre',
    region: centre.code,
    approximate: true,
    geonamesId: null,
    sources: [NUTS_SOURCE.id, ...sources.filter((id) => id !== NUTS_SOURCE.id)],
  };
}

/** NUTS codes from a position, marked as derived, or null where the position lies in no region. */
export function derivedNuts(
  regions: RegionPlacement,
  location: NonNullable<Partner['location']>,
  country: string | null,
): Partner['nuts'] {
  const found = regions.regionsAt(location.lon, location.lat, country);
  if (!found) return null;
  return {
    nuts2: found.nuts2,
    nuts3: found.nuts3,
    version: '2021',
    sources: [NUTS_SOURCE.id, ...location.sources.filter((id) => id !== NUTS_SOURCE.id)],
    derived: { from: 'location', nearBoundary: found.nearBoundary },
  };
}
