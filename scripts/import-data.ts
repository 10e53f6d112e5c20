// Turns a dataset into the app's format: keep.eu's export (the XLSX workbook, or its "projects"
// and "partners" sheets saved as CSV) or the app's own JSON. Writes <dir>/dataset.json and <dir>/import-report.json.
// A file it cannot use is named with the reason (and row), in the output and in the report.
// Run: npm run data:import -- --out <dir> <files...>
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importKeepEu, PARTNER_COLUMNS, PROJECT_COLUMNS, type Placement, type Sheet } from './import/keepEu';
import { FileProblem, ImportReport, reportRepeatedColumns } from './import/report';
import { parseDataset } from '../src/domain/dataset/dataset';
import { decodeCsv, readCsv } from './lib/csv';
import { loadTownIndex } from './lib/gazetteer';
import { loadRegionPlacement } from './lib/regionPlacement';
import { readWorkbook } from './lib/xlsx';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run data:import -- --out <dir> <export.xlsx> | <projects.csv> <partners.csv> | <dataset.json>`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
if (!outDir) usage('missing --out <dir>');
const files = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
if (files.length === 0) usage('no input files');

const report = new ImportReport();

function loadPlacement(): Placement {
  const find = loadTownIndex();
  const geocode = (town: string, country: string) => {
    const found = find(town, country);
    return found ? { lon: found.loc.coordinates[0], lat: found.loc.coordinates[1], geonamesId: found.cityId } : null;
  };
  return { geocode, regions: loadRegionPlacement() };
}

/** The file's bytes, once it is known to be there, to be a file, and to hold something. */
function readBytes(file: string): Buffer {
  const stat = (() => {
    try {
      return statSync(file);
    } catch {
      throw new FileProblem(file, 'no such file');
    }
  })();
  if (!stat.isFile()) throw new FileProblem(file, 'not a file (a folder?)');
  if (stat.size === 0) throw new FileProblem(file, 'the file is empty');
  return readFileSync(file);
}

function readJson(file: string): unknown {
  const text = readBytes(file)
    .toString('utf8')
    .replace(/^\uFEFF/, ''); // a byte-order mark is no JSON
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position ? ` at line ${text.slice(0, Number(position[1])).split('\n').length}` : '';
    throw new FileProblem(file, `not valid JSON${line}: ${message.replace(/ in JSON at position \d+$/, '')}`);
  }
}

async function readSheets(file: string): Promise<Sheet[]> {
  const name = basename(file);
  const bytes = readBytes(file);
  if (file.toLowerCase().endsWith('.csv')) return [readCsv(name, decodeCsv(name, bytes, report), report)];
  try {
    const sheets = await readWorkbook(file);
    return sheets.map((sheet) => ({ file: `${name}#${sheet.name}`, columns: sheet.columns, rows: sheet.rows }));
  } catch (error) {
    const message = (error as Error).message;
    const why = /central directory/.test(message) ? 'an XLSX file is a zip archive, this one is not' : message;
    throw new FileProblem(file, `not an XLSX workbook that can be read (${why})`);
  }
}

/** Which of keep.eu's sheets this is, known by its header, so a sheet whose rows all failed is still found. */
function kindOf(sheet: Sheet): 'projects' | 'partners' | null {
  if (sheet.columns.includes(PARTNER_COLUMNS.name)) return 'partners';
  const partnerColumns: readonly string[] = Object.values(PARTNER_COLUMNS);
  const projectOnly: readonly string[] = Object.values(PROJECT_COLUMNS).filter((c) => !partnerColumns.includes(c));
  return sheet.columns.some((c) => projectOnly.includes(c)) ? 'projects' : null;
}

/** The columns a sheet cannot do without: the programme, and the project's ID or acronym. */
function checkColumns(sheet: Sheet, kind: 'projects' | 'partners'): void {
  const missing = (column: string) => !sheet.columns.includes(column);
  const { programme, acronym } = PROJECT_COLUMNS; // the partners sheet names them the same
  if (missing(programme)) throw new FileProblem(sheet.file, `the ${kind} sheet has no "${programme}" column`, 1);
  if (missing(PROJECT_COLUMNS.id) && missing(acronym))
    throw new FileProblem(
      sheet.file,
      `the ${kind} sheet has neither a "${PROJECT_COLUMNS.id}" nor a "${acronym}" column`,
      1,
    );
  if (sheet.rows.length === 0)
    throw new FileProblem(sheet.file, 'no data rows to import: only a header row, or every row rejected above');
}

