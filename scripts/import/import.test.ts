import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset/dataset';
import { isAfter, parseAmount, parseDate, parseRate, slugify } from './parse';
import { matchProgramme } from './programmes';
import { runImport, writeWorkbook } from './testing';

describe('parseDate', () => {
  it.each([
    ['01/03/2019', '2019-03-01'],
    ['1.3.2019', '2019-03-01'],
    ['2019-03-01', '2019-03-01'],
    ['03/2023', '2023-03'],
    ['2023-03', '2023-03'],
    ['2026', '2026'],
  ])('reads %s as %s, never padding a partial date', (raw, value) => {
    expect(parseDate(raw).value).toBe(value);
  });

  it('drops a time of day and says so', () => {
    expect(parseDate('2018-01-15T00:00:00Z')).toEqual({ value: '2018-01-15', changed: 'time of day dropped' });
  });

  it.each(['31/02/2020', '13/2020', 'soon', '20190301', '1820'])('rejects %s with a reason', (raw) => {
    const parsed = parseDate(raw);
    expect(parsed.value).toBeNull();
    expect(parsed.problem).toBeTruthy();
  });

  it('treats an empty cell as unknown, not as a problem', () => {
    expect(parseDate(' ')).toEqual({ value: null });
  });

  it.each([
    ['2021-06-01', '2019-12-31', true],
    ['2021-05', '2020', true],
    ['2021-05', '2021', false],
    ['2021', '2021-12-31', false],
    ['2019-03-01', '2021-08-31', false],
  ])('tells whether %s is certainly after %s', (a, b, after) => expect(isAfter(a, b)).toBe(after));
});

describe('parseAmount and parseRate', () => {
  it.each([
    ['184,967.54', 184967.54],
    ['1.234.567,89', 1234567.89],
    ['€ 1 234 567', 1234567],
    ['2000000', 2000000],
    ['1,885.230.00', 1885230],
    ['1234567.891', 1234567.891],
    ['1049382.20735', 1049382.20735],
    ['1.234', 1234],
  ])('reads %s', (raw, value) => expect(parseAmount(raw).value).toBe(value));

  it('rejects what is not an amount', () => {
    expect(parseAmount('=1+1').problem).toBeTruthy();
    expect(parseAmount('-5').problem).toBeTruthy();
    expect(parseAmount('.').value).toBeNull();
    expect(parseAmount(`${'9'.repeat(400)}.5`).problem).toBe('not an amount');
  });

  it.each(['150%', '101', '-5%', 'n/a'])('reports the rate %s as unknown, never outside 0–100 %%', (raw) => {
    expect(parseRate(raw)).toEqual({ value: null, problem: 'not a rate between 0 and 100 %' });
  });

  it.each([
    ['85%', 0.85],
    ['85', 0.85],
    ['85,5', 0.855],
    ['0.85', 0.85],
    ['1%', 0.01],
    ['0.5%', 0.005],
  ])('reads the rate %s', (raw, value) => expect(parseRate(raw).value).toBeCloseTo(value, 6));
});

describe('matchProgramme', () => {
  it.each([
    ['2014 - 2020 Interreg V-A Slovenia - Hungary', '', 'slovenia-hungary', '2014-2020'],
    ['Interreg VI-A Slovenia-Hungary', '', 'slovenia-hungary', '2021-2027'],
    ['Interreg VI-A Hungary-Slovenia', '', 'slovenia-hungary', '2021-2027'],
    ['Alpine Space', '2014 - 2020', 'alpine-space', '2014-2020'],
    ['Interreg Alpine Space 2021-2027', '', 'alpine-space', '2021-2027'],
    ['Interreg V-A Sweden - Norway', '', 'sweden-norway', '2014-2020'],
    ['Interreg Sverige-Norge', '2014-2020', 'sweden-norway', '2014-2020'],
    ['Interreg CENTRAL EUROPE', '2014-2020', 'central-europe', '2014-2020'],
    ['Interreg Europe', '2021-2027', 'interreg-europe', '2021-2027'],
  ])('maps "%s" to the app programme', (name, period, id, expectedPeriod) => {
    const match = matchProgramme(name, period);
    expect(match).toMatchObject({ id, period: expectedPeriod, known: true });
  });

  it('names Slovenia–Hungary by its period: V-A in 2014–2020, VI-A in 2021–2027', () => {
    expect(matchProgramme('Slovenia-Hungary', '2021-2027').name).toBe('Interreg VI-A Slovenia–Hungary');
    expect(matchProgramme('2014 - 2020 Interreg V-A Slovenia - Hungary').name).toBe('Interreg V-A Slovenia–Hungary');
    expect(matchProgramme('Interreg Slovenia-Hungary').name).toBe('Interreg Slovenia–Hungary');
  });

  it('does not mistake other European programmes for Interreg Europe', () => {
    expect(matchProgramme('Interreg North-West Europe', '2014-2020')).toMatchObject({
      id: 'north-west-europe',
      known: false,
    });
  });
});

