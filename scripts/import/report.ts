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
   * EU funding above the total). `unplaced`: kept, not on the map. `generated`: an entry the
   * import created (a programme the app does not know).
   */
  action: 'rejected' | 'changed' | 'flagged' | 'unplaced' | 'generated';
  reason: string;
  /** The value as found, cut to 200 characters. */
  value?: string;
};

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
