import { RowChecks } from './checks.js';
import type { ColumnMap } from './columns.js';
import type { LedgerRowError } from './errors.js';
import { readTable, type TableReadOptions, type TableRow, type TableSummary } from './table.js';

export interface LedgerParseOptions extends TableReadOptions {
  /**
   * The last day a date may be (today, for an import: a ledger records the
   * past). A later date is a bad row. Absent, any date is taken.
   */
  readonly notAfter?: string | undefined;
}

/** A ledger's rows checked: the good rows' entries and every bad row's errors, in file order. */
export interface CheckedLedger<K extends string, E> extends TableSummary<K> {
  readonly entries: E[];
  readonly errors: LedgerRowError[];
}

/**
 * Reads a ledger's table and checks each row with `checkRow`, which returns
 * the row's entry, or undefined after recording its errors in `checks`: a bad
 * row is skipped whole, the rest load.
 */
export async function readLedger<K extends string, E>(
  bytes: Uint8Array,
  options: LedgerParseOptions,
  columns: ColumnMap<K>,
  checkRow: (row: TableRow<K>, checks: RowChecks<K>) => E | undefined,
): Promise<CheckedLedger<K, E>> {
  const entries: E[] = [];
  const errors: LedgerRowError[] = [];
  const summary = await readTable(bytes, options, columns, (row) => {
    const checks = new RowChecks<K>(row.row, options.notAfter);
    const entry = checkRow(row, checks);
    if (entry === undefined) errors.push(...checks.errors);
    else entries.push(entry);
  });
  return { ...summary, entries, errors };
}
