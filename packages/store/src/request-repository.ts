import { randomUUID } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AppealRecord, CLOSED_STATUSES, type RequestStatus } from '@ogi/domain';
import {
  applicantColumn,
  type IsoDate,
  type LifecycleEvent,
  type ReceiptChannel,
  type ReportAppeal,
  type ReportRecord,
  type Submission,
} from '@ogi/schema';
import * as z from 'zod';
import { AttachmentRecord } from './attachment-record.js';
import { backoff, cancellationCodes, updateExpression, withoutUndefined } from './dynamo.js';
import {
  IdempotencyConflictError,
  InvalidCursorError,
  NotFoundError,
  StoreError,
  VersionConflictError,
} from './errors.js';
import {
  canonicalJson,
  hashQueryCode,
  isStoreId,
  newQueryCode,
  newRequestId,
  sha256Hex,
} from './ids.js';
import { type ReportPartitions, yearReportAppeals, yearReportRecords } from './report-query.js';
import {
  type Audit,
  type AuditInput,
  RequestRecord,
  type RequestSummary,
  type StoredEvent,
  type StoredSubmission,
  verifyQueryCode,
} from './request-record.js';
import { APPEAL_PENDING_YEAR, INDEX, type IndexName, KEY, keys, TTL_ATTRIBUTE } from './table.js';

export interface RequestRepositoryOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `createdAt`, `updatedAt`, `recordedAt` and TTLs; tests may fix it. */
  readonly now?: () => Date;
  /** How long a retry with the same idempotency key gets the first result: 24 h. */
  readonly idempotencyTtlSeconds?: number;
}

export interface CreateRequestInput {
  /** The submission, parsed with the shared `Submission` schema. */
  readonly submission: Submission;
  /** How the request arrived; defaults to `submission.channel`. */
  readonly channel?: ReceiptChannel;
  /** The day of submission in the district's time zone; its year is the receipt number's. */
  readonly submittedOn: IsoDate;
  /** The instant of submission, ISO 8601. */
  readonly submittedAt: string;
  /** The client address, for the audit fields of the initial events. */
  readonly sourceIp?: string;
  /** Who records the initial events; defaults to the applicant. */
  readonly audit?: Omit<AuditInput, 'sourceIp'>;
  /** The client's `Idempotency-Key`: a retry with the same key and body gets the first result. */
  readonly idempotencyKey?: string;
  /** The first events (`submitted`, or `received` for a request handed in). */
  readonly initialEvents: readonly LifecycleEvent[];
  /** `summaryFromDomain` of the state and clock after the initial events. */
  readonly summary: RequestSummary;
  /** An id from `newRequestId()` handed out earlier (e.g. for attachment uploads); default a new one. */
  readonly id?: string;
}

export interface CreateRequestResult {
  readonly record: RequestRecord;
  /** The query code, shown to the applicant once; the store keeps only its hash. */
  readonly queryCode: string;
  /** True when an earlier call with the same idempotency key and body made the request. */
  readonly replayed: boolean;
}

export interface FoundRequest {
  readonly record: RequestRecord;
  /** The request's log, in order: lifecycle events and assignments, with their audit fields. */
  readonly events: StoredEvent[];
  readonly attachments: AttachmentRecord[];
}

export interface AppendEventInput {
  readonly id: string;
  /** The version the caller read; the write fails with `VersionConflictError` if it moved. */
  readonly expectedVersion: number;
  readonly event: LifecycleEvent;
  readonly audit: AuditInput;
  /** `summaryFromDomain` of the state and clock after the event. */
  readonly summary: RequestSummary;
}

export interface AssignInput {
  readonly id: string;
  readonly expectedVersion: number;
  /** The staff id, or null to clear the assignment. */
  readonly assignee: string | null;
  readonly audit: AuditInput;
}

export interface WriteResult {
  /** The record after the write. */
  readonly record: RequestRecord;
  /** The log entry written. */
  readonly entry: StoredEvent;
}

export interface ListInput {
  readonly status?: RequestStatus;
  /** Open requests whose next deadline is on or before this day. */
  readonly dueBefore?: IsoDate;
  /** Open requests assigned to this staff id. */
  readonly assignee?: string;
  /** 1–100; default 50. A page may hold fewer items and still have a cursor. */
  readonly limit?: number;
  /** The `cursor` of the previous page. */
  readonly cursor?: string;
}