async function importFiles(): Promise<unknown> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const path = (() => {
      try {
        return realpathSync(file);
      } catch {
        throw new FileProblem(file, 'no such file');
      }
    })();
    const before = seen.get(path);
    if (before !== undefined) throw new FileProblem(file, `the same file is given twice (as ${before} too)`);
    seen.set(path, file);
  }
  const ending = (file: string) => file.toLowerCase().replace(/^.*\./, '');
  const other = files.find((f) => !['json', 'csv', 'xlsx'].includes(ending(f)));
  if (other)
    throw new FileProblem(other, "cannot read this kind of file: give an XLSX workbook, CSV sheets or the app's JSON");
  const json = files.filter((f) => ending(f) === 'json');
  if (json.length === 1 && files.length === 1) return readJson(json[0]!);
  if (json.length > 0)
    throw new FileProblem(json.join(', '), 'give either one JSON dataset or the keep.eu sheets, not both');

  const found: Partial<Record<'projects' | 'partners', Sheet>> = {};
  for (const file of files) {
    for (const sheet of await readSheets(file)) {
      reportRepeatedColumns(sheet.file, sheet.columns, report);
      const kind = kindOf(sheet);
      // A workbook may hold other sheets; a CSV file given is meant to be one of the two.
      if (kind === null && ending(file) === 'csv')
        throw new FileProblem(
          sheet.file,
          `neither keep.eu's projects sheet (no "${PROJECT_COLUMNS.acronym}" column) nor its partners sheet (no "${PARTNER_COLUMNS.name}" column)`,
          1,
        );
      if (kind === null) continue;
      const first = found[kind];
      if (first) throw new FileProblem(sheet.file, `a second ${kind} sheet (the first is ${first.file})`);
      found[kind] = sheet;
    }
  }
  const { projects, partners } = found;
  if (!projects) throw new FileProblem(files.join(', '), `no projects sheet (with "${PROJECT_COLUMNS.acronym}")`);
  if (!partners) throw new FileProblem(files.join(', '), `no partners sheet (with "${PARTNER_COLUMNS.name}")`);
  checkColumns(projects, 'projects');
  checkColumns(partners, 'partners');
  return importKeepEu(projects, partners, loadPlacement(), report);
}

const imported = await importFiles().catch((error: unknown) => {
  if (!(error instanceof FileProblem)) throw error;
  report.add({ file: error.file, row: error.row, field: null, action: 'rejected', reason: error.message });
  console.error(`${error.file}${error.row === null ? '' : `, row ${error.row}`}: ${error.message}`);
  return null;
});
const result = imported === null ? null : parseDataset(imported);
mkdirSync(outDir, { recursive: true });
if (result && !result.ok) {
  for (const error of result.errors)
    report.add({
      file: files.join(', '),
      row: null,
      field: null,
      action: 'rejected',
      reason: `invalid dataset: ${[error.path, error.key, error.params && JSON.stringify(error.params)].filter(Boolean).join(' ')}`,
    });
}
const data = result?.ok ? result.data.dataset : null;
const summary = {
  ok: data !== null,
  projects: data?.projects.length ?? 0,
  partners: data?.partners.length ?? 0,
  participations: data?.projects.reduce((sum, p) => sum + p.partners.length, 0) ?? 0,
  unplacedPartners: data?.partners.filter((p) => p.location === null).length ?? 0,
  approximatePartners: data?.partners.filter((p) => p.location?.method === 'region-centre').length ?? 0,
  rejected: report.count('rejected'),
  changed: report.count('changed'),
  flagged: report.count('flagged'),
  generatedProgrammes: report.count('generated'),
};
writeFileSync(join(outDir, 'import-report.json'), JSON.stringify({ summary, entries: report.entries }, null, 1) + '\n');
if (data) writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(data));
console.log(JSON.stringify(summary));
console.log(`report: ${join(outDir, 'import-report.json')}${data ? `\ndataset: ${join(outDir, 'dataset.json')}` : ''}`);
process.exit(data ? 0 : 1);
