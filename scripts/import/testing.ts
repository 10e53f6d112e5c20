// Helpers for the import tests: the README's import command run on files, and keep.eu's CSV
// sheets written as the workbook keep.eu exports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Dataset } from '../../src/domain/dataset/schema';
import type { ReportEntry } from './report';

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

/** The import run on files it cannot turn into a dataset: the command fails, and its report says why. */
export function runFailingImport(files: string[]): ImportRun['report'] {
  const out = mkdtempSync(join(tmpdir(), 'import-'));
  const run = spawnSync('npx', ['tsx', 'scripts/import-data.ts', '--out', out, ...files], { encoding: 'utf8' });
  if (run.status === 0) throw new Error('the import was expected to fail');
  return JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8'));
}