export interface ListPage {
  readonly items: RequestRecord[];
  /** Absent on the last page. */
  readonly cursor?: string;
}

const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
const MAX_ATTEMPTS = 5;
/** Creating may also lose the receipt number to another process now and then. */
const CREATE_ATTEMPTS = 10;
const MAX_LIMIT = 100;

const AuditItem = z.object({
  actor: z.string(),
  role: z.string(),
  recordedAt: z.string(),
  sourceIp: z.string().optional(),
});

const isEventLike = (value: unknown): value is LifecycleEvent =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'type') === 'string' &&
  typeof Reflect.get(value, 'on') === 'string';

const LogItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    seq: z.number().int(),
    event: z.custom<LifecycleEvent>(isEventLike),
    audit: AuditItem,
  }),
  z.object({
    kind: z.literal('assignment'),
    seq: z.number().int(),
    assignee: z.string().nullable(),
    audit: AuditItem,
  }),
]);

const IdempotencyItem = z.object({
  requestId: z.string(),
  bodyHash: z.string(),
  queryCode: z.string(),
  expiresAt: z.number(),
});

const Cursor = z.object({ i: z.string(), k: z.record(z.string(), z.string()) });

/** The key attributes a page of each index can end on. */
const INDEX_KEYS: Record<IndexName, readonly string[]> = {
  [INDEX.open]: [KEY.openPk, KEY.openSk],
  [INDEX.byStatus]: [KEY.statusPk, KEY.receiptNo],
  [INDEX.byAssignee]: [KEY.assigneePk, KEY.openSk],
  [INDEX.byYear]: [KEY.yearPk, KEY.receiptNo],
  [INDEX.byClosedYear]: [KEY.closedYearPk, KEY.receiptNo],
  [INDEX.byAppealYear]: [KEY.appealPk, KEY.appealSk],
};

/**
 * ogi's own requests in the report indexes. Their `byClosedYear` sort key is
 * the receipt number: a request received before Y was submitted before Y, so
 * its number sorts before `Y-`.
 */
const OWN_PARTITIONS: ReportPartitions = {
  year: keys.yearPk,
  closed: keys.closedYearPk,
  closedReceivedBefore: (yyyy) => `${yyyy}-`,
  open: keys.openPk,
  openReceivedBefore: 'filter',
  appeals: keys.appealPk,
};

const isClosedStatus = (status: RequestStatus) => CLOSED_STATUSES.includes(status);

/**
 * Requests in DynamoDB: the record, its append-only log, receipt numbers,
 * idempotency and the indexes the desk reads. It holds no business rules: the
 * caller runs the domain and passes the resulting summary.
 *
 * @example
 * const repository = new RequestRepository({ client: documentClient(new DynamoDBClient({})), tableName });
 * const { record, queryCode } = await repository.create({ submission, submittedOn, submittedAt, initialEvents, summary });
 */
