import { randomUUID } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { OpenRequest } from '@ogi/domain';
import {
  applicantColumn,
  type IsoDate,
  type LetterDetails,
  type LetterDocument,
  type LetterRecord,
  type LifecycleEvent,
  type ReceiptChannel,
  type ReportAppeal,
  type ReportRecord,
  type Submission,
} from '@ogi/schema';
import * as z from 'zod';
import { AttachmentRecord } from './attachment-record.js';
import {
  backoffWithin,
  cancellationReasons,
  DEFAULT_CONTENTION_BUDGET_MS,
  withoutUndefined,
} from './dynamo.js';
import { ContentionError, InvalidCursorError, NotFoundError, StoreError } from './errors.js';
import { earlierClaim, idempotencyClaim, idempotencyPutItem } from './idempotency.js';
import {
  type IdentityReveal,
  isRevealKey,
  parseRevealItem,
  type RevealedApplicant,
  revealApplicant,
} from './identity-reveals.js';
import { hashQueryCode, isStoreId, newQueryCode, newStoreId, queryCodeMatches } from './ids.js';
import { parseItem } from './items.js';
import {
  correctedLetter,
  type LetterCorrection,
  type LetterNumbering,
  lettersYear,
  type NewLetters,
  numberedLetters,
} from './letter-issue.js';
import { isLetterKey, letterKey, parseLetterItem, type StoredLetter } from './letter-items.js';
import { LogEntryWriter, letterPutItem } from './log-entry-writer.js';
import { logItem } from './log-items.js';
import { queryOpenRequests } from './open-requests.js';
import { ReceiptCounter } from './receipt-counter.js';
import { type ReportPartitions, yearReportAppeals, yearReportRecords } from './report-query.js';
import { encodeCursor, type ListInput, listQuery } from './request-list.js';
import { readRequestPartition } from './request-partition.js';
import {
  type Audit,
  type AuditInput,
  RequestRecord,
  type RequestSummary,
  type StoredEvent,
  type StoredSubmission,
} from './request-record.js';
import { summaryAttributes } from './summary-attributes.js';
import { keys } from './table.js';
import { YearCounter } from './year-counter.js';

export interface RequestRepositoryOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `createdAt`, `updatedAt`, `recordedAt` and TTLs; tests may fix it. */
  readonly now?: () => Date;
  /** How long a retry with the same idempotency key gets the first result: 24 h. */
  readonly idempotencyTtlSeconds?: number;
  /**
   * How long a write keeps retrying an item other writers hold (the year's
   * receipt counter) before it gives up with `ContentionError`: 3 s.
   */
  readonly contentionBudgetMs?: number;
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
  /** Who records the initial events and from where; defaults to the applicant. */
  readonly audit?: AuditInput;
  /** The client's `Idempotency-Key`: a retry with the same key and body gets the first result. */
  readonly idempotencyKey?: string;
  /** The first events (`submitted`, or `received` for a request handed in). */
  readonly initialEvents: readonly LifecycleEvent[];
  /** `summaryFromDomain` of the state and clock after the initial events. */
  readonly summary: RequestSummary;
  /** The `WorkingCalendar.version` the summary's deadlines were computed with. */
  readonly calendarVersion?: string;
  /** An id from `newStoreId()` handed out earlier; default a new one. */
  readonly id?: string;
  /**
   * The letters of the last initial event (the receipt of a request handed
   * in), drafted for the receipt number each attempt takes; numbered from the
   * year's letter counter in the same transaction.
   */
  readonly letters?: {
    readonly draft: (
      receiptNo: string,
    ) => readonly LetterDocument[] | Promise<readonly LetterDocument[]>;
    readonly number: LetterNumbering;
  };
}

export interface CreateRequestResult {
  readonly record: RequestRecord;
  /** The query code, shown to the applicant once; the store keeps only its hash. */
  readonly queryCode: string;
  /** True when an earlier call with the same idempotency key and body made the request. */
  readonly replayed: boolean;
  /** The letters this call issued (none on a replay: the first call issued them). */
  readonly letters: readonly StoredLetter[];
}

