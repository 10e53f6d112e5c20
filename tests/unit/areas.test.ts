import { booleanPointInPolygon } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_YEAR, readOfficialAreas, type NutsVersion } from '../../scripts/lib/nuts';
import type { AreaProperties } from '../../src/domain/dataset/areas';
import { programmeAreas, readJson, repoPath, seedData } from './fixtures';

const areas = programmeAreas();
const data = seedData();
const officialAreas = readOfficialAreas();
const regionVersions = new Map(
  (readJson('data/regions/index.json') as { regions: { code: string; versions: NutsVersion[] }[] }).regions.map(
    (region) => [region.code, region.versions],
  ),
);

// Section 3 of the reference notes: one table row per programme, the NUTS area of 2014–2020 in
// the second column and the 2021–2027 area (or its change) in the third.
const REFERENCE_ROWS: Readonly<Record<string, { row: string; column: 1 | 2 }>> = {
  'alpine-space-2014-2020': { row: 'Alpine Space', column: 1 },
  'central-europe-2014-2020': { row: 'Central Europe', column: 1 },
  'sweden-norway-2014-2020': { row: 'Sweden–Norway (whole)', column: 1 },
  'sweden-norway-2014-2020-nordens-grona-balte': { row: '… Mittnorden sub-area', column: 1 },
  'slovenia-hungary-2014-2020': { row: 'SI–HU V-A', column: 1 },
  'interreg-europe-2021-2027': { row: 'Interreg Europe', column: 2 },
};
// The reference names German Länder by their ISO 3166-2 codes; these are their NUTS-1 codes.
const LAENDER: Readonly<Record<string, string>> = {
  BW: 'DE1',
  BY: 'DE2',
  BE: 'DE3',
  BB: 'DE4',
  MV: 'DE8',
  SN: 'DED',
  ST: 'DEE',
  TH: 'DEG',
};
const EU27 = 'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
// NUTS 2016 joined Sør- and Nord-Trøndelag (NUTS 2013) as Trøndelag.
const NUTS_2013_TO_2016: Readonly<Record<string, string>> = { NO061: 'NO060', NO062: 'NO060' };

function referenceCells(): Map<string, string[]> {
  const text = readFileSync(repoPath('public/sources/seed-projects.md'), 'utf8');
  const section = text.slice(text.indexOf('## 3.'), text.indexOf('\n### ', text.indexOf('## 3.')));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Programme'));
  return new Map(
    rows.map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return [cells[0] ?? '', cells];
    }),
  );
}

/** The NUTS codes a cell lists: "AT, CH whole; FR: FRK2; IT: ITC1-4; DE: BW" → AT, CH, FRK2, ITC1…ITC4, DE1. */
function codesIn(cell: string): string[] {
  return cell.split(';').flatMap((segment) => {
    const labelled = /^\s*([A-Z]{2})(?::| \(NUTS \d{4}\))(.*)$/.exec(segment);
    const country = labelled?.[1];
    const list = (labelled?.[2] ?? segment).replace(/\([^)]*\)/g, ' ');
    return [...list.matchAll(/\b([A-Z]{2}[0-9A-Z]{0,3})(?:-(\d))?\b/g)].flatMap(([, code = '', last]) => {
      if (code === 'EU27') return EU27;
      if (country === 'DE' && code.length === 2) {
        const land = LAENDER[code];
        if (!land) throw new Error(`unknown Land ${code}`);
        return [land];
      }
      if (last === undefined) return [code];
      const prefix = code.slice(0, -1);
      const from = Number(code.slice(-1));
      return Array.from({ length: Number(last) - from + 1 }, (_, i) => `${prefix}${from + i}`);
    });
  });
}

function officialKm2(code: string, version: NutsVersion): number {
  const value = officialAreas.get(code)?.get(AREA_YEAR[version]);
  if (value === undefined) throw new Error(`Eurostat has no ${AREA_YEAR[version]} area for ${code}`);
  return value;
}