export class RequestRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #now: () => Date;
  readonly #idempotencyTtl: number;
  /** The last receipt sequence number this process wrote, per year. */
  readonly #lastSeq = new Map<string, number>();
  readonly #lanes = new Map<string, Promise<unknown>>();

  constructor(options: RequestRepositoryOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#now = options.now ?? (() => new Date());
    this.#idempotencyTtl = options.idempotencyTtlSeconds ?? DEFAULT_IDEMPOTENCY_TTL_SECONDS;
  }

  /**
   * Creates a request in one transaction: the record, its initial events, the
   * receipt number (reserved first from the year's atomic counter) and, with an
   * idempotency key, the idempotency record.
   *
   * A retry with the same idempotency key and the same body returns the first
   * result with `replayed: true`. So that the retry can show the same query
   * code, the code is kept in plain text on the idempotency record only, which
   * expires after 24 h (TTL `expiresAt`; reads also ignore an expired one).
   *
   * @throws IdempotencyConflictError when the key was used with a different body.
   */
  async create(input: CreateRequestInput): Promise<CreateRequestResult> {
    if (input.initialEvents.length === 0) {
      throw new StoreError('a request starts with at least one event');
    }
    const channel = input.channel ?? input.submission.channel;
    const idempotency =
      input.idempotencyKey === undefined
        ? undefined
        : {
            keyHash: sha256Hex(input.idempotencyKey),
            bodyHash: sha256Hex(canonicalJson({ submission: input.submission, channel })),
          };
    if (input.id !== undefined && !isStoreId(input.id)) {
      throw new RangeError('id must come from newRequestId()');
    }
    const id = input.id ?? newRequestId();
    const queryCode = newQueryCode();
    const year = input.submittedOn.slice(0, 4);
    // One lane per year in this process: requests created here take numbers one
    // after another instead of racing each other for the same one.
    return this.#inLane(year, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const seq = await this.#nextSeq(year);
        const receiptNo = `${year}-${String(seq).padStart(6, '0')}`;
        const at = this.#now();
        const record = this.#newRecord(input, { id, receiptNo, queryCode, channel, at });
        const audit: Audit = {
          ...(input.audit ?? { actor: 'applicant', role: 'applicant' }),
          ...(input.sourceIp === undefined ? {} : { sourceIp: input.sourceIp }),
          recordedAt: at.toISOString(),
        };
        const transactItems = [
          // The receipt number is taken in the same transaction that writes the
          // request: a request that is not written takes no number, so the
          // year's numbers have no gaps.
          {
            Update: {
              TableName: this.#table,
              Key: keys.receiptCounter(year),
              UpdateExpression: 'SET #seq = :seq, #entity = :entity',
              ConditionExpression: seq === 1 ? 'attribute_not_exists(#seq)' : '#seq = :previous',
              ExpressionAttributeNames: { '#seq': 'seq', '#entity': 'entity' },
              ExpressionAttributeValues: {
                ':seq': seq,
                ':entity': 'COUNTER',
                ...(seq === 1 ? {} : { ':previous': seq - 1 }),
              },
            },
          },
          {
            Put: {
              TableName: this.#table,
              Item: withoutUndefined({
                ...keys.request(id),
                entity: 'REQUEST',
                ...record,
                ...indexAttributes(id, input.summary, input.submittedOn),
              }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.#table,
              Item: { ...keys.receipt(receiptNo), entity: 'RECEIPT', requestId: id },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...(idempotency
            ? [
                {
                  Put: {
                    TableName: this.#table,
                    Item: {
                      ...keys.idempotency(idempotency.keyHash),
                      entity: 'IDEM',
                      requestId: id,
                      bodyHash: idempotency.bodyHash,
                      queryCode,
                      createdAt: at.toISOString(),
                      [TTL_ATTRIBUTE]: epochSeconds(at) + this.#idempotencyTtl,
                    },
                    // An expired record may still linger: DynamoDB's TTL deletes lazily.
                    ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
                    ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
                    ExpressionAttributeValues: { ':now': epochSeconds(at) },
                  },
                },
              ]
            : []),
          ...input.initialEvents.map((event, i) => ({
            Put: {
              TableName: this.#table,
              Item: logItem(id, { kind: 'event', seq: i + 1, event, audit }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          })),
        ];
        try {
          await this.#client.send(
            new TransactWriteCommand({
              TransactItems: transactItems,
              ClientRequestToken: randomUUID(),
            }),
          );
          this.#lastSeq.set(year, seq);
          return { record, queryCode, replayed: false };
        } catch (error) {
          const codes = cancellationCodes(error);
          if (!codes) throw error;
          if (codes[1] === 'ConditionalCheckFailed') {
            throw new StoreError(`request id ${id} is already in use`, { cause: error });
          }
          if (idempotency && codes[3] === 'ConditionalCheckFailed') {
            // The key was used before (a retry) or in a race we lost: answer as that retry.
            const earlier = await this.#replay(idempotency.keyHash, idempotency.bodyHash);
            if (earlier) return earlier;
          }
          const numberTaken =
            codes[0] === 'ConditionalCheckFailed' || codes[2] === 'ConditionalCheckFailed';
          // Another process took the number: learn the counter and try the next one.
          if (numberTaken) this.#lastSeq.delete(year);
          if (
            attempt >= CREATE_ATTEMPTS ||
            !(numberTaken || codes.includes('TransactionConflict'))
          ) {
            throw new StoreError(`could not create the request (${codes.join(', ')})`, {
              cause: error,
            });
          }
          await backoff(attempt);
        }
      }
    });
  }

  /** The request with its log and attachments (one Query on its partition), or null. */
  async get(id: string): Promise<FoundRequest | null> {
    let record: RequestRecord | undefined;
    const events: StoredEvent[] = [];
    const attachments: AttachmentRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.requestPk(id) },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const sk = String(item.sk);
        if (sk === 'META') record = RequestRecord.parse(item);
        else if (sk.startsWith('EVT#')) events.push(LogItem.parse(item));
        else if (sk.startsWith('ATT#')) attachments.push(AttachmentRecord.parse(item));
      }
      start = page.LastEvaluatedKey;
    } while (start);
    if (!record) return null;
    events.sort((a, b) => a.seq - b.seq);
    return { record, events, attachments };
  }

  /** The request with receipt number `receiptNo` (e.g. `2026-000123`), or null. */
  async findByReceiptNo(receiptNo: string): Promise<FoundRequest | null> {
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.receipt(receiptNo.trim()),
        ConsistentRead: true,
      }),
    );
    const requestId = found.Item?.requestId;
    return typeof requestId === 'string' ? this.get(requestId) : null;
  }

  /** Whether `code` is the record's query code (hashes compared in constant time). */
  verifyQueryCode(record: Pick<RequestRecord, 'queryCodeHash'>, code: string): boolean {
    return verifyQueryCode(record, code);
  }

  /**
   * Appends one event to the log and updates the record, in one transaction
   * that holds only if the record is still at `expectedVersion`. The entry's
   * sequence number is `expectedVersion + 1`: the version counts log entries.
   *
   * @throws VersionConflictError when someone else wrote first.
   * @throws NotFoundError when there is no such request.
   */
  async appendEvent(input: AppendEventInput): Promise<WriteResult> {
    const { set, remove } = summaryAttributes(input.id, input.summary);
    return this.#writeLogEntry(input.id, input.expectedVersion, input.audit, {
      entry: { kind: 'event', event: input.event },
      set,
      remove,
    });
  }

  /**
   * Assigns the request to a staff member (or clears it with null), versioned
   * like `appendEvent`; the assignment is an entry of the log.
   */
  async assign(input: AssignInput): Promise<WriteResult> {
    const { assignee } = input;
    return this.#writeLogEntry(input.id, input.expectedVersion, input.audit, {
      entry: { kind: 'assignment', assignee },
      set: assignee === null ? {} : { assignee, [KEY.assigneePk]: keys.assigneePk(assignee) },
      remove: assignee === null ? ['assignee', KEY.assigneePk] : [],
    });
  }

  /**
   * One page of requests, always by Query on an index, never a Scan:
   * - `assignee` → `byAssignee` (open requests, by next deadline; bounded by `dueBefore`);
   * - `dueBefore` → `open` (next deadline on or before the day);
   * - `status` → `byStatus` (by receipt number);
   * - nothing → `open` (every open request, by next deadline).
   * A `status` given with `assignee` or `dueBefore` filters the page.
   */
  async list(input: ListInput = {}): Promise<ListPage> {
    const limit = input.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
    }
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    let index: IndexName;
    let condition: string;
    let filterByStatus = input.status !== undefined;
    const upTo = input.dueBefore === undefined ? undefined : `${input.dueBefore}~`;
    if (input.assignee !== undefined) {
      index = INDEX.byAssignee;
      names['#pk'] = KEY.assigneePk;
      values[':pk'] = keys.assigneePk(input.assignee);
      condition = '#pk = :pk';
    } else if (input.dueBefore !== undefined || input.status === undefined) {
      index = INDEX.open;
      names['#pk'] = KEY.openPk;
      values[':pk'] = keys.openPk;
      condition = '#pk = :pk';
    } else {
      index = INDEX.byStatus;
      names['#pk'] = KEY.statusPk;
      values[':pk'] = keys.statusPk(input.status);
      condition = '#pk = :pk';
      filterByStatus = false;
    }
    if (upTo !== undefined) {
      names['#sk'] = KEY.openSk;
      values[':upTo'] = upTo;
      condition += ' AND #sk < :upTo';
    }
    const query: QueryCommandInput = {
      TableName: this.#table,
      IndexName: index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: limit,
    };
    if (filterByStatus && input.status !== undefined) {
      names['#status'] = 'status';
      values[':status'] = input.status;
      query.FilterExpression = '#status = :status';
    }
    if (input.cursor !== undefined) query.ExclusiveStartKey = decodeCursor(input.cursor, index);
    const page = await this.#client.send(new QueryCommand(query)).catch((error: unknown) => {
      // A cursor of the right shape can still name another partition, another
      // range or empty keys: DynamoDB refuses such a start key as a ValidationException.
      if (
        input.cursor !== undefined &&
        error instanceof Error &&
        error.name === 'ValidationException'
      ) {
        throw new InvalidCursorError();
      }
      throw error;
    });
    const items = (page.Items ?? []).map((item) => RequestRecord.parse(item));
    return page.LastEvaluatedKey
      ? { items, cursor: encodeCursor(index, page.LastEvaluatedKey) }
      : { items };
  }

  /**
   * Every request counted in `year` (received that year, or submitted that year
   * and not received), by receipt number: one Query on `byYear` a page.
   */
  async *listByYear(year: number | string, pageSize = 500): AsyncGenerator<RequestRecord> {
    const yyyy = String(year);
    if (!/^\d{4}$/.test(yyyy)) throw new RangeError('year must have four digits');
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: INDEX.byYear,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': KEY.yearPk },
          ExpressionAttributeValues: { ':pk': keys.yearPk(yyyy) },
          Limit: pageSize,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) yield RequestRecord.parse(item);
      start = page.LastEvaluatedKey;
    } while (start);
  }

  /**
   * Every request that counts in table 三 of `year`, once each, as the report
   * reads it: received in Y, received earlier and closed in Y or later, and
   * received earlier and still open. Never a Scan, and never the whole table:
   * - `byYear` Y: the requests received in Y (and unreceived submissions of Y);
   * - `byClosedYear` Y … this year + 1, receipt numbers before `Y-`: requests
   *   submitted before Y that closed in Y or later (the carried-over ones);
   * - `open`, filtered to `receivedOn` before Y: the carried-over ones still open.
   * Reads cost the year's requests plus the carry-overs plus the open backlog.
   * Requests that do not count in Y (`placeRequest` null, e.g. never received)
   * are not yielded. Consume it with `ReportTally`, or collect it for
   * `assembleAnnualReport`.
   *
   * @example
   * const tally = new ReportTally(2023);
   * for await (const record of repository.reportRecords(2023)) tally.addRequest(record);
   */
  async *reportRecords(year: number, pageSize = 1000): AsyncGenerator<ReportRecord> {
    yield* yearReportRecords(this.#client, this.#table, OWN_PARTITIONS, {
      year,
      lastYear: Math.max(year, this.#now().getUTCFullYear() + 1),
      pageSize,
    });
  }

  /**
   * Every appeal case (reconsideration or lawsuit) that counts in table 四 of
   * `year`, whatever year its request was received or closed in: one Query on
   * `byAppealYear` for the requests whose cases last into Y or later
   * (`placeAppeal` drops the cases that do not count). Reads cost the
   * requests with cases open in or after Y, never the whole table.
   */
  async *reportAppeals(year: number, pageSize = 1000): AsyncGenerator<ReportAppeal> {
    yield* yearReportAppeals(this.#client, this.#table, OWN_PARTITIONS, { year, pageSize });
  }

  async #replay(keyHash: string, bodyHash: string): Promise<CreateRequestResult | undefined> {
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.idempotency(keyHash),
        ConsistentRead: true,
      }),
    );
    if (!found.Item) return undefined;
    const earlier = IdempotencyItem.parse(found.Item);
    if (earlier.expiresAt < epochSeconds(this.#now())) return undefined;
    if (earlier.bodyHash !== bodyHash) throw new IdempotencyConflictError();
    const record = await this.#record(earlier.requestId);
    if (!record) throw new NotFoundError('request', earlier.requestId);
    return { record, queryCode: earlier.queryCode, replayed: true };
  }

  /** The next sequence number of the year: the last one this process wrote, or the counter's. */
  async #nextSeq(year: string): Promise<number> {
    const known = this.#lastSeq.get(year);
    if (known !== undefined) return known + 1;
    const counter = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.receiptCounter(year),
        ConsistentRead: true,
      }),
    );
    const seq = z.number().int().min(0).optional().parse(counter.Item?.seq) ?? 0;
    this.#lastSeq.set(year, seq);
    return seq + 1;
  }

  /** Runs `task` after every earlier task of the same lane has settled. */
  #inLane<T>(lane: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#lanes.get(lane) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#lanes.set(lane, settled);
    void settled.then(() => {
      if (this.#lanes.get(lane) === settled) this.#lanes.delete(lane);
    });
    return run;
  }

  #newRecord(
    input: CreateRequestInput,
    made: { id: string; receiptNo: string; queryCode: string; channel: ReceiptChannel; at: Date },
  ): RequestRecord {
    const { applicant, information, deliveryForm, retrieval, feeWaiver, attachments } =
      input.submission;
    const submission: StoredSubmission = {
      information,
      deliveryForm,
      retrieval,
      feeWaiver,
      attachments,
    };
    const { summary } = input;
    const at = made.at.toISOString();
    return withoutUndefined({
      id: made.id,
      receiptNo: made.receiptNo,
      queryCodeHash: hashQueryCode(made.queryCode),
      status: summary.status,
      version: input.initialEvents.length,
      applicant,
      submission,
      channel: made.channel,
      submittedOn: input.submittedOn,
      submittedAt: input.submittedAt,
      receivedOn: summary.receivedOn ?? undefined,
      dueOn: summary.dueOn ?? undefined,
      nextDeadline: summary.nextDeadline ?? undefined,
      provisional: summary.provisional,
      outcome: summary.outcome ?? undefined,
      closedOn: summary.closedOn ?? undefined,
      feePaid: summary.feePaid ?? undefined,
      applicantColumn: applicantColumn(applicant),
      appeals: summary.appeals.map((appeal) => ({ ...appeal })),
      createdAt: at,
      updatedAt: at,
    });
  }

  async #record(id: string): Promise<RequestRecord | undefined> {
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: keys.request(id), ConsistentRead: true }),
    );
    return found.Item ? RequestRecord.parse(found.Item) : undefined;
  }

  async #writeLogEntry(
    id: string,
    expectedVersion: number,
    auditInput: AuditInput,
    change: {
      entry:
        | { kind: 'event'; event: LifecycleEvent }
        | { kind: 'assignment'; assignee: string | null };
      set: Record<string, unknown>;
      remove: string[];
    },
  ): Promise<WriteResult> {
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw new RangeError('expectedVersion must be a whole number from 1');
    }
    for (let attempt = 1; ; attempt += 1) {
      const at = this.#now();
      const audit: Audit = { ...auditInput, recordedAt: at.toISOString() };
      const entry: StoredEvent = { ...change.entry, seq: expectedVersion + 1, audit };
      const update = updateExpression(
        { ...change.set, version: expectedVersion + 1, updatedAt: audit.recordedAt },
        change.remove,
      );
      try {
        await this.#client.send(
          new TransactWriteCommand({
            ClientRequestToken: randomUUID(),
            TransactItems: [
              {
                Put: {
                  TableName: this.#table,
                  Item: logItem(id, entry),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: this.#table,
                  Key: keys.request(id),
                  ...update,
                  ConditionExpression: '#version = :expected',
                  ExpressionAttributeNames: {
                    ...update.ExpressionAttributeNames,
                    '#version': 'version',
                  },
                  ExpressionAttributeValues: {
                    ...update.ExpressionAttributeValues,
                    ':expected': expectedVersion,
                  },
                },
              },
            ],
          }),
        );
        const record = await this.#record(id);
        if (!record) throw new NotFoundError('request', id);
        return { record, entry };
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) throw error;
        const conflict = codes.includes('TransactionConflict');
        if (!codes.includes('ConditionalCheckFailed') && !conflict) {
          throw new StoreError(`could not write to request ${id} (${codes.join(', ')})`, {
            cause: error,
          });
        }
        if (conflict && !codes.includes('ConditionalCheckFailed') && attempt < MAX_ATTEMPTS) {
          // Another write to the record is in flight: try again and let the version decide.
          await backoff(attempt);
          continue;
        }
        const current = await this.#record(id);
        if (!current) throw new NotFoundError('request', id);
        throw new VersionConflictError(id, expectedVersion, current.version);
      }
    }
  }
}

