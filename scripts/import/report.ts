// What an import did to each row: nothing is dropped or changed silently.

export type ReportEntry = {
  file: string;
  /**
   * The row as a spreadsheet numbers it: the header is row 1, the first data row is row 2, and
   * blank rows count. In a CSV file a record whose quoted cells hold line breaks is one row, as
   * a spreadsheet shows it. Null for the file as a whole.
   */
  row: number | null;
  field: string | null;
  /**
   * `rejected`: the row was left out. `changed`: a value was altered or left out (shown as
   * unknown). `flagged`: kept as the source states it, but doubtful (an end before the start,
   * EU funding above the total). `approximate`: placed at its NUTS region's representative
   * point, its town being unknown or not found. `unplaced`: kept, not on the map. `generated`: an
   * entry the import created (a programme the app does not know).
   */
  action: 'rejected' | 'changed' | 'flagged' | 'approximate' | 'unplaced' | 'generated';
  reason: string;
  /** The value as found, cut to 200 characters. */
  value?: string;
};

/** A column name given twice in a header: only the last of them is read, so the others are reported. */
export function reportRepeatedColumns(file: string, columns: readonly string[], report: ImportReport): void {
  const counts = new Map<string, number>();
  for (const name of columns) if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts)
    if (count > 1)
      report.add({
        file,
        row: 1,
        field: name,
        action: 'flagged',
        reason: `the header names this column ${count} times; only the last of them is read`,
      });
}

export class ImportReport {
  readonly entries: ReportEntry[] = [];

  add(entry: Omit<ReportEntry, 'value'> & { value?: unknown }): void {
    const { value, ...rest } = entry;
    this.entries.push(value === undefined ? rest : { ...rest, value: String(value).slice(0, 200) });
  }

  count(action: ReportEntry['action']): number {
    return this.entries.filter((e) => e.action === action).length;
  }
}

/** A file the import cannot use at all, and why: the command says so and the report keeps it. */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly row: number | null = null,
  ) {
    super(reason);
  }
}