function areaFeature(id: string) {
  const feature = areas.collection.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no area ${id}`);
  return feature;
}

describe('programme areas', () => {
  const all: AreaProperties[] = [...areas.byId.values()];

  it('has one area per programme of the seed projects, plus the Mid-Nordic sub-area', () => {
    expect([...areas.byId.keys()].sort()).toEqual(Object.keys(REFERENCE_ROWS).sort());
    for (const project of data.dataset.projects) {
      for (const id of [project.area, project.subArea].filter(Boolean)) expect(areas.byId.has(id!), id).toBe(true);
    }
  });

  it('are drawn from the NUTS regions the reference notes list, in the NUTS version of their period', () => {
    const cells = referenceCells();
    for (const area of all) {
      const { row, column } = REFERENCE_ROWS[area.id]!;
      const cell = cells.get(row)?.[column];
      expect(cell, `${area.id}: reference row ${row}`).toBeTruthy();
      const listed = codesIn(cell!).map((code) =>
        area.nutsVersion === '2016' ? (NUTS_2013_TO_2016[code] ?? code) : code,
      );
      expect([...area.nutsCodes].sort(), area.id).toEqual([...new Set(listed)].sort());
      expect(area.nutsVersion, area.id).toBe(area.period === '2021-2027' ? '2021' : '2016');
      for (const code of [...area.nutsCodes, ...area.nutsLeftOut]) {
        expect(regionVersions.get(code), `${area.id}: ${code}`).toContain(area.nutsVersion);
      }
    }
  });

  it('records the NUTS 2013 → 2016 change it relies on: Trøndelag kept its outer boundary', () => {
    const in2017 = (code: string) => officialAreas.get(code)?.get('2017') ?? Number.NaN;
    expect(in2017('NO061') + in2017('NO062')).toBe(officialKm2('NO060', '2016'));
  });

  it('measure within 3 % of Eurostat’s area for the regions drawn; what is not drawn is a listed deviation', () => {
    for (const area of all) {
      const official =
        area.nutsCodes.reduce((sum, code) => sum + officialKm2(code, area.nutsVersion), 0) -
        area.nutsLeftOut.reduce((sum, code) => sum + officialKm2(code, area.nutsVersion), 0);
      expect(area.officialAreaKm2, area.id).toBe(official);
      expect(Math.abs(area.areaKm2 / official - 1), area.id).toBeLessThanOrEqual(0.03);
      for (const code of area.nutsLeftOut) expect(area.deviations.join(' '), `${area.id}: ${code}`).toContain(code);
    }
  });

  it('list only the deviations that are still true', () => {
    const deviations = (id: string) => areas.byId.get(id)?.deviations.join(' ');
    expect(deviations('sweden-norway-2014-2020')).toMatch(/Västra Götaland.*Østfold.*Akershus/s);
    expect(deviations('interreg-europe-2021-2027')).toMatch(/outermost.*Svalbard/s);
    for (const id of [
      'alpine-space-2014-2020',
      'central-europe-2014-2020',
      'slovenia-hungary-2014-2020',
      'sweden-norway-2014-2020-nordens-grona-balte',
    ]) {
      expect(areas.byId.get(id)?.deviations, id).toEqual([]);
    }
  });

  it('contain their projects’ partners, or the partner’s note says it lies outside', () => {
    const outside: string[] = [];
    for (const project of data.dataset.projects) {
      for (const participation of project.partners) {
        const partner = data.partnerById.get(participation.partner)!;
        if (!partner.location) continue;
        const position = [partner.location.lon, partner.location.lat];
        const notes = [partner.seat.note, participation.note].join(' ');
        for (const id of [project.area, project.subArea]) {
          if (!id || booleanPointInPolygon(position, areaFeature(id) as never)) continue;
          expect(notes, `${partner.id} lies outside ${id}`).toMatch(/outside/);
          outside.push(partner.id);
        }
      }
    }
    expect([...new Set(outside)].sort()).toEqual(['norges-vel', 'stebo', 'steinbeis-2i']);
  });
});
