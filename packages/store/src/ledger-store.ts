import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type LedgerChange,
  ledgerAppealChange,
  ledgerRequestChange,
  placeAppeal,
  placeRequest,
} from '@ogi/domain';
import {
  APPLICANT_COLUMNS,
  AppealKind,
  AppealResult,
  IsoDate,
  type Message,
  OutcomeCode,
  type ReportAppeal,
  type ReportRecord,
} from '@ogi/schema';
import * as z from 'zod';
import { withoutUndefined } from './dynamo.js';
import {
  queryReportItems,
  type ReportItem,
  reportYear,
  toReportAppeal,
  toReportRecord,
} from './report-query.js';
import { APPEAL_PENDING_YEAR, INDEX, KEY, keys } from './table.js';

export interface LedgerStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `importedAt`/`updatedAt` and the last year the report reads; tests may fix it. */
  readonly now?: () => Date;
}

/** A good row of a request ledger (`parseLedger`'s `entries`). */
export interface LedgerRequestRow {
  readonly row: number;
  readonly receiptNo: string;
  readonly record: ReportRecord;
}

/** A good row of an appeals ledger (`parseAppeals`'s `entries`). */
export interface LedgerAppealRow {
  readonly row: number;
  readonly caseNo?: string;
  readonly appeal: ReportAppeal;
}

export interface LedgerImportOptions {
  /** The ledger file's name, kept on each record with its row number. */
  readonly source: string;
  /** Who imports (a staff id or the operator's name), kept on each record. */
  readonly importedBy: string;
  /** Called after each batch of rows with the rows done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Writes in flight at once; 16 by default. */
  readonly concurrency?: number;
}

