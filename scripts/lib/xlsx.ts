// Reads the sheets of an .xlsx workbook (keep.eu's export) as rows of text keyed by the header
// row. Cells are read as values, never as formulas: a formula cell gives its stored result.
import ExcelJS from 'exceljs';

export type WorkbookSheet = { name: string; rows: Record<string, string>[] };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
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
    const rows: Record<string, string>[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const record: Record<string, string> = {};
      header.forEach((name, column) => {
        if (name) record[name] = cellText(row.getCell(column).value);
      });
      if (Object.values(record).some((value) => value.trim() !== '')) rows.push(record);
    });
    return { name: sheet.name, rows };
  });
}
