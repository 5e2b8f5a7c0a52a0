import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LedgerChange } from '@ogi/domain';
import type { ReportAppeal, ReportRecord } from '@ogi/schema';
import { backoff, cancellationCodes } from './dynamo.js';
import {
  APPEAL_ROWS,
  appealCaseKeys,
  type ImportStamp,
  type LedgerAppealRow,
  type LedgerImportError,
  type LedgerRequestRow,
  REQUEST_ROWS,
  type RowKind,
} from './ledger-items.js';
import { mapLimit } from './map-limit.js';
import { type ReportPartitions, yearReportAppeals, yearReportRecords } from './report-query.js';
import { keys } from './table.js';

export interface LedgerStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `importedAt`/`updatedAt` and the last year the report reads; tests may fix it. */
  readonly now?: () => Date;
}

export interface LedgerImportOptions {
  /** The ledger file's name, kept on each record with its row number. */
  readonly source: string;
  /** Who imports (a staff id or the operator's name), kept on each record. */
  readonly importedBy: string;
  /** Called after each batch of rows with the rows done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LedgerImportResult {
  /** Rows handed in. */
  readonly rows: number;
  /** Rows stored as new records. */
  readonly created: number;
  /** Open records the rows closed (decided requests, concluded cases). */
  readonly concluded: number;
  /** Rows already stored exactly so (an import run again). */
  readonly unchanged: number;
  /** Rows not stored, with the reason; nothing of them was written. */
  readonly errors: LedgerImportError[];
}

type Outcome = LedgerChange | LedgerImportError;

/** Rows per batch: one transaction of new rows, one BatchGet of the rows seen before. */
const BATCH = 100;
/** Batches in flight at once. */
const BATCHES_IN_FLIGHT = 4;
/** Conditional updates in flight at once within a batch. */
const UPDATES_IN_FLIGHT = 16;
/** A row that meets another writer is looked at again, this many times at most. */
const WRITE_ATTEMPTS = 4;
/** The receipt numbers ogi itself gives: a ledger row may not claim one that is in use. */
const SYSTEM_RECEIPT_NO = /^\d{4}-\d{6,}$/;

/** A ledger's records in the report indexes: their sort keys start with the day received. */
const LEDGER_PARTITIONS: ReportPartitions = {
  year: keys.ledgerYearPk,
  closed: keys.ledgerClosedYearPk,
  closedReceivedBefore: (yyyy) => `${yyyy}-01-01`,
  open: keys.ledgerOpenPk,
  openReceivedBefore: 'sort-key',
  appeals: keys.ledgerAppealPk,
};

/**
 * The records of an agency's ledgers (依申请公开登记台账 and the appeals
 * ledger) in the district's table, beside the requests ogi handled itself.
 * A ledger row is not a request: it has no applicant, channel or history,
 * only what the annual report counts, so it is its own kind of item and is
 * never shown in the staff lists.
 *
 * Rows are written in batches of 100: the new ones in one transaction of
 * conditional puts (all or none; the rows found already stored are taken
 * out and the rest written again), the ones stored before compared with
 * what is stored (`ledgerRequestChange`): an import run again changes
 * nothing, a ledger kept up to date records the decisions of rows that were
 * open, and a row that would rewrite a decided record is reported and
 * skipped. A row is stored whole or not at all, and a bad row never stops
 * the others.
 */