/** One row the import did not store, and why. */
export interface LedgerImportError {
  readonly row: number;
  readonly column?: string;
  readonly message: Message;
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

const StoredLedgerRequest = z.object({
  receiptNo: z.string(),
  receivedOn: IsoDate,
  applicantColumn: z.enum(APPLICANT_COLUMNS),
  closedOn: IsoDate.optional(),
  outcome: OutcomeCode.optional(),
});

const StoredLedgerAppeal = z.object({
  kind: AppealKind,
  filedOn: IsoDate,
  concludedOn: IsoDate.optional(),
  result: AppealResult.optional(),
});

const BATCH = 100;
const DEFAULT_CONCURRENCY = 16;
/** A row whose write meets another writer is classified again, this many times at most. */
const WRITE_ATTEMPTS = 3;
/** The receipt numbers ogi itself gives: a ledger row may not claim one that is in use. */
const SYSTEM_RECEIPT_NO = /^\d{4}-\d{6,}$/;

/**
 * The records of an agency's ledgers (依申请公开登记台账 and the appeals
 * ledger) in the district's table, beside the requests ogi handled itself.
 * A ledger row is not a request: it has no applicant, channel or history,
 * only what the annual report counts, so it is its own kind of item and is
 * never shown in the staff lists.
 *
 * Importing is row by row: each row is one conditional write, so a row is
 * stored whole or not at all, and a bad or conflicting row is reported and
 * skipped while the others load. Run again with the same ledger, an import
 * changes nothing; with a ledger kept up to date, it records the decisions
 * and conclusions of rows that were open (`ledgerRequestChange`).
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
    return this.#import(rows, options, async (batch) => {
      const taken = await this.#systemReceipts(batch.map((row) => row.receiptNo));
      return (row) =>
        taken.has(row.receiptNo)
          ? {
              row: row.row,
              column: 'receipt_no',
              message: {
                zh: `受理编号“${row.receiptNo}”已是本系统登记的申请，不能再从台账导入`,
                en: `receipt number "${row.receiptNo}" belongs to a request registered in ogi`,
              },
            }
          : this.#writeRequest(row, options);
    });
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
    return this.#import(keyed, options, async () => (row) => this.#writeAppeal(row, options));
  }

  /**
   * The ledger requests that count in table 三 of `year`, as
   * `RequestRepository.reportRecords` reads ogi's own: received in Y
   * (`LEDGER#YEAR#Y`), received earlier and closed in Y or later
   * (`LEDGER#CLOSED#…`, filtered to receipts before Y), received earlier and
   * still open (`LEDGER#OPEN`, a key range). Never a Scan.
   */
  async *reportRecords(year: number, pageSize = 1000): AsyncGenerator<ReportRecord> {
    const yyyy = reportYear(year);
    const start = `${yyyy}-01-01`;
    const records = async function* (items: AsyncGenerator<ReportItem>) {
      for await (const item of items) {
        const record = toReportRecord(item);
        if (placeRequest(record, year) !== null) yield record;
      }
    };
    yield* records(
      queryReportItems(
        this.#client,
        this.#table,
        {
          IndexName: INDEX.byYear,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': KEY.yearPk },
          ExpressionAttributeValues: { ':pk': keys.ledgerYearPk(yyyy) },
        },
        pageSize,
      ),
    );
    const lastYear = Math.max(year, this.#now().getUTCFullYear() + 1);
    for (let closed = year; closed <= lastYear; closed += 1) {
      yield* records(
        queryReportItems(
          this.#client,
          this.#table,
          {
            IndexName: INDEX.byClosedYear,
            KeyConditionExpression: '#pk = :pk',
            FilterExpression: '#received < :start',
            ExpressionAttributeNames: { '#pk': KEY.closedYearPk, '#received': 'receivedOn' },
            ExpressionAttributeValues: {
              ':pk': keys.ledgerClosedYearPk(String(closed)),
              ':start': start,
            },
          },
          pageSize,
        ),
      );
    }
    yield* records(
      queryReportItems(
        this.#client,
        this.#table,
        {
          IndexName: INDEX.open,
          KeyConditionExpression: '#pk = :pk AND #sk < :start',
          ExpressionAttributeNames: { '#pk': KEY.openPk, '#sk': KEY.openSk },
          ExpressionAttributeValues: { ':pk': keys.ledgerOpenPk, ':start': start },
        },
        pageSize,
      ),
    );
  }

  /** The ledger's appeal cases that count in table 四 of `year` (one Query on `byAppealYear`). */
  async *reportAppeals(year: number, pageSize = 1000): AsyncGenerator<ReportAppeal> {
    const yyyy = reportYear(year);
    for await (const item of queryReportItems(
      this.#client,
      this.#table,
      {
        IndexName: INDEX.byAppealYear,
        KeyConditionExpression: '#pk = :pk AND #sk >= :from',
        ExpressionAttributeNames: { '#pk': KEY.appealPk, '#sk': KEY.appealSk },
        ExpressionAttributeValues: { ':pk': keys.ledgerAppealPk, ':from': yyyy },
      },
      pageSize,
    )) {
      for (const appeal of item.appeals ?? []) {
        const reportAppeal = toReportAppeal(appeal);
        if (placeAppeal(reportAppeal, year) !== null) yield reportAppeal;
      }
    }
  }

  // ─────────────────────────────── writing ───────────────────────────────

  async #import<Row extends { readonly row: number }>(
    rows: readonly Row[],
    options: LedgerImportOptions,
    prepare: (
      batch: readonly Row[],
    ) => Promise<(row: Row) => Promise<LedgerChange | LedgerImportError> | LedgerImportError>,
  ): Promise<LedgerImportResult> {
    const counts = { created: 0, concluded: 0, unchanged: 0 };
    const errors: LedgerImportError[] = [];
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    for (let at = 0; at < rows.length; at += BATCH) {
      const batch = rows.slice(at, at + BATCH);
      const write = await prepare(batch);
      const outcomes = await mapConcurrently(batch, concurrency, async (row) => write(row));
      for (const outcome of outcomes) {
        if ('row' in outcome) errors.push(outcome);
        else if (outcome.kind === 'new') counts.created += 1;
        else if (outcome.kind === 'concluded') counts.concluded += 1;
        else if (outcome.kind === 'unchanged') counts.unchanged += 1;
      }
      options.onProgress?.(at + batch.length, rows.length);
    }
    errors.sort((a, b) => a.row - b.row);
    return { rows: rows.length, ...counts, errors };
  }

