// The import placing partners by their NUTS regions (data/regions/index.json and GISCO's NUTS
// 2021 boundaries): a region's centre when the town cannot be placed, marked approximate; NUTS
// codes derived from a town's position, marked derived; a country alone places nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset/dataset';
import { parseRegionIndex } from '../../src/domain/regions';
import { runImport, sheets } from './testing';

/** A partner row of project MURA (or another): name, country, NUTS2, NUTS3, town; no budget. */
const row = (cells: string[], project = ['SIHU1', 'MURA']) => [
  'Interreg VI-A Slovenia-Hungary',
  ...project,
  ...cells,
  'No',
  '',
  '',
];
const { dataset, report } = runImport(
  sheets(
    {
      rows: [
        ['Interreg VI-A Slovenia-Hungary', '', 'SIHU1', 'MURA', 'Mura together', '', '2023', '2026', '', '', '', ''],
        ['Interreg VI-A Slovenia-Hungary', '', 'SIHU2', 'RABA', '', '', '2024', '2027', '', '', '', ''],
      ],
    },
    {
      rows: [
        row(['Pomurje Agency', 'SI', 'SI03', 'SI031', '']),
        row(['Zala Village Office', 'HU', 'HU22', 'HU223', 'Nowherefalva']),
        row(['Styrian Office', 'AT', 'AT22', '', '']),
        row(['Country Only', 'AT', '', '', '']),
        row(['No Country Association', '', '', '', 'Graz']),
        row(['Graz Office', 'AT', '', '', 'Graz']),
        row(['Nowhere Region', 'SI', '', 'SI099', '']),
        row(['Mura Hall', 'SI', '', '', '']),
        row(['Mura Hall', 'SI', '', '', 'Murska Sobota'], ['SIHU2', 'RABA']),
      ],
    },
  ),
);
const partner = (name: string) => dataset.partners.find((p) => p.name === name)!;
const entries = (row: number) => report.entries.filter((e) => e.file === 'partners.csv' && e.row === row);
const regions = parseRegionIndex(JSON.parse(readFileSync('data/regions/index.json', 'utf8')));

describe('npm run data:import placing partners by their NUTS regions', () => {
  it('writes a dataset the app accepts', () => {
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it('places a partner with a NUTS-3 code and no town at that region’s centre, marked approximate', () => {
    expect(partner('Pomurje Agency').location).toEqual({
      lon: regions.byCode.get('SI031')!.point[0],
      lat: regions.byCode.get('SI031')!.point[1],
      method: 'region-centre',
      region: 'SI031',
      approximate: true,
      geonamesId: null,
      sources: ['gisco-nuts', 'import-partners-csv'],
    });
    expect(entries(2)).toEqual([
      expect.objectContaining({
        action: 'approximate',
        reason: 'no town; placed at the centre of NUTS-3 region SI031 (Pomurska), approximate',
      }),
    ]);
  });

  it('does so when the town is not in the gazetteer, and with a NUTS-2 code alone', () => {
    expect(partner('Zala Village Office').location).toMatchObject({ method: 'region-centre', region: 'HU223' });
    expect(partner('Styrian Office').location).toMatchObject({ method: 'region-centre', region: 'AT22' });
    expect(report.summary.approximatePartners).toBe(3);
  });

  it('keeps a partner with only a country off the map, counted as unplaced', () => {
    expect(partner('Country Only').location).toBeNull();
    expect(entries(5).map((e) => `${e.action}: ${e.reason}`)).toEqual(['unplaced: no town; kept, not on the map']);
    expect(entries(8).map((e) => e.reason)).toEqual([
      'no town; SI099 is not a NUTS 2016 or 2021 region; kept, not on the map',
    ]);
    expect(report.summary.unplacedPartners).toBe(3);
  });

  it('keeps a row without a country, the country unknown', () => {
    expect(partner('No Country Association')).toMatchObject({ country: null, location: null });
    expect(entries(6).map((e) => e.reason)).toEqual([
      'no country code; kept with the country unknown',
      'no country to look the town up in; kept, not on the map',
    ]);
  });

  it('derives the NUTS codes of a partner placed by its town, marked derived', () => {
    expect(partner('Graz Office').location?.method).toBe('gazetteer');
    expect(partner('Graz Office').nuts).toEqual({
      nuts2: 'AT22',
      nuts3: 'AT221',
      version: '2021',
      sources: ['gisco-nuts', 'geonames'],
      derived: { from: 'location', nearBoundary: false },
    });
    expect(partner('Pomurje Agency').nuts).not.toHaveProperty('derived');
  });

  it('takes a seat named in another row of the same organisation, and says so', () => {
    expect(partner('Mura Hall').seat.town).toBe('Murska Sobota');
    expect(partner('Mura Hall').location?.method).toBe('gazetteer');
    expect(entries(9).map((e) => e.reason)).toEqual([
      'no town in this row; the seat "Murska Sobota" is taken from row 10, the same organisation in another project',
    ]);
  });

  it('reports an empty project title and asserts no language for titles', () => {
    const raba = dataset.projects.find((p) => p.acronym === 'RABA')!;
    expect(raba.title).toEqual({ original: 'RABA', sources: ['import-projects-csv'] });
    expect(report.entries).toContainEqual(
      expect.objectContaining({ file: 'projects.csv', row: 3, field: 'Project name in English', action: 'changed' }),
    );
    expect(dataset.projects[0]!.title).not.toHaveProperty('lang');
  });

  it('names a 2021–2027 Slovenia–Hungary programme Interreg VI-A', () => {
    expect(dataset.programmes.map((p) => p.name)).toEqual(['Interreg VI-A Slovenia–Hungary']);
  });
});
