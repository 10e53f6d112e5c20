// Turns a dataset into the app's format: keep.eu's export (the XLSX workbook, or its "projects"
// and "partners" sheets saved as CSV) or the app's own JSON. Writes <dir>/dataset.json and <dir>/import-report.json.
// Run: npm run data:import -- --out <dir> <files...>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importKeepEu, PARTNER_COLUMNS, PROJECT_COLUMNS, type Sheet } from './import/keepEu';
import { ImportReport, reportRepeatedColumns } from './import/report';
import { parseDataset } from '../src/domain/dataset/dataset';
import { decodeCsv, readCsv } from './lib/csv';
import { loadTownIndex } from './lib/gazetteer';
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

// Known by their headers, so a sheet whose rows all failed is still found (and reported).
function isPartnerSheet(sheet: Sheet): boolean {
  return sheet.columns.includes(PARTNER_COLUMNS.name);
}

function loadGeocoder() {
  const find = loadTownIndex();
  return (town: string, country: string) => {
    const found = find(town, country);
    return found ? { lon: found.loc.coordinates[0], lat: found.loc.coordinates[1], geonamesId: found.cityId } : null;
  };
}

async function importFiles(): Promise<unknown> {
  const ending = (file: string) => file.toLowerCase().replace(/^.*\./, '');
  const json = files.filter((f) => ending(f) === 'json');
  const other = files.filter((f) => !['json', 'csv', 'xlsx'].includes(ending(f)));
  if (other.length > 0) usage(`cannot read ${other.join(', ')}: give an XLSX workbook, CSV sheets or the app's JSON`);
  if (json.length === 1 && files.length === 1) return JSON.parse(readFileSync(json[0]!, 'utf8'));
  if (json.length > 0) usage('give either one JSON dataset or the keep.eu sheets, not both');
  const sheets: Sheet[] = [];
  for (const file of files) {
    const name = basename(file);
    if (ending(file) === 'csv') sheets.push(readCsv(name, decodeCsv(name, readFileSync(file), report), report));
    else
      for (const sheet of await readWorkbook(file))
        sheets.push({ file: `${name}#${sheet.name}`, columns: sheet.columns, rows: sheet.rows });
  }
  for (const sheet of sheets) reportRepeatedColumns(sheet.file, sheet.columns, report);
  const projects = sheets.find((s) => !isPartnerSheet(s) && s.columns.includes(PROJECT_COLUMNS.programme));
  const partners = sheets.find(isPartnerSheet);
  if (!projects || !partners)
    usage(
      `need a projects sheet (with "${PROJECT_COLUMNS.acronym}") and a partners sheet (with "${PARTNER_COLUMNS.name}")`,
    );
  return importKeepEu(projects, partners, loadGeocoder(), report);
}

const dataset = await importFiles();
const result = parseDataset(dataset);
mkdirSync(outDir, { recursive: true });
if (!result.ok) {
  for (const error of result.errors)
    report.add({
      file: files.join(', '),
      row: null,
      field: null,
      action: 'rejected',
      reason: `invalid dataset: ${[error.path, error.key, error.params && JSON.stringify(error.params)].filter(Boolean).join(' ')}`,
    });
}
const data = result.ok ? result.data.dataset : null;
const summary = {
  ok: result.ok,
  projects: data?.projects.length ?? 0,
  partners: data?.partners.length ?? 0,
  participations: data?.projects.reduce((sum, p) => sum + p.partners.length, 0) ?? 0,
  unplacedPartners: data?.partners.filter((p) => p.location === null).length ?? 0,
  rejected: report.count('rejected'),
  changed: report.count('changed'),
  flagged: report.count('flagged'),
  generatedProgrammes: report.count('generated'),
};
writeFileSync(join(outDir, 'import-report.json'), JSON.stringify({ summary, entries: report.entries }, null, 1) + '\n');
if (data) writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(data));
console.log(JSON.stringify(summary));
console.log(`report: ${join(outDir, 'import-report.json')}${data ? `\ndataset: ${join(outDir, 'dataset.json')}` : ''}`);
process.exit(result.ok ? 0 : 1);
