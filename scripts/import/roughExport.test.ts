// The import on an export with rough edges (tests/fixtures/keep-eu/rough): blank lines, a cell
// with a line break, rows with too few or too many fields, cells the dataset format refuses,
// doubtful figures, partner budgets, an organisation listed with two towns, a missing town.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset/dataset';
import type { ReportEntry } from './report';
import { runImport, writeWorkbook } from './testing';

const ROUGH = 'tests/fixtures/keep-eu/rough';
const { dataset, report } = runImport([`${ROUGH}/projects.csv`, `${ROUGH}/partners.csv`]);
const project = (id: string) => dataset.projects.find((p) => p.id === id)!;
const partner = (id: string) => dataset.partners.find((p) => p.id === id)!;
const participation = (projectId: string, partnerId: string) =>
  project(projectId).partners.find((p) => p.partner === partnerId);
const brief = (entries: readonly ReportEntry[]) =>
  entries.map((e) => `${e.file.replace(/^.*#|\.csv$/g, '')} ${e.row} ${e.action} ${e.field}: ${e.reason}`);

describe('npm run data:import on a rough keep.eu export (CSV)', () => {
  it('imports the rest when single cells are bad, and writes a dataset the app accepts', () => {
    expect(report.summary.ok).toBe(true);
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.projects.map((p) => p.id)).toEqual(['backwards', 'alps-pannonia']);
  });

  it('rejects rows with too few or too many fields, once each with their row, and imports none of them', () => {
    const csvRows = report.entries.filter((e) => e.reason.startsWith('CSV:'));
    expect(brief(csvRows)).toEqual([
      'projects 4 rejected null: CSV: too few fields: expected 12, found 8; row not imported',
      'projects 5 rejected null: CSV: too many fields: expected 12, found 13; row not imported',
      'partners 8 rejected null: CSV: too few fields: expected 11, found 5; row not imported',
      'partners 9 rejected null: CSV: too many fields: expected 11, found 12; row not imported',
    ]);
    expect(dataset.projects.map((p) => p.acronym)).not.toContain('SHORT');
    expect(dataset.projects.map((p) => p.acronym)).not.toContain('LONG');
    expect(dataset.partners.map((p) => p.name)).not.toContain('Short Partner');
    expect(dataset.partners.map((p) => p.name)).not.toContain('Long Partner');
  });

  it('numbers rows as a spreadsheet does: header row 1, blank lines counted, a cell with a line break one row', () => {
    const rowOf = (field: string, file: string) =>
      report.entries.find((e) => e.field === field && e.file === file)?.row;
    expect(rowOf('Project start', 'projects.csv')).toBe(3); // after a blank line, its cells over two lines
    expect(rowOf('Website', 'projects.csv')).toBe(3);
    expect(report.entries.filter((e) => e.field === 'Website').map((e) => e.row)).toEqual([3, 7]); // after a second blank line
    expect(rowOf('NUTS2 code', 'partners.csv')).toBe(5); // after a blank line
  });

  it('reports a cell the dataset format would refuse and shows it as unknown', () => {
    expect(
      brief(report.entries.filter((e) => e.field === 'Website' || (e.file === 'partners.csv' && e.row === 5))),
    ).toEqual([
      'projects 3 changed Website: not an http(s) address; left out',
      'projects 7 changed Website: not an http(s) address; left out',
      'partners 5 changed NUTS2 code: not the NUTS-2 region (SI03) of NUTS3 code SI031; both shown as unknown',
      "partners 5 changed Partner's total eligible budget / expenditure: not an amount; shown as unknown",
    ]);
    expect(project('backwards').website).toBeNull();
    // The codes given are left out; those of its position are marked as derived.
    expect(partner('pomurje-regional-agency-si').nuts?.derived).toEqual({ from: 'location', nearBoundary: false });
  });

  it('flags a start after the end and EU funding above the total, keeping them as stated', () => {
    expect(brief(report.entries.filter((e) => e.action === 'flagged'))).toEqual([
      'projects 3 flagged Project start: starts (2021-06-01) after it ends (2019-12-31); kept as stated',
      "projects 3 flagged Project's EU funding: EU funding (1200000) above the total budget (1000000); kept as stated",
      'partners 3 flagged ERDF contribution: EU funding (120000) above the total budget (100000); kept as stated',
    ]);
    expect([project('backwards').start?.value, project('backwards').end?.value]).toEqual(['2021-06-01', '2019-12-31']);
    expect([project('backwards').budget.total?.amount, project('backwards').budget.eu?.amount]).toEqual([
      1_000_000, 1_200_000,
    ]);
    expect(report.summary.flagged).toBe(3);
  });

  it('shows a rate outside 0–100 % as unknown, and says so', () => {
    expect(report.entries.find((e) => e.field === 'Union co-financing rate')).toMatchObject({
      row: 3,
      action: 'changed',
      value: '150%',
    });
    expect(project('backwards').budget.euRate).toBeNull();
  });

  it('reports an organisation listed again with another town or NUTS region, keeping the first', () => {
    expect(brief(report.entries.filter((e) => e.file === 'partners.csv' && e.row === 6))).toEqual([
      'partners 6 changed Town: listed with another town "Wien" in row 2; that one kept',
      'partners 6 changed NUTS2 code: listed with another nuts2 code "AT13" in row 2; that one kept',
      'partners 6 changed NUTS3 code: listed with another nuts3 code "AT130" in row 2; that one kept',
    ]);
    expect(partner('city-of-vienna-at').seat.town).toBe('Wien');
    expect(partner('city-of-vienna-at').nuts?.nuts3).toBe('AT130');
  });

  it('reads a partner’s own budget per project, the ERDF figure as its EU part', () => {
    expect(participation('backwards', 'city-of-vienna-at')?.budget).toEqual({
      total: { amount: 400_000, currency: 'EUR', sources: ['import-partners-csv'] },
      eu: { amount: 340_000, currency: 'EUR', fund: 'ERDF', sources: ['import-partners-csv'] },
    });
    // The same organisation in another project, with no figures there: no budget, never 0.
    expect(participation('alps-pannonia', 'city-of-vienna-at')).not.toHaveProperty('budget');
  });

  it('stores a missing town as unknown (null)', () => {
    expect(partner('agency-without-a-seat-it').seat.town).toBeNull();
    expect(partner('agency-without-a-seat-it').location).toBeNull();
  });

  it('places towns written in their local language', () => {
    expect(partner('city-of-vienna-at').location?.geonamesId).toBe(2761369);
    expect(partner('city-of-munich-de').location?.geonamesId).toBe(2867714);
  });
});

describe('npm run data:import on the same rough export as a workbook (XLSX)', () => {
  it('reports the same rows as for the CSV sheets', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'rough.xlsx');
    await writeWorkbook(ROUGH, file);
    const fromWorkbook = runImport([file]).report.entries;
    // The rows the CSV reader rejects have their cells in a workbook; they are compared apart.
    const csvRejected = new Set(
      report.entries.filter((e) => e.reason.startsWith('CSV:')).map((e) => `${e.file.replace('.csv', '')} ${e.row}`),
    );
    const comparable = (entries: readonly ReportEntry[]) =>
      brief(entries).filter(
        (line) => !csvRejected.has(line.split(' ').slice(0, 2).join(' ')) && !line.includes('CSV:'),
      );
    expect(comparable(fromWorkbook)).toEqual(comparable(report.entries));
    expect(comparable(fromWorkbook)).toContain(
      'partners 5 changed NUTS2 code: not the NUTS-2 region (SI03) of NUTS3 code SI031; both shown as unknown',
    );
  });
});