export class LedgerStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #now: () => Date;

  constructor(options: LedgerStoreOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#now = options.now ?? (() => new Date());
  }

  /** Stores a request ledger's good rows (see the class). */
  async importRequests(
    rows: readonly LedgerRequestRow[],
    options: LedgerImportOptions,
  ): Promise<LedgerImportResult> {
    return this.#import(rows, options, REQUEST_ROWS, (batch) => this.#systemReceiptRows(batch));
  }

  /**
   * Stores an appeals ledger's good rows. A case is known by its `case_no`
   * (案号) when the ledger has one, else by its kind, filing day and its
   * place among the cases of that kind filed that day: keep the rows of one
   * day in the same order when the ledger is imported again.
   */
  async importAppeals(
    rows: readonly LedgerAppealRow[],
    options: LedgerImportOptions,
  ): Promise<LedgerImportResult> {
    const caseKeys = appealCaseKeys(rows);
    const keyed = rows.map((row, i) => ({ ...row, caseKey: caseKeys[i] as string }));
    return this.#import(keyed, options, APPEAL_ROWS, async () => new Map());
  }

  /**
   * The ledger requests that count in table 三 of `year`, as
   * `RequestRepository.reportRecords` reads ogi's own: received in Y
   * (`LEDGER#YEAR#Y`), received earlier and closed in Y or later
   * (`LEDGER#CLOSED#…`), received earlier and still open (`LEDGER#OPEN`).
   * The sort keys start with the day received (`keys.ledgerSortKey`), so the
   * carry-overs are key ranges: every item read counts in the report. Never
   * a Scan.
   */
  async *reportRecords(year: number, pageSize = 1000): AsyncGenerator<ReportRecord> {
    yield* yearReportRecords(this.#client, this.#table, LEDGER_PARTITIONS, {
      year,
      lastYear: Math.max(year, this.#now().getUTCFullYear() + 1),
      pageSize,
    });
  }

  /** The ledger's appeal cases that count in table 四 of `year` (one Query on `byAppealYear`). */
  async *reportAppeals(year: number, pageSize = 1000): AsyncGenerator<ReportAppeal> {
    yield* yearReportAppeals(this.#client, this.#table, LEDGER_PARTITIONS, { year, pageSize });
  }

  // ─────────────────────────────── writing ───────────────────────────────

  async #import<Row extends { readonly row: number }>(
    rows: readonly Row[],
    options: LedgerImportOptions,
    kind: RowKind<Row>,
    refuse: (batch: readonly Row[]) => Promise<Map<Row, LedgerImportError>>,
  ): Promise<LedgerImportResult> {
    const stamp: ImportStamp = {
      file: options.source,
      importedBy: options.importedBy,
      at: this.#now().toISOString(),
    };
    const counts = { created: 0, concluded: 0, unchanged: 0 };
    const errors: LedgerImportError[] = [];
    const batches = Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, b) =>
      rows.slice(b * BATCH, b * BATCH + BATCH),
    );
    let done = 0;
    await mapLimit(batches, BATCHES_IN_FLIGHT, async (batch) => {
      const outcomes = await this.#importBatch(batch, kind, stamp, await refuse(batch));
      for (const outcome of outcomes) {
        if ('row' in outcome) errors.push(outcome);
        else if (outcome.kind === 'new') counts.created += 1;
        else if (outcome.kind === 'concluded') counts.concluded += 1;
        else if (outcome.kind === 'unchanged') counts.unchanged += 1;
      }
      done += batch.length;
      options.onProgress?.(done, rows.length);
    });
    errors.sort((a, b) => a.row - b.row);
    return { rows: rows.length, ...counts, errors };
  }

  async #importBatch<Row extends { readonly row: number }>(
    batch: readonly Row[],
    kind: RowKind<Row>,
    stamp: ImportStamp,
    refused: Map<Row, LedgerImportError>,
  ): Promise<Outcome[]> {
    const outcomes = new Map<Row, Outcome>(refused);
    const fresh: Row[] = [];
    const again: Row[] = [];
    const keysInBatch = new Set<string>();
    for (const row of batch) {
      const invalid = kind.invalid(row);
      if (invalid) outcomes.set(row, invalid);
      if (outcomes.has(row)) continue;
      // A transaction may not name one item twice: a repeated key is compared afterwards.
      const pk = kind.key(row).pk;
      if (keysInBatch.has(pk)) again.push(row);
      else {
        keysInBatch.add(pk);
        fresh.push(row);
      }
    }
    const stored = await this.#putNew(fresh, kind, stamp);
    for (const row of fresh) if (!stored.has(row)) outcomes.set(row, { kind: 'new' });
    await this.#reconcile([...stored, ...again], kind, stamp, outcomes);
    return batch.map((row) => outcomes.get(row) ?? raced(row.row, kind.column(row)));
  }

  /**
   * Writes the rows as new items in one transaction of conditional puts.
   * @returns the rows whose key was taken (already stored, or met another writer).
   */
  async #putNew<Row extends { readonly row: number }>(
    rows: readonly Row[],
    kind: RowKind<Row>,
    stamp: ImportStamp,
  ): Promise<Set<Row>> {
    const taken = new Set<Row>();
    let pending = [...rows];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      try {
        await this.#client.send(
          new TransactWriteCommand({
            TransactItems: pending.map((row) => ({
              Put: {
                TableName: this.#table,
                Item: kind.newItem(row, stamp),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            })),
          }),
        );
        return taken;
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) throw error;
        const stored = pending.filter((_, i) => codes[i] === 'ConditionalCheckFailed');
        for (const row of stored) taken.add(row);
        pending = pending.filter((_, i) => codes[i] !== 'ConditionalCheckFailed');
        if (stored.length === 0) {
          // Another writer held one of the items: try again, then row by row.
          if (attempt >= WRITE_ATTEMPTS) {
            for (const row of pending) taken.add(row);
            return taken;
          }
          await backoff(attempt);
        }
      }
    }
    return taken;
  }

  /** Compares rows whose key is taken with what is stored: unchanged, concluded, or a conflict. */
  async #reconcile<Row extends { readonly row: number }>(
    rows: readonly Row[],
    kind: RowKind<Row>,
    stamp: ImportStamp,
    outcomes: Map<Row, Outcome>,
  ): Promise<void> {
    let pending = [...rows];
    for (let attempt = 1; pending.length > 0 && attempt <= WRITE_ATTEMPTS; attempt += 1) {
      const stored = await this.#getAll(pending.map((row) => kind.key(row)));
      const retry: Row[] = [];
      await mapLimit(pending, UPDATES_IN_FLIGHT, async (row) => {
        const item = stored.get(kind.key(row).pk);
        const change: LedgerChange = item ? kind.change(item, row) : { kind: 'new' };
        try {
          if (change.kind === 'new') {
            await this.#client.send(
              new PutCommand({
                TableName: this.#table,
                Item: kind.newItem(row, stamp),
                ConditionExpression: 'attribute_not_exists(pk)',
              }),
            );
          } else if (change.kind === 'concluded') {
            await this.#client.send(
              new UpdateCommand({ TableName: this.#table, ...kind.conclude(row, stamp) }),
            );
          }
        } catch (error) {
          if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) {
            throw error;
          }
          // Someone wrote the item since it was read: read it again.
          retry.push(row);
          return;
        }
        outcomes.set(
          row,
          change.kind === 'conflict'
            ? {
                row: row.row,
                ...(kind.column(row) === undefined ? {} : { column: kind.column(row) }),
                message: change.message,
              }
            : change,
        );
      });
      pending = retry;
    }
  }

  /** The stored items of these keys, by pk (BatchGet; unprocessed keys asked again). */
  async #getAll(wanted: readonly { pk: string; sk: string }[]) {
    const found = new Map<string, Record<string, unknown>>();
    let pending = [...new Map(wanted.map((key) => [key.pk, key])).values()];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const answer = await this.#client.send(
        new BatchGetCommand({
          RequestItems: { [this.#table]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      for (const item of answer.Responses?.[this.#table] ?? []) found.set(String(item.pk), item);
      pending = (answer.UnprocessedKeys?.[this.#table]?.Keys ?? []) as typeof pending;
      if (pending.length > 0) {
        if (attempt >= 8) throw new Error('DynamoDB left keys of a BatchGet unprocessed');
        await backoff(attempt);
      }
    }
    return found;
  }

  /** The rows whose receipt number ogi gave to one of its own requests. */
  async #systemReceiptRows(
    batch: readonly LedgerRequestRow[],
  ): Promise<Map<LedgerRequestRow, LedgerImportError>> {
    const numbers = batch.filter((row) => SYSTEM_RECEIPT_NO.test(row.receiptNo));
    const refused = new Map<LedgerRequestRow, LedgerImportError>();
    if (numbers.length === 0) return refused;
    const found = await this.#getAll(numbers.map((row) => keys.receipt(row.receiptNo)));
    for (const row of numbers) {
      if (!found.has(keys.receipt(row.receiptNo).pk)) continue;
      refused.set(row, {
        row: row.row,
        column: 'receipt_no',
        message: {
          zh: `受理编号“${row.receiptNo}”已是本系统登记的申请，不能再从台账导入`,
          en: `receipt number "${row.receiptNo}" belongs to a request registered in ogi`,
        },
      });
    }
    return refused;
  }
}

function raced(row: number, column: string | undefined): LedgerImportError {
  return {
    row,
    ...(column === undefined ? {} : { column }),
    message: {
      zh: '另一次导入同时在写入这一行，本行未导入；请稍后重新导入',
      en: 'another import was writing this row at the same time: not stored, import again',
    },
  };
}