export interface FoundRequest {
  readonly record: RequestRecord;
  /** The request's log, in order: lifecycle events and assignments, with their audit fields. */
  readonly events: StoredEvent[];
  readonly attachments: AttachmentRecord[];
  /** The case's letters, every version, in order (`L1v1`, `L1v2`, `L2v1`, …). */
  readonly letters: LetterRecord[];
  /** Each time staff were shown the applicant whole, oldest first. */
  readonly reveals: IdentityReveal[];
}

export interface AppendEventInput {
  readonly id: string;
  /** The version the caller read; the write fails with `VersionConflictError` if it moved. */
  readonly expectedVersion: number;
  readonly event: LifecycleEvent;
  /** What staff gave for the step's letter: kept on the log entry. */
  readonly letter?: LetterDetails;
  /** The letters the step issues; their numbers are taken in the same transaction. */
  readonly letters?: NewLetters;
  readonly audit: AuditInput;
  /** `summaryFromDomain` of the state and clock after the event. */
  readonly summary: RequestSummary;
  /** The `WorkingCalendar.version` the summary's deadlines were computed with. */
  readonly calendarVersion?: string;
  /** The record as read at `expectedVersion`: the new one is derived from it instead of read again. */
  readonly current?: RequestRecord;
}

export interface ReviseLetterInput extends LetterCorrection {
  readonly id: string;
  /** The request's version the caller read: a correction is a log entry of its own. */
  readonly expectedVersion: number;
  readonly audit: AuditInput;
  /** The record as read at `expectedVersion`. */
  readonly current?: RequestRecord;
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
  /** The letters (versions) the write issued, numbered. */
  readonly letters: readonly StoredLetter[];
}

export type { ListInput } from './request-list.js';

export interface ListPage {
  readonly items: RequestRecord[];
  /** Absent on the last page. */
  readonly cursor?: string;
}

const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

const ReceiptItem = z.object({
  requestId: z.string(),
  /** Absent on receipts written before lookups checked the code here. */
  queryCodeHash: z.string().optional(),
});

/**
 * What a lookup with an unknown receipt number compares the code with, so
 * that it does the same work as a lookup with a wrong code: the answer's
 * timing never tells which receipt numbers exist.
 */