/**
 * The GSI key attributes of a new record with this summary (exported for the
 * report benchmark, which seeds `META` items the way `create` writes them).
 */
export function indexAttributes(
  id: string,
  summary: RequestSummary,
  submittedOn: IsoDate,
): Record<string, string> {
  const open = !isClosedStatus(summary.status);
  const appealsUntil = appealsUntilYear(summary.appeals);
  return {
    [KEY.statusPk]: keys.statusPk(summary.status),
    [KEY.yearPk]: keys.yearPk((summary.receivedOn ?? submittedOn).slice(0, 4)),
    ...(open
      ? {
          [KEY.openPk]: keys.openPk,
          [KEY.openSk]: keys.openSk(summary.nextDeadline?.on, id),
        }
      : {}),
    ...(summary.closedOn === null
      ? {}
      : { [KEY.closedYearPk]: keys.closedYearPk(summary.closedOn.slice(0, 4)) }),
    ...(appealsUntil === null
      ? {}
      : { [KEY.appealPk]: keys.appealPk, [KEY.appealSk]: keys.appealSk(appealsUntil, id) }),
  };
}

/** The last year any of the cases counts in (`9999` while one is pending), or null without cases. */
function appealsUntilYear(appeals: readonly AppealRecord[]): string | null {
  if (appeals.length === 0) return null;
  let until = '';
  for (const appeal of appeals) {
    const year = appeal.concludedOn ? appeal.concludedOn.slice(0, 4) : APPEAL_PENDING_YEAR;
    if (year > until) until = year;
  }
  return until;
}

