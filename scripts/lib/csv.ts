// Reads a CSV sheet (keep.eu's "projects" or "partners" saved as CSV) as rows of text keyed by
// the header, each with the number a spreadsheet shows for it: the header is row 1, blank lines
// count as rows, and a record whose quoted cells hold line breaks is one row.
import Papa from 'papaparse';
import type { Sheet, SheetRow } from '../import/keepEu';
import { FileProblem, type ImportReport } from '../import/report';

/** Byte-order marks of UTF-16, as Excel's "Unicode text" export writes (little-endian). */
const UTF16_MARKS = [
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/**
 * The text of a CSV file. Spreadsheets save UTF-8, UTF-16 with a byte-order mark (Excel's
 * "Unicode text") or, on Windows, Windows-1252 (Latin-1 with a few more signs): a file that is
 * neither is read as Windows-1252, and the report says so.
 */
export function decodeCsv(file: string, bytes: Uint8Array, report: ImportReport): string {
  const utf16 = UTF16_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (utf16) return new TextDecoder(utf16.encoding).decode(bytes); // the decoder drops the mark
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report.add({
      file,
      row: null,
      field: null,
      action: 'changed',
      reason: 'not valid UTF-8; read as Windows-1252 (Latin-1): check that names such as "München" read right',
    });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readCsv(file: string, text: string, report: ImportReport): Sheet {
  // Parsed without a header and with blank lines kept, so that each record's index is its row.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const problems = new Map<number, Set<string>>();
  for (const error of parsed.errors) {
    // A file with one column has no delimiter to detect: nothing is lost, and a sheet without
    // keep.eu's columns is refused as a whole later on.
    if (error.type === 'Delimiter') continue;
    const index = error.row ?? 0;
    // Data rows are reported below; without its header no row of the file can be read.
    if (index > 0) problems.set(index, (problems.get(index) ?? new Set()).add(error.message));
    else if (error.row === 0) throw new FileProblem(file, `the header row cannot be read (CSV: ${error.message})`, 1);
    else
      report.add({
        file,
        row: null,
        field: null,
        action: 'rejected',
        reason: `CSV: ${error.message}`,
      });
  }
  const [header = [], ...records] = parsed.data;
  const columns = header.map((name) => name.trim());
  const rows: SheetRow[] = [];
  records.forEach((fields, index) => {
    const row = index + 2;
    if (fields.every((field) => field.trim() === '')) return; // a blank line holds no data
    const reasons = [...(problems.get(index + 1) ?? [])];
    if (fields.length !== columns.length) {
      reasons.push(
        `too ${fields.length < columns.length ? 'few' : 'many'} fields: expected ${columns.length}, found ${fields.length}`,
      );
    }
    // Cells of a row the parser could not read cleanly may sit under the wrong columns.
    if (reasons.length > 0) {
      // An unclosed quote swallows the lines after it: say how many went with this row.
      const extraLines = fields.join('').replace(/\n+$/, '').split('\n').length - 1;
      if (extraLines > 0)
        reasons.push(`it runs over ${extraLines + 1} lines of the file, which are not imported either`);
      report.add({
        file,
        row,
        field: null,
        action: 'rejected',
        reason: `CSV: ${reasons.join('; ')}; row not imported`,
        value: Papa.unparse([fields]),
      });
      return;
    }
    rows.push({ row, cells: Object.fromEntries(columns.map((name, column) => [name, fields[column]!])) });
  });
  return { file, columns, rows };
}
