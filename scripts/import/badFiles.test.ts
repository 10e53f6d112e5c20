// The import on files it cannot use as they are: each gets a clear reason naming the file (and
// row where there is one), never a stack trace or the usage text; the files it can read are read.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PROJECT_COLUMNS } from './keepEu';
import { runImport, runRefusedImport, sheets } from './testing';

/** A file of this name and content in a new folder. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bad-')), name);
  writeFileSync(path, content);
  return path;
}

/** The command's message for files it refuses, checked to be a plain sentence, and its report. */
function refusal(files: string[]) {
  const { message, report } = runRefusedImport(files);
  expect(message).not.toMatch(/^\s+at /m); // no stack trace
  expect(message).not.toContain('usage:');
  expect(report.summary.ok).toBe(false);
  return { message, entry: report.entries.at(-1) };
}

describe('npm run data:import on files it cannot read', () => {
  it('names a missing file', () => {
    const { message, entry } = refusal(['/nowhere/export.xlsx']);
    expect(message).toBe('/nowhere/export.xlsx: no such file');
    expect(entry).toMatchObject({ file: '/nowhere/export.xlsx', row: null, action: 'rejected' });
  });

  it('says an empty XLSX file is empty', () => {
    const path = file('export.xlsx', '');
    expect(refusal([path]).message).toBe(`${path}: the file is empty`);
  });

  it('says a binary file named .xlsx is not a workbook', () => {
    const path = file('export.xlsx', randomBytes(2048));
    expect(refusal([path]).message).toBe(
      `${path}: not an XLSX workbook that can be read (an XLSX file is a zip archive, this one is not)`,
    );
  });

  it('gives the line of invalid JSON', () => {
    const path = file('dataset.json', '{\n  "format": "interreg-map-dataset",\n}\n');
    expect(refusal([path]).message).toBe(`${path}: not valid JSON at line 3: Expected double-quoted property name`);
  });

  it('says an empty CSV file is empty', () => {
    const [projects, partners] = sheets({ text: '' });
    expect(refusal([projects!, partners!]).message).toBe(`${projects}: the file is empty`);
  });

  it('says a CSV with only its header has no rows to import', () => {
    const [projects, partners] = sheets({ rows: [] });
    const { message } = refusal([projects!, partners!]);
    expect(message).toBe('projects.csv: no data rows to import: only a header row, or every row rejected above');
  });

  it('gives the row of a broken quote in the header', () => {
    const [projects, partners] = sheets({
      text: `"Programme,Period,Project ID,Project acronym\nAlpine Space,2014-2020,A1,ONE\n`,
    });
    expect(refusal([projects!, partners!]).message).toMatch(
      /^projects\.csv, row 1: the header row cannot be read \(CSV: .*quote/i,
    );
  });

  it('names a missing Programme column', () => {
    const header = Object.values(PROJECT_COLUMNS).filter((column) => column !== PROJECT_COLUMNS.programme);
    const [projects, partners] = sheets({ text: Papa.unparse([header, ['2014-2020', 'ASP1', 'ZÖLD']]) });
    const { message, entry } = refusal([projects!, partners!]);
    expect(message).toBe('projects.csv, row 1: the projects sheet has no "Programme" column');
    expect(entry).toMatchObject({ file: 'projects.csv', row: 1 });
  });

  it('refuses the same file given twice', () => {
    const [projects] = sheets({});
    expect(refusal([projects!, projects!]).message).toBe(
      `${projects}: the same file is given twice (as ${projects} too)`,
    );
  });
});

describe('npm run data:import on files written by other tools', () => {
  it('reads a JSON dataset that starts with a byte-order mark', () => {
    const path = file('dataset.json', `\uFEFF${readFileSync('data/dataset.json', 'utf8')}`);
    expect(runImport([path]).dataset.projects).toHaveLength(5);
  });

  it('reads UTF-16 CSV sheets, as Excel saves "Unicode text", without a word about the encoding', () => {
    const { dataset, report } = runImport(sheets({}, {}, 'utf16le'));
    expect(dataset.projects[0]!.acronym).toBe('ZÖLD');
    expect(dataset.partners[0]!.seat.town).toBe('München');
    expect(report.entries.filter((e) => e.reason.includes('Windows-1252'))).toEqual([]);
  });
});
