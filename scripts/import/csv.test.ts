// Reading a CSV sheet (scripts/lib/csv.ts): rows numbered as a spreadsheet shows them, and rows
// the parser cannot read cleanly rejected, once each.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../lib/csv';
import { ImportReport } from './report';

describe('readCsv', () => {
  it('numbers rows as a spreadsheet does, with Windows line ends, blank lines and line breaks in cells', () => {
    const report = new ImportReport();
    const sheet = readCsv('x.csv', 'a,b,c\r\n1,2,3\r\n\r\n"x\r\ny",3,4\r\n5,6,7\r\n', report);
    expect(sheet.rows.map((r) => [r.row, r.cells.a])).toEqual([
      [2, '1'],
      [4, 'x\r\ny'],
      [5, '5'],
    ]);
    expect(report.entries).toEqual([]);
  });

  it('rejects a row with a broken quote once, with its row, and does not import it', () => {
    const report = new ImportReport();
    const sheet = readCsv('x.csv', 'a,b,c\n1,2,3\n4,"5"x,6\n', report);
    expect(sheet.rows.map((r) => r.row)).toEqual([2]);
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0]).toMatchObject({ file: 'x.csv', row: 3, action: 'rejected' });
    expect(report.entries[0]!.reason).toMatch(/^CSV: Trailing quote on quoted field is malformed; .*row not imported$/);
  });

  it('says how many lines an unclosed quote swallowed', () => {
    const report = new ImportReport();
    const sheet = readCsv('x.csv', 'a,b,c\n1,2,3\n4,"bad"q,6\n7,8,9\n10,11,12\n', report);
    expect(sheet.rows.map((r) => r.row)).toEqual([2]);
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0]!.reason).toContain('it runs over 3 lines of the file, which are not imported either');
  });
});
