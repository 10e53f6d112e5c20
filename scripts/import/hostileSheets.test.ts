// The import on sheets a spreadsheet or a hand edit can produce: Windows-1252 text, a header with
// a column twice, huge cells, a broken quote in the first data row. Each is read or refused, and
// the report says which.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PROJECT_COLUMNS } from './keepEu';
import { PARTNER, PROJECT, runImport, runRefusedImport, sheets } from './testing';

describe('npm run data:import on hostile sheets', () => {
  it('reads a Windows-1252 (Latin-1) CSV as such, and says so for each file', () => {
    const { dataset, report } = runImport(sheets({}, {}, 'latin1'));
    expect(dataset.projects[0]!.acronym).toBe('ZÖLD');
    expect(dataset.partners[0]!.seat.town).toBe('München');
    const decoded = report.entries.filter((e) => e.reason.includes('read as Windows-1252'));
    expect(decoded.map((e) => [e.file, e.row, e.action])).toEqual([
      ['projects.csv', null, 'changed'],
      ['partners.csv', null, 'changed'],
    ]);
  });

  it('reads UTF-8 without a word about the encoding', () => {
    const { dataset, report } = runImport(sheets({}));
    expect(dataset.partners[0]!.seat.town).toBe('München');
    expect(report.entries.filter((e) => e.reason.includes('Windows-1252'))).toEqual([]);
  });

  it('reports a column the header names twice', () => {
    const header = [...Object.values(PROJECT_COLUMNS), PROJECT_COLUMNS.website];
    const { report } = runImport(sheets({ header, rows: [[...PROJECT, 'https://other.example/']] }));
    expect(report.entries).toContainEqual(
      expect.objectContaining({ file: 'projects.csv', row: 1, field: 'Website', action: 'flagged' }),
    );
  });

  it('cuts acronym, town and website cells at 20,000 characters, and reports each', () => {
    const long = 'A'.repeat(20_500);
    const website = `https://long.example/${'a'.repeat(20_500)}`;
    const project = [...PROJECT.slice(0, 3), long, ...PROJECT.slice(4, 11), website];
    const partner = [...PARTNER.slice(0, 2), long, ...PARTNER.slice(3, 7), long, ...PARTNER.slice(8)];
    const { dataset, report } = runImport(sheets({ rows: [project] }, { rows: [partner] }));
    expect(dataset.projects[0]!.acronym).toHaveLength(20_000);
    expect(dataset.projects[0]!.website!.value).toHaveLength(20_000);
    expect(dataset.partners[0]!.seat.town).toHaveLength(20_000);
    const cut = report.entries.filter((e) => e.reason === 'longer than 20000 characters; cut');
    expect(cut.map((e) => `${e.file} ${e.row} ${e.field}`)).toEqual([
      'projects.csv 2 Website',
      'projects.csv 2 Project acronym',
      'partners.csv 2 Town',
    ]);
  });

  it('reports a broken quote in the first data row with the file and row, not as a missing sheet', () => {
    const header = Papa.unparse([Object.values(PROJECT_COLUMNS)]);
    const { report } = runRefusedImport(sheets({ text: `${header}\nAlpine Space,2014-2020,"ASP1"x,ONE\n` }));
    expect(report.entries[0]).toMatchObject({ file: 'projects.csv', row: 2, action: 'rejected' });
    expect(report.entries[0]!.reason).toMatch(/^CSV: .*row not imported$/);
    expect(report.summary.ok).toBe(false);
  });
});