/** The attributes to set and remove on the record for a new summary. */
function summaryAttributes(
  id: string,
  summary: RequestSummary,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {
    status: summary.status,
    provisional: summary.provisional,
    appeals: summary.appeals.map((appeal) => ({ ...appeal })),
    [KEY.statusPk]: keys.statusPk(summary.status),
  };
  const remove: string[] = [];
  const optional = {
    receivedOn: summary.receivedOn,
    dueOn: summary.dueOn,
    nextDeadline: summary.nextDeadline,
    outcome: summary.outcome,
    closedOn: summary.closedOn,
    feePaid: summary.feePaid,
  };
  for (const [attribute, value] of Object.entries(optional)) {
    if (value === null) remove.push(attribute);
    else set[attribute] = value;
  }
  // The year moves to the receipt's once the request is received (an online
  // request confirmed in January counts in the new year); until then it stays
  // the submission's year, written at creation.
  if (summary.receivedOn !== null) {
    set[KEY.yearPk] = keys.yearPk(summary.receivedOn.slice(0, 4));
  }
  if (isClosedStatus(summary.status)) {
    // Leaving `open` also leaves `byAssignee`, which shares its sort key.
    remove.push(KEY.openPk, KEY.openSk);
  } else {
    set[KEY.openPk] = keys.openPk;
    set[KEY.openSk] = keys.openSk(summary.nextDeadline?.on, id);
  }
  // Closed requests never reopen, so `byClosedYear` is written once, on closing.
  if (summary.closedOn === null) remove.push(KEY.closedYearPk);
  else set[KEY.closedYearPk] = keys.closedYearPk(summary.closedOn.slice(0, 4));
  const appealsUntil = appealsUntilYear(summary.appeals);
  if (appealsUntil === null) remove.push(KEY.appealPk, KEY.appealSk);
  else {
    set[KEY.appealPk] = keys.appealPk;
    set[KEY.appealSk] = keys.appealSk(appealsUntil, id);
  }
  return { set, remove };
}

function logItem(id: string, entry: StoredEvent): Record<string, unknown> {
  return withoutUndefined({ ...keys.event(id, entry.seq), entity: 'EVENT', ...entry });
}

function epochSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

function encodeCursor(index: IndexName, lastKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ i: index, k: lastKey }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, index: IndexName): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const result = Cursor.safeParse(parsed);
  if (!result.success || result.data.i !== index) throw new InvalidCursorError();
  const allowed = new Set([KEY.pk, KEY.sk, ...INDEX_KEYS[index]]);
  const keysGiven = Object.keys(result.data.k);
  if (keysGiven.length !== allowed.size || !keysGiven.every((key) => allowed.has(key))) {
    throw new InvalidCursorError();
  }
  return result.data.k;
}
