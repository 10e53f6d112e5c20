// Reads the sheets of an .xlsx workbook (keep.eu's export) as rows of text keyed by the header
// row, each with its row number in the sheet (the header is row 1). Cells are read as values,
// never as formulas: a formula cell gives its stored result.
import ExcelJS from 'exceljs';
import type { SheetRow } from '../import/keepEu';

export type WorkbookSheet = { name: string; columns: string[]; rows: SheetRow[] };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function readWorkbook(file: string): Promise<WorkbookSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const header: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column] = cellText(cell.value).trim()));
    const rows: SheetRow[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cells: Record<string, string> = {};
      header.forEach((name, column) => {
        if (name) cells[name] = cellText(row.getCell(column).value);
      });
      if (Object.values(cells).some((value) => value.trim() !== '')) rows.push({ row: number, cells });
    });
    return { name: sheet.name, columns: header.filter((name) => name !== ''), rows };
  });
}
