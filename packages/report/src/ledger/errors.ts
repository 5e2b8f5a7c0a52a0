import type { Message } from '@ogi/schema';

/**
 * A ledger that cannot be read at all: not a CSV or XLSX file, a damaged
 * workbook, no header row, a required column missing. Bad rows are not
 * thrown: they are reported in the result's `errors` and skipped.
 */
export class LedgerFormatError extends Error {
  constructor(
    readonly fileName: string,
    readonly detail: Message,
    readonly column?: string,
  ) {
    super(`${fileName}: ${detail.en}`);
    this.name = 'LedgerFormatError';
  }
}

/** One bad row of a ledger: its row number as the spreadsheet shows it (the header is row 1). */
export interface LedgerRowError {
  readonly row: number;
  /** The ledger's column key (`receipt_no`, `received_on`, …) when one cell is at fault. */
  readonly column?: string;
  readonly message: Message;
}