describe('slugify', () => {
  it('gives a valid slug for a long name cut at a dash', () => {
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });
});

describe('npm run data:import on a keep.eu workbook (XLSX)', () => {
  it('reads both sheets by their columns, values never formulas, as the CSV sheets would be', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'keep-export.xlsx');
    // A formula cell: its stored result is read, the formula itself never is.
    await writeWorkbook('tests/fixtures/keep-eu', file, (workbook) => {
      workbook.getWorksheet('projects')!.getCell('L2').value = {
        formula: 'HYPERLINK("http://evil.example")',
        result: 'http://sens-network.com/',
      };
    });
    const { dataset } = runImport([file]);
    expect(dataset.projects.map((p) => p.id)).toEqual(['sens-network', 'green-border', 'danube-rtl']);
    expect(dataset.projects[0]!.website!.value).toBe('http://sens-network.com/');
    expect(dataset.projects[1]!.title.original).toBe('Green border <script>alert(1)</script>');
  });
});

describe('npm run data:import on keep.eu sheets', () => {
  const { dataset, report } = runImport(['tests/fixtures/keep-eu/projects.csv', 'tests/fixtures/keep-eu/partners.csv']);
  const project = (id: string) => dataset.projects.find((p) => p.id === id)!;

  it('writes a dataset the app accepts', () => {
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.projects.map((p) => p.id)).toEqual(['sens-network', 'green-border', 'danube-rtl']);
  });

  it('keeps partial dates partial and money with its meaning', () => {
    expect([project('green-border').start?.value, project('green-border').end?.value]).toEqual(['2023-03', '2026']);
    expect(project('green-border').budget.total).toMatchObject({ amount: 1234567.89, currency: 'EUR' });
    expect(project('green-border').budget.euRate?.value).toBe(0.85);
    expect(project('sens-network').budget.total).toBeNull();
    expect(project('sens-network').budget.eu?.amount).toBe(184967.54);
  });

  it('keeps hostile and unusual text as text', () => {
    expect(project('green-border').title.original).toBe('Green border <script>alert(1)</script>');
    expect(project('green-border').description?.original).toBe("=cmd|' /C calc'!A0");
    expect(project('danube-rtl').title.original).toBe('نهر الدانوب 🌊 river');
    expect(project('green-border').website).toBeNull();
  });

  it('names a programme of projects from two periods without a generation', () => {
    expect(dataset.programmes.find((p) => p.id === 'slovenia-hungary')?.name).toBe('Interreg Slovenia–Hungary');
  });

  it('generates an entry for an unknown programme', () => {
    expect(dataset.programmes.find((p) => p.id === 'danube')).toMatchObject({ name: 'Interreg V-B Danube' });
  });

  it('joins partners by programme + ID, or programme + acronym, and shares organisations', () => {
    expect(project('green-border').partners.map((p) => p.partner)).toEqual([
      'zala-county-img-src-x-onerror-alert-1-hu',
      'local-development-foundation-for-pomurje-si',
    ]);
    expect(project('sens-network').partners[0]).toMatchObject({
      partner: 'local-development-foundation-for-pomurje-si',
      role: 'lead',
    });
  });

  it('places a partner whose town is not found at its NUTS-3 region’s centre, marked approximate', () => {
    const atlantis = dataset.partners.find((p) => p.name === 'Atlantis Development Agency');
    expect(atlantis?.location).toMatchObject({ method: 'region-centre', region: 'AT130', approximate: true });
    expect(report.entries.find((e) => e.row === 7)?.reason).toBe(
      'town not found in the gazetteer; placed at the centre of NUTS-3 region AT130 (Wien), approximate',
    );
    expect(dataset.partners.find((p) => p.country === 'GR')?.location?.geonamesId).toBeTypeOf('number');
  });

  it('reports every rejected or changed row with row, field and reason', () => {
    const brief = report.entries.map((e) => `${e.action} ${e.row} ${e.field}`);
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect(brief).toEqual([
      'changed 3 Website',
      'generated 4 Programme',
      'changed 4 Project start',
      'changed 4 Project end',
      'rejected 6 Programme',
      'approximate 3 Town',
      'changed 6 Country code',
      'approximate 7 Town',
      'rejected 8 Project ID',
      'rejected 5 partners',
    ]);
    expect(report.summary).toMatchObject({
      projects: 3,
      partners: 5,
      participations: 6,
      unplacedPartners: 0,
      approximatePartners: 2,
      rejected: 3,
    });
  });
});