  async #writeRequest(
    row: LedgerRequestRow,
    options: LedgerImportOptions,
  ): Promise<LedgerChange | LedgerImportError> {
    const { record, receiptNo } = row;
    const receivedOn = record.receivedOn;
    if (receivedOn === null) {
      return {
        row: row.row,
        column: 'received_on',
        message: { zh: '收到日期不能为空', en: 'the date received is required' },
      };
    }
    const at = this.#now().toISOString();
    const source = { file: options.source, row: row.row };
    const key = keys.ledgerRequest(receiptNo);
    for (let attempt = 1; ; attempt += 1) {
      const stored = await this.#storedRequest(key, attempt === 1);
      const change = ledgerRequestChange(stored, record);
      try {
        if (change.kind === 'new') {
          await this.#client.send(
            new PutCommand({
              TableName: this.#table,
              Item: withoutUndefined({
                ...key,
                entity: 'LEDGER_REQUEST',
                id: `ledger:${receiptNo}`,
                receiptNo,
                receivedOn,
                applicantColumn: record.applicantColumn,
                closedOn: record.closedOn,
                outcome: record.outcome,
                source,
                importedBy: options.importedBy,
                importedAt: at,
                updatedAt: at,
                [KEY.yearPk]: keys.ledgerYearPk(receivedOn.slice(0, 4)),
                ...(record.closedOn === undefined
                  ? {
                      [KEY.openPk]: keys.ledgerOpenPk,
                      [KEY.openSk]: keys.ledgerOpenSk(receivedOn, receiptNo),
                    }
                  : { [KEY.closedYearPk]: keys.ledgerClosedYearPk(record.closedOn.slice(0, 4)) }),
              }),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        } else if (change.kind === 'concluded' && record.closedOn !== undefined) {
          await this.#client.send(
            new UpdateCommand({
              TableName: this.#table,
              Key: key,
              UpdateExpression:
                'SET closedOn = :closedOn, outcome = :outcome, #closedYear = :closedYear, #source = :source, concludedBy = :by, updatedAt = :at REMOVE #openPk, #openSk',
              ConditionExpression:
                'attribute_exists(pk) AND attribute_not_exists(closedOn) AND receivedOn = :received AND applicantColumn = :column',
              ExpressionAttributeNames: {
                '#closedYear': KEY.closedYearPk,
                '#source': 'source',
                '#openPk': KEY.openPk,
                '#openSk': KEY.openSk,
              },
              ExpressionAttributeValues: {
                ':closedOn': record.closedOn,
                ':outcome': record.outcome,
                ':closedYear': keys.ledgerClosedYearPk(record.closedOn.slice(0, 4)),
                ':source': source,
                ':by': options.importedBy,
                ':at': at,
                ':received': receivedOn,
                ':column': record.applicantColumn,
              },
            }),
          );
        }
        return conflictAsError(change, row.row, 'receipt_no');
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // Another import wrote this receipt number since we read it: look again.
        if (attempt >= WRITE_ATTEMPTS) return raced(row.row, 'receipt_no');
      }
    }
  }

  async #writeAppeal(
    row: LedgerAppealRow & { readonly caseKey: string },
    options: LedgerImportOptions,
  ): Promise<LedgerChange | LedgerImportError> {
    const { appeal, caseKey } = row;
    const at = this.#now().toISOString();
    const source = { file: options.source, row: row.row };
    const key = keys.ledgerAppeal(caseKey);
    const until = appeal.concludedOn ? appeal.concludedOn.slice(0, 4) : APPEAL_PENDING_YEAR;
    for (let attempt = 1; ; attempt += 1) {
      const stored = await this.#storedAppeal(key, attempt === 1);
      const change = ledgerAppealChange(stored, appeal);
      try {
        if (change.kind === 'new') {
          await this.#client.send(
            new PutCommand({
              TableName: this.#table,
              Item: withoutUndefined({
                ...key,
                entity: 'LEDGER_APPEAL',
                id: `ledger-appeal:${caseKey}`,
                caseKey,
                caseNo: row.caseNo,
                ...appeal,
                // The report reads cases from `appeals`, as on ogi's own requests.
                appeals: [appeal],
                source,
                importedBy: options.importedBy,
                importedAt: at,
                updatedAt: at,
                [KEY.appealPk]: keys.ledgerAppealPk,
                [KEY.appealSk]: keys.appealSk(until, caseKey),
              }),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        } else if (change.kind === 'concluded') {
          await this.#client.send(
            new UpdateCommand({
              TableName: this.#table,
              Key: key,
              UpdateExpression:
                'SET concludedOn = :concludedOn, #result = :result, appeals = :appeals, #appealSk = :appealSk, #source = :source, concludedBy = :by, updatedAt = :at',
              ConditionExpression:
                'attribute_exists(pk) AND attribute_not_exists(concludedOn) AND #kind = :kind AND filedOn = :filedOn',
              ExpressionAttributeNames: {
                '#result': 'result',
                '#appealSk': KEY.appealSk,
                '#source': 'source',
                '#kind': 'kind',
              },
              ExpressionAttributeValues: {
                ':concludedOn': appeal.concludedOn,
                ':result': appeal.result,
                ':appeals': [appeal],
                ':appealSk': keys.appealSk(until, caseKey),
                ':source': source,
                ':by': options.importedBy,
                ':at': at,
                ':kind': appeal.kind,
                ':filedOn': appeal.filedOn,
              },
            }),
          );
        }
        return conflictAsError(change, row.row, row.caseNo === undefined ? undefined : 'case_no');
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        if (attempt >= WRITE_ATTEMPTS) return raced(row.row, undefined);
      }
    }
  }

  /**
   * The stored ledger request, or null. The first look skips the read for a
   * key nobody wrote yet by trusting the conditional put instead: only a
   * put that fails (the row was imported before) comes back for a read.
   */
  async #storedRequest(
    key: { pk: string; sk: string },
    firstLook: boolean,
  ): Promise<ReportRecord | null> {
    if (firstLook) return null;
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: key, ConsistentRead: true }),
    );
    if (!found.Item) return null;
    const item = StoredLedgerRequest.parse(found.Item);
    return withoutUndefined({
      receivedOn: item.receivedOn,
      applicantColumn: item.applicantColumn,
      closedOn: item.closedOn,
      outcome: item.outcome,
    });
  }

  async #storedAppeal(
    key: { pk: string; sk: string },
    firstLook: boolean,
  ): Promise<ReportAppeal | null> {
    if (firstLook) return null;
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: key, ConsistentRead: true }),
    );
    if (!found.Item) return null;
    return withoutUndefined(StoredLedgerAppeal.parse(found.Item));
  }

  /** Which of these receipt numbers ogi gave to its own requests (BatchGet, unprocessed keys retried). */
  async #systemReceipts(receiptNos: readonly string[]): Promise<Set<string>> {
    const taken = new Set<string>();
    let pending = [...new Set(receiptNos.filter((no) => SYSTEM_RECEIPT_NO.test(no)))].map((no) =>
      keys.receipt(no),
    );
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const answer = await this.#client.send(
        new BatchGetCommand({
          RequestItems: { [this.#table]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      for (const item of answer.Responses?.[this.#table] ?? []) {
        taken.add(String(item.pk).slice('RECEIPT#'.length));
      }
      pending = (answer.UnprocessedKeys?.[this.#table]?.Keys ?? []) as typeof pending;
      if (pending.length > 0) {
        if (attempt >= 8) throw new Error('DynamoDB left receipt lookups unprocessed');
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
    }
    return taken;
  }
}

/**
 * Each appeal row's case key: its case number, else `<kind>/<filedOn>/<n>`
 * with n counting the rows of that kind and day without a case number.
 */
export function appealCaseKeys(rows: readonly LedgerAppealRow[]): string[] {
  const ordinal = new Map<string, number>();
  return rows.map((row) => {
    if (row.caseNo !== undefined) return `no/${row.caseNo}`;
    const day = `${row.appeal.kind}/${row.appeal.filedOn}`;
    const n = (ordinal.get(day) ?? 0) + 1;
    ordinal.set(day, n);
    return `day/${day}/${n}`;
  });
}

function conflictAsError(
  change: LedgerChange,
  row: number,
  column: string | undefined,
): LedgerChange | LedgerImportError {
  if (change.kind !== 'conflict') return change;
  return { row, ...(column === undefined ? {} : { column }), message: change.message };
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

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** `task` over `items` with at most `limit` running at once; results in input order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