const NO_SUCH_RECEIPT_HASH = hashQueryCode(newQueryCode());

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
  readonly #budgetMs: number;
  readonly #counter: ReceiptCounter;
  readonly #letterCounter: YearCounter;
  readonly #log: LogEntryWriter;

  constructor(options: RequestRepositoryOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#now = options.now ?? (() => new Date());
    this.#idempotencyTtl = options.idempotencyTtlSeconds ?? DEFAULT_IDEMPOTENCY_TTL_SECONDS;
    this.#budgetMs = options.contentionBudgetMs ?? DEFAULT_CONTENTION_BUDGET_MS;
    this.#counter = new ReceiptCounter(options.client, options.tableName);
    this.#letterCounter = new YearCounter(options.client, options.tableName, {
      key: keys.letterCounter,
      what: 'letter counter',
    });
    this.#log = new LogEntryWriter({
      client: options.client,
      tableName: options.tableName,
      now: this.#now,
      budgetMs: this.#budgetMs,
      letterCounter: this.#letterCounter,
    });
  }

  /**
   * Creates a request in one transaction: the record, its initial events, the
   * receipt number (taken from the year's counter in the same transaction, so
   * numbers have no gaps), the receipt's lookup item and, with an idempotency
   * key, the idempotency record.
   *
   * With `letters`, the letters of the last initial event are drafted for
   * the receipt number each attempt takes (a draft that throws writes
   * nothing) and take their 文号 from the year's letter counter in the same
   * transaction.
   *
   * A retry with the same idempotency key and the same body returns the first
   * result with `replayed: true`. When other processes keep taking the
   * receipt or letter numbers it tries again after a jittered wait, for at
   * most the contention budget.
   *
   * @throws IdempotencyConflictError when the key was used with a different body.
   * @throws ContentionError when the budget ran out (nothing was written).
   */
  async create(input: CreateRequestInput): Promise<CreateRequestResult> {
    if (input.initialEvents.length === 0) {
      throw new StoreError('a request starts with at least one event');
    }
    if (input.id !== undefined && !isStoreId(input.id)) {
      throw new RangeError('id must come from newStoreId()');
    }
    const channel = input.channel ?? input.submission.channel;
    const claim =
      input.idempotencyKey === undefined
        ? undefined
        : idempotencyClaim(input.idempotencyKey, { submission: input.submission, channel });
    const id = input.id ?? newStoreId();
    const queryCode = newQueryCode();
    const year = input.submittedOn.slice(0, 4);
    const deadline = Date.now() + this.#budgetMs;
    return this.#counter.inLane(year, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const seq = await this.#counter.next(year);
        const receiptNo = ReceiptCounter.receiptNo(year, seq);
        const at = this.#now();
        const audit: Audit = {
          ...(input.audit ?? { actor: 'applicant', role: 'applicant' }),
          recordedAt: at.toISOString(),
        };
        const item = this.#newItem(input, { id, receiptNo, queryCode, channel, at });
        const record = parseItem(RequestRecord, item, 'request record');
        const drafted = (await input.letters?.draft(receiptNo)) ?? [];
        const letterYear = drafted.length > 0 ? lettersYear(drafted) : undefined;
        const firstLetter = letterYear ? await this.#letterCounter.next(letterYear) : 0;
        const letters =
          input.letters && letterYear
            ? await numberedLetters(drafted, {
                first: firstLetter,
                issuedBefore: 0,
                eventSeq: input.initialEvents.length,
                number: input.letters.number,
              })
            : [];
        const transactItems = [
          this.#counter.takeItem(year, seq),
          {
            Put: {
              TableName: this.#table,
              Item: item,
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.#table,
              Item: {
                ...keys.receipt(receiptNo),
                entity: 'RECEIPT',
                requestId: id,
                queryCodeHash: record.queryCodeHash,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...(claim
            ? [
                idempotencyPutItem(this.#table, claim, {
                  requestId: id,
                  queryCode,
                  at,
                  ttlSeconds: this.#idempotencyTtl,
                }),
              ]
            : []),
          ...input.initialEvents.map((event, i) => ({
            Put: {
              TableName: this.#table,
              Item: logItem(id, { kind: 'event', seq: i + 1, event, audit }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          })),
          ...(letterYear
            ? [
                this.#letterCounter.takeItem(letterYear, firstLetter, letters.length),
                ...letters.map((letter) => letterPutItem(this.#table, id, letter)),
              ]
            : []),
        ];
        const letterCounterAt = 3 + (claim ? 1 : 0) + input.initialEvents.length;
        try {
          await this.#client.send(
            new TransactWriteCommand({
              TransactItems: transactItems,
              ClientRequestToken: randomUUID(),
            }),
          );
          this.#counter.learn(year, seq);
          if (letterYear) this.#letterCounter.learn(letterYear, firstLetter + letters.length - 1);
          return { record, queryCode, replayed: false, letters };
        } catch (error) {
          const reasons = cancellationReasons(error);
          if (!reasons) throw error;
          const [counter, request, receipt, idempotency] = reasons;
          if (request?.code === 'ConditionalCheckFailed') {
            throw new StoreError(`request id ${id} is already in use`, { cause: error });
          }
          if (claim && idempotency?.code === 'ConditionalCheckFailed') {
            // The key was used before (a retry) or in a race we lost: answer as that retry.
            const earlier = earlierClaim(idempotency.item, claim, at);
            if (earlier) return this.#replayed(earlier);
          }
          const numberTaken =
            counter?.code === 'ConditionalCheckFailed' ||
            receipt?.code === 'ConditionalCheckFailed';
          // Another process took the number: the failed condition says which the counter holds now.
          if (numberTaken) this.#counter.learn(year, counter?.item);
          const letterCounter = letterYear ? reasons[letterCounterAt] : undefined;
          const letterNumberTaken = letterCounter?.code === 'ConditionalCheckFailed';
          if (letterYear && letterNumberTaken)
            this.#letterCounter.learn(letterYear, letterCounter.item);
          const codes = reasons.map((reason) => reason.code);
          if (!(numberTaken || letterNumberTaken || codes.includes('TransactionConflict'))) {
            throw new StoreError(`could not create the request (${codes.join(', ')})`, {
              cause: error,
            });
          }
          if (!(await backoffWithin(attempt, deadline))) {
            const what = numberTaken
              ? `receipt numbers of ${year}`
              : `letter numbers of ${letterYear ?? year}`;
            throw new ContentionError(what, 1, { cause: error });
          }
        }
      }
    });
  }

  /** The request with its log and attachments (one Query on its partition), or null. */
  async get(id: string): Promise<FoundRequest | null> {
    const partition = await readRequestPartition(this.#client, this.#table, id);
    if (!partition) return null;
    const attachments = partition.others
      .filter((item) => String(item.sk).startsWith('ATT#'))
      .map((item) => parseItem(AttachmentRecord, item, 'attachment record'));
    const letters = partition.others
      .filter((item) => isLetterKey(item.sk))
      .map((item) => parseLetterItem(item).record);
    const reveals = partition.others.filter((item) => isRevealKey(item.sk)).map(parseRevealItem);
    return { record: partition.record, events: partition.events, attachments, letters, reveals };
  }

  /**
   * The applicant of request `id` whole, for `audit`, recorded as a reveal
   * before it is answered (listed by `get` in `reveals`); null, with nothing
   * written, when there is no such request. The record's version does not
   * move: being shown personal data is no step of the case.
   */
  async revealApplicant(id: string, audit: AuditInput): Promise<RevealedApplicant | null> {
    return revealApplicant(
      { client: this.#client, tableName: this.#table, now: this.#now },
      id,
      audit,
    );
  }

  /**
   * One version of one of the request's letters, with the document as
   * issued; null when there is no such letter (or `letterId` is not a letter id).
   */
  async letter(id: string, letterId: string): Promise<StoredLetter | null> {
    const key = letterKey(id, letterId);
    if (!key) return null;
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: key, ConsistentRead: true }),
    );
    return found.Item ? parseLetterItem(found.Item) : null;
  }

  /** The request with receipt number `receiptNo` (e.g. `2026-000123`), or null. */
  async findByReceiptNo(receiptNo: string): Promise<FoundRequest | null> {
    const receipt = await this.#receipt(receiptNo);
    return receipt ? this.get(receipt.requestId) : null;
  }

  /**
   * The request with this receipt number, if `code` is its query code; null
   * for an unknown number and for a wrong code alike. Both take the same
   * path: one read of the receipt, one hash compared in constant time (with a
   * stand-in hash when there is no such receipt), so neither the answer nor
   * its timing tells which receipt numbers exist. Only a right code reads
   * the request.
   */
  async findWithCode(receiptNo: string, code: string): Promise<FoundRequest | null> {
    const receipt = await this.#receipt(receiptNo);
    const matches = queryCodeMatches(receipt?.queryCodeHash ?? NO_SUCH_RECEIPT_HASH, code);
    if (!receipt) return null;
    if (receipt.queryCodeHash === undefined) {
      // A receipt written before receipts carried the hash: check the record's.
      const found = await this.get(receipt.requestId);
      return found && queryCodeMatches(found.record.queryCodeHash, code) ? found : null;
    }
    return matches ? this.get(receipt.requestId) : null;
  }

  /** Whether `code` is the record's query code (hashes compared in constant time). */
  verifyQueryCode(record: Pick<RequestRecord, 'queryCodeHash'>, code: string): boolean {
    return queryCodeMatches(record.queryCodeHash, code);
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
    const { set, remove } = summaryAttributes(input.id, input.summary, input.current?.submittedOn);
    const documents = input.letters?.documents ?? [];
    return this.#log.write(input.id, input.expectedVersion, input.audit, {
      entry: {
        kind: 'event',
        event: input.event,
        ...(input.letter ? { letter: input.letter } : {}),
      },
      set: { ...set, calendarVersion: input.calendarVersion },
      remove,
      ...(input.current ? { current: input.current } : {}),
      ...(input.letters && documents.length > 0
        ? { numbered: { ...input.letters, documents } }
        : {}),
    });
  }

  /**
   * Issues a corrected version of a letter: same letter and 文号, version + 1,
   * superseding the previous version, which is never overwritten. The
   * correction is a log entry of its own, versioned like `appendEvent`.
   *
   * @throws VersionConflictError when someone else wrote first.
   */
  async reviseLetter(input: ReviseLetterInput): Promise<WriteResult> {
    const letter = correctedLetter(input);
    return this.#log.write(input.id, input.expectedVersion, input.audit, {
      entry: {
        kind: 'letter-revised',
        letterId: letter.record.id,
        supersedes: input.previous.id,
        eventSeq: input.previous.eventSeq,
        correction: input.correction,
        letter: input.details,
      },
      set: {},
      remove: [],
      letters: [letter],
      ...(input.current ? { current: input.current } : {}),
    });
  }

  /**
   * Assigns the request to a staff member (or clears it with null), versioned
   * like `appendEvent`; the assignment is an entry of the log.
   */
  async assign(input: AssignInput): Promise<WriteResult> {
    const { assignee } = input;
    return this.#log.write(input.id, input.expectedVersion, input.audit, {
      entry: { kind: 'assignment', assignee },
      set: assignee === null ? {} : { assignee, assigneePk: keys.assigneePk(assignee) },
      remove: assignee === null ? ['assignee', 'assigneePk'] : [],
    });
  }

  /** One page of requests, by Query on an index, never a Scan (see `listQuery`). */
  async list(input: ListInput = {}): Promise<ListPage> {
    const query = listQuery(this.#table, input);
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
    const items = (page.Items ?? []).map((item) =>
      parseItem(RequestRecord, item, 'request record'),
    );
    return page.LastEvaluatedKey && query.IndexName
      ? { items, cursor: encodeCursor(query.IndexName, page.LastEvaluatedKey) }
      : { items };
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

  /**
   * Every open request, page by page from the `open` index (never a Scan),
   * without the applicant or the submission: what the open queue's figures
   * read (`openQueueFigures`). Reads cost the open requests only.
   *
   * @example
   * const requests: OpenRequest[] = [];
   * for await (const request of repository.openRequests()) requests.push(request);
   * openQueueFigures({ requests, calendar, asOf: today });
   */
  async *openRequests(pageSize = 1000): AsyncGenerator<OpenRequest> {
    yield* queryOpenRequests(this.#client, this.#table, pageSize);
  }

  async #receipt(receiptNo: string): Promise<z.infer<typeof ReceiptItem> | undefined> {
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.receipt(receiptNo.trim()),
        ConsistentRead: true,
      }),
    );
    return found.Item ? parseItem(ReceiptItem, found.Item, 'receipt') : undefined;
  }

  async #replayed(earlier: { requestId: string; queryCode: string }): Promise<CreateRequestResult> {
    const record = await this.#record(earlier.requestId);
    if (!record) throw new NotFoundError('request', earlier.requestId);
    return { record, queryCode: earlier.queryCode, replayed: true, letters: [] };
  }

  /** The `META` item of a new request: its fields and, from the summary, its index keys. */
  #newItem(
    input: CreateRequestInput,
    made: { id: string; receiptNo: string; queryCode: string; channel: ReceiptChannel; at: Date },
  ): Record<string, unknown> {
    const { applicant, information, deliveryForm, retrieval, feeWaiver } = input.submission;
    const submission: StoredSubmission = { information, deliveryForm, retrieval, feeWaiver };
    const at = made.at.toISOString();
    return withoutUndefined({
      ...keys.request(made.id),
      entity: 'REQUEST',
      id: made.id,
      receiptNo: made.receiptNo,
      queryCodeHash: hashQueryCode(made.queryCode),
      version: input.initialEvents.length,
      applicant,
      submission,
      channel: made.channel,
      submittedOn: input.submittedOn,
      submittedAt: input.submittedAt,
      applicantColumn: applicantColumn(applicant),
      createdAt: at,
      updatedAt: at,
      calendarVersion: input.calendarVersion,
      ...summaryAttributes(made.id, input.summary, input.submittedOn).set,
    });
  }

  async #record(id: string): Promise<RequestRecord | undefined> {
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: keys.request(id), ConsistentRead: true }),
    );
    return found.Item ? parseItem(RequestRecord, found.Item, 'request record') : undefined;
  }
}
