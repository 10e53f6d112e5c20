// Helpers for the import tests: the README's import command run on files, and keep.eu's CSV
// sheets written as the workbook keep.eu exports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Dataset } from '../../src/domain/dataset/schema';
import type { RegionPlacement } from '../lib/regionPlacement';
import { PARTNER_COLUMNS, PROJECT_COLUMNS } from './keepEu';
import type { ReportEntry } from './report';

/** No NUTS region known: the import as if it had no region data. */
export const NO_REGIONS: RegionPlacement = { centre: () => undefined, regionsAt: () => null };

export type ImportRun = {
  dataset: Dataset;
  report: { summary: Record<string, number | boolean>; entries: ReportEntry[] };
};

/** `npm run data:import -- --out <a new dir> <files…>`, and what it wrote. */
export function runImport(files: string[]): ImportRun {
  const out = mkdtempSync(join(tmpdir(), 'import-'));
  execFileSync('npx', ['tsx', 'scripts/import-data.ts', '--out', out, ...files], { stdio: 'pipe' });
  const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
  return { dataset: read('dataset.json'), report: read('import-report.json') };
}

/** The "projects" and "partners" CSV sheets of `folder` as one workbook, each record in the row a
 * spreadsheet shows it in (a blank line stays a blank row). */
export async function writeWorkbook(
  folder: string,
  file: string,
  edit?: (workbook: ExcelJS.Workbook) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of ['projects', 'partners']) {
    const records = Papa.parse<string[]>(readFileSync(join(folder, `${name}.csv`), 'utf8')).data;
    const sheet = workbook.addWorksheet(name);
    records.forEach((fields, index) => {
      if (fields.some((field) => field !== '')) sheet.getRow(index + 1).values = fields;
    });
  }
  edit?.(workbook);
  await workbook.xlsx.writeFile(file);
}

export const PROJECT = ['Alpine Space', '2014-2020', 'ASP1', 'ZÖLD', 'Green', '', '01/03/2019', '2021', '', '', '', ''];
export const PARTNER = ['Alpine Space', 'ASP1', 'ZÖLD', 'Stadt München', 'DE', '', '', 'München', 'Yes', '', ''];

type SheetText = { header?: string[]; rows?: string[][]; text?: string };

/**
 * A projects and a partners sheet in a new folder, as bytes: UTF-8 unless `encoding` says
 * otherwise (UTF-16 with its byte-order mark, as Excel's "Unicode text" writes, tab-separated).
 */
export function sheets(projects: SheetText, partners: SheetText = {}, encoding: BufferEncoding = 'utf8'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
  const utf16 = encoding === 'utf16le';
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), Buffer.from(`${utf16 ? '\uFEFF' : ''}${text}`, encoding));
    return join(dir, name);
  };
  const csv = (sheet: SheetText, columns: object, row: string[]) =>
    sheet.text ??
    Papa.unparse([sheet.header ?? Object.values(columns), ...(sheet.rows ?? [row])], {
      delimiter: utf16 ? '\t' : ',',
    });
  return [
    write('projects.csv', csv(projects, PROJECT_COLUMNS, PROJECT)),
    write('partners.csv', csv(partners, PARTNER_COLUMNS, PARTNER)),
  ];
}

/** The import on files it refuses as a whole: the command's message, and its report. */
export function runRefusedImport(files: string[]): { message: string; report: ImportRun['report'] } {
  const out = mkdtempSync(join(tmpdir(), 'import-'));
  const run = spawnSync('npx', ['tsx', 'scripts/import-data.ts', '--out', out, ...files], { encoding: 'utf8' });
  if (run.status !== 1) throw new Error(`the import was expected to refuse the files, it ended with ${run.status}`);
  return { message: run.stderr.trim(), report: JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8')) };
}
