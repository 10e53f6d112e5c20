// What an import did to each row: nothing is dropped or changed silently.

export type ReportEntry = {
  file: string;
  /** 1-based data row (the header is row 0); null for the file as a whole. */
  row: number | null;
  field: string | null;
  action: 'rejected' | 'changed' | 'unplaced' | 'generated';
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
