// Reads the Eurostat GISCO NUTS boundaries and Eurostat's area table copied into
// data/sources/nuts/ (see its README for where they came from).
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { roundGeometry, type Areal } from './geometry';

export const NUTS_SOURCES_DIR = path.resolve(import.meta.dirname, '../../data/sources/nuts');

export const NUTS_VERSIONS = ['2016', '2021'] as const;
export type NutsVersion = (typeof NUTS_VERSIONS)[number];
export type NutsLevel = 0 | 1 | 2 | 3;
export const NUTS_LEVELS: readonly NutsLevel[] = [0, 1, 2, 3];

/** 4 decimals ≈ 10 m, finer than the 1:20 M source's generalisation (about 1 km); every build
 * rounds the same way, so neighbouring regions, countries and programme areas share their edges. */
export const COORD_PRECISION = 4;

export interface NutsRegion {
  code: string;
  level: NutsLevel;
  country: string;
  name: string;
  /** Null where the source has no Latin-script name (the 2016 files have none). */
  nameLatin: string | null;
  geometry: Areal;
}

interface GiscoProperties {
  NUTS_ID: string;
  LEVL_CODE: number;
  CNTR_CODE: string;
  NUTS_NAME: string;
  NAME_LATN?: string;
}

function isLevel(value: number): value is NutsLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/** All regions of one NUTS version, levels 0–3, coordinates rounded to COORD_PRECISION. */
export function readNuts(version: NutsVersion): NutsRegion[] {
  return NUTS_LEVELS.flatMap((level) => {
    const file = path.join(NUTS_SOURCES_DIR, `nuts-${version}-20m-4326-level-${level}.geojson`);
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Areal, GiscoProperties>;
    return collection.features.map((feature): NutsRegion => {
      const { NUTS_ID: code, LEVL_CODE, CNTR_CODE, NUTS_NAME, NAME_LATN } = feature.properties;
      const geometry = roundGeometry(feature.geometry, COORD_PRECISION);
      if (!isLevel(LEVL_CODE) || LEVL_CODE !== level) throw new Error(`${file}: ${code} has level ${LEVL_CODE}`);
      if (!geometry) throw new Error(`${file}: ${code} has no area left after rounding`);
      // The 2016 files carry trailing spaces in some names ("Seine-et-Marne ").
      return {
        code,
        level,
        country: CNTR_CODE,
        name: NUTS_NAME.trim(),
        nameLatin: NAME_LATN?.trim() ?? null,
        geometry,
      };
    });
  });
}

/** The last year Eurostat's statistics used each NUTS version (2016: 2018–2020; 2021: 2021–2023). */
export const AREA_YEAR: Readonly<Record<NutsVersion, string>> = { '2016': '2020', '2021': '2023' };

/** Eurostat reg_area3, total area in km² by NUTS code and year; missing values (":") are left out. */
export function readOfficialAreas(): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const [header = '', ...rows] = fs
    .readFileSync(path.join(NUTS_SOURCES_DIR, 'eurostat-reg_area3.tsv'), 'utf8')
    .trim()
    .split('\n');
  const years = header
    .split('\t')
    .slice(1)
    .map((year) => year.trim());
  const areas = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const [key = '', ...cells] = row.split('\t');
    const [freq, landuse, unit, code = ''] = key.split(',');
    if (freq !== 'A' || landuse !== 'TOTAL' || unit !== 'KM2') continue;
    const byYear = new Map<string, number>();
    cells.forEach((cell, i) => {
      // A value may carry a flag after a space ("28791 e").
      const value = Number.parseFloat(cell);
      const year = years[i];
      if (year && Number.isFinite(value)) byYear.set(year, value);
    });
    areas.set(code, byYear);
  }
  return areas;
}

/** Eurostat's total area of the given regions in the version's year, or null if one is missing. */
export function officialKm2(
  areas: ReadonlyMap<string, ReadonlyMap<string, number>>,
  codes: readonly string[],
  version: NutsVersion,
): number | null {
  let total = 0;
  for (const code of codes) {
    const value = areas.get(code)?.get(AREA_YEAR[version]);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}
