import { cellText, type LedgerCell } from './cells.js';
import { type ColumnMap, columnLabel, locateColumns, missingColumns } from './columns.js';
import { LedgerFormatError } from './errors.js';
import { sheetRows } from './rows.js';

/** Where a parse is: rows read so far, and how far through the file (0–1) when known. */
export type LedgerProgress = (rowsDone: number, fraction?: number) => void;

/** How to read a ledger file as a table. */
export interface TableReadOptions {
  /** The file's name: `.xlsx` (or ZIP content) is read as a workbook, anything else as CSV. */
  readonly fileName: string;
  /** Called every `progressEvery` rows and once at the end. */
  readonly onProgress?: LedgerProgress | undefined;
  /** Rows between progress calls; 1000 by default. */
  readonly progressEvery?: number | undefined;
}

/** A data row of a ledger: its number as the spreadsheet shows it, and its cells by field. */
export class TableRow<K extends string> {
  constructor(
    readonly row: number,
    private readonly cells: readonly LedgerCell[],
    private readonly positions: ReadonlyMap<K, number>,
  ) {}

  /** The cell under a field's column; null when it is empty or the ledger lacks the column. */
  cell(field: K): LedgerCell {
    const position = this.positions.get(field);
    return position === undefined ? null : (this.cells[position] ?? null);
  }
}

/** What a table read found: how many data rows, and which columns the header has. */
export interface TableSummary<K extends string> {
  /** Data rows read (blank rows not counted). */
  readonly rows: number;
  readonly present: ReadonlySet<K>;
}

/** Rows above the header a ledger may have (a title, a date line). */
const MAX_ROWS_BEFORE_HEADER = 10;

/**
 * Reads a CSV or XLSX ledger as a table: finds the header row (the first of
 * the first rows naming every required column of `columns`), then hands each
 * non-blank data row to `onRow`, in file order. Throws `LedgerFormatError`
 * when the file cannot be read or no header row is found.
 *
 * @example await readTable(bytes, { fileName: 'a.csv' }, columns, (row) => row.cell('kind'))
 */
export async function readTable<K extends string>(
  bytes: Uint8Array,
  options: TableReadOptions,
  columns: ColumnMap<K>,
  onRow: (row: TableRow<K>) => void,
): Promise<TableSummary<K>> {
  const every = Math.max(1, options.progressEvery ?? 1000);
  let positions: Map<K, number> | undefined;
  let firstRow: readonly LedgerCell[] | undefined;
  let rowsBeforeHeader = 0;
  let rows = 0;
  for await (const sheetRow of sheetRows(bytes, options.fileName)) {
    if (sheetRow.cells.every((value) => cellText(value) === '')) continue;
    if (positions === undefined) {
      firstRow ??= sheetRow.cells;
      const found = locateColumns(sheetRow.cells, columns);
      if (missingColumns(found, columns).length === 0) positions = found;
      else if (++rowsBeforeHeader >= MAX_ROWS_BEFORE_HEADER) break;
      continue;
    }
    onRow(new TableRow(sheetRow.row, sheetRow.cells, positions));
    rows += 1;
    if (rows % every === 0) options.onProgress?.(rows, sheetRow.fraction);
  }
  if (positions === undefined) throw noHeaderError(options.fileName, firstRow, columns);
  options.onProgress?.(rows, 1);
  return { rows, present: new Set(positions.keys()) };
}

/** The file has no row naming every required column: say which ones the first row lacks. */
function noHeaderError<K extends string>(
  fileName: string,
  firstRow: readonly LedgerCell[] | undefined,
  columns: ColumnMap<K>,
): LedgerFormatError {
  if (firstRow === undefined) {
    return new LedgerFormatError(fileName, {
      zh: '文件为空，没有表头行',
      en: 'the file is empty: no header row',
    });
  }
  const missing = missingColumns(locateColumns(firstRow, columns), columns);
  return new LedgerFormatError(
    fileName,
    {
      zh: `表头缺少以下列：${missing.map((field) => columnLabel(field, columns)).join('、')}`,
      en: `the header row lacks the column(s) ${missing.join(', ')}`,
    },
    missing[0],
  );
}
