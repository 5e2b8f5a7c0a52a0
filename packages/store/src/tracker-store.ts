import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DeadlineChange } from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';
import * as z from 'zod';
import { type DueRange, dueQueries, openQuery } from './due-query.js';
import { cancellationReasons, updateExpression, withoutUndefined } from './dynamo.js';
import { NotFoundError, StoreError, VersionConflictError } from './errors.js';
import { parseItem } from './items.js';
import { logItem } from './log-items.js';
import { ReminderClaim } from './reminder-claims.js';
import { readRequestPartition } from './request-partition.js';
import {
  type Audit,
  type AuditInput,
  RequestRecord,
  type RequestSummary,
  type StoredEvent,
} from './request-record.js';
import { summaryAttributes } from './summary-attributes.js';
import { KEY, keys } from './table.js';

export interface TrackerStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `recordedAt` and `updatedAt`; tests may fix it. */
  readonly now?: () => Date;
  /** Items per page of the index reads: 500 unless set. */
  readonly pageSize?: number;
}

/** One request as the tracker reads it: the record, its log and the claims of its reminder mails. */
export interface TrackedCaseFile {
  readonly record: RequestRecord;
  readonly events: StoredEvent[];
  /** By claim key (the part after `MAIL#`). */
  readonly claims: ReadonlyMap<string, ReminderClaim>;
}

/** What the reads of one run cost, for its summary. */
export interface TrackerReads {
  /** Items read from the `open` index. */
  indexItems: number;
  /** Items read from the requests' own partitions (records, log entries, claims). */
  caseItems: number;
  /** Query calls made. */
  queries: number;
}

export interface MoveDeadlinesInput {
  readonly id: string;
  /** The version the record was read at: the write holds only if it is still there. */
  readonly expectedVersion: number;
  /** The record as read: its fields that do not follow from the calendar are kept. */
  readonly current: RequestRecord;
  /** The summary with the deadlines recomputed. */
  readonly summary: RequestSummary;
  readonly calendarVersion: string;
  /** The day of the recomputation in the district's time zone, kept with the moved deadlines. */
  readonly on?: IsoDate;
  /** One history entry each, in this order. */
  readonly changes: readonly DeadlineChange[];
  readonly audit: AuditInput;
}

const DEFAULT_PAGE_SIZE = 500;

/** What `deadlinesMoved` holds on the record after a recomputation that moved something. */
function movedDeadlines(input: MoveDeadlinesInput) {
  return {
    calendarVersion: input.calendarVersion,
    ...(input.on ? { on: input.on } : {}),
    changes: input.changes,
  };
}

const CalendarItem = z.object({ version: z.string(), recomputedAt: z.string() });

/**
 * The deadline tracker's reads and writes of a district's table: what is due
 * (by key range of the `open` index, never a Scan), one request's case file,
 * the recomputation of stored deadlines after a calendar change, and the
 * calendar version of the last full recomputation. Reminder claims are
 * `ReminderClaims`.
 */
export class TrackerStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #now: () => Date;
  readonly #pageSize: number;
  /** Reads so far; the caller resets it per run. */
  readonly reads: TrackerReads = { indexItems: 0, caseItems: 0, queries: 0 };

  constructor(options: TrackerStoreOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#now = options.now ?? (() => new Date());
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  /**
   * The open requests the tracker may owe something as of a day: next
   * deadline on or before `range.horizon`, and submissions awaiting
   * confirmation submitted on or before `range.submittedBy` (`dueQueries`).
   * Each is yielded once, earliest deadline first.
   */
  async *dueRecords(range: DueRange): AsyncGenerator<RequestRecord> {
    for (const query of dueQueries(this.#table, range, this.#pageSize)) {
      yield* this.#records(query);
    }
  }

  /** Every open request, by next deadline: the recomputation after a calendar change reads them once. */
  async *openRecords(): AsyncGenerator<RequestRecord> {
    yield* this.#records(openQuery(this.#table, this.#pageSize));
  }

  /** The request with its log and its reminder claims (one Query on its partition), or null. */
  async caseFile(id: string): Promise<TrackedCaseFile | null> {
    const partition = await readRequestPartition(this.#client, this.#table, id);
    // A request that vanished still cost its query.
    this.reads.queries += partition?.queries ?? 1;
    if (!partition) return null;
    this.reads.caseItems += partition.itemsRead;
    const claims = new Map<string, ReminderClaim>();
    for (const item of partition.others) {
      const sk = String(item.sk);
      if (!sk.startsWith(keys.reminderClaimPrefix)) continue;
      claims.set(
        sk.slice(keys.reminderClaimPrefix.length),
        parseItem(ReminderClaim, item, 'reminder claim'),
      );
    }
    return { record: partition.record, events: partition.events, claims };
  }

  /**
   * Writes deadlines recomputed after a calendar change: the new summary
   * (due date, next deadline, the index keys that follow from them,
   * provisional) and the calendar version on the record, and one history
   * entry per change, in one transaction that holds only if the record is
   * still at `expectedVersion` (the version counts log entries, so it moves
   * by the number of changes).
   *
   * @throws VersionConflictError when someone else wrote first.
   */
  async moveDeadlines(input: MoveDeadlinesInput): Promise<RequestRecord> {
    const at = this.#now().toISOString();
    const audit: Audit = { ...input.audit, recordedAt: at };
    const version = input.expectedVersion + input.changes.length;
    const { set, remove } = summaryAttributes(input.id, input.summary, input.current.submittedOn);
    const update = updateExpression(
      {
        ...set,
        calendarVersion: input.calendarVersion,
        ...(input.changes.length > 0 ? { deadlinesMoved: movedDeadlines(input) } : {}),
        version,
        updatedAt: at,
      },
      remove,
    );
    const entries: StoredEvent[] = input.changes.map((change, i) => ({
      kind: 'deadline-moved',
      seq: input.expectedVersion + i + 1,
      change,
      calendarVersion: input.calendarVersion,
      audit,
    }));
    try {
      await this.#client.send(
        new TransactWriteCommand({
          ClientRequestToken: randomUUID(),
          TransactItems: [
            {
              Update: {
                TableName: this.#table,
                Key: keys.request(input.id),
                ...update,
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: {
                  ...update.ExpressionAttributeNames,
                  '#version': 'version',
                },
                ExpressionAttributeValues: {
                  ...update.ExpressionAttributeValues,
                  ':expected': input.expectedVersion,
                },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            },
            ...entries.map((entry) => ({
              Put: {
                TableName: this.#table,
                Item: logItem(input.id, entry),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            })),
          ],
        }),
      );
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      const codes = reasons.map((reason) => reason.code);
      const [meta] = reasons;
      if (meta?.code === 'ConditionalCheckFailed' && meta.item === undefined) {
        throw new NotFoundError('request', input.id);
      }
      if (codes.includes('ConditionalCheckFailed') || codes.includes('TransactionConflict')) {
        const actual = meta?.item?.version;
        throw new VersionConflictError(
          input.id,
          input.expectedVersion,
          typeof actual === 'number' ? actual : undefined,
        );
      }
      throw new StoreError(`could not move the deadlines of ${input.id} (${codes.join(', ')})`, {
        cause: error,
      });
    }
    const next: Record<string, unknown> = {
      ...input.current,
      ...withoutUndefined(set),
      calendarVersion: input.calendarVersion,
      ...(input.changes.length > 0 ? { deadlinesMoved: movedDeadlines(input) } : {}),
      version,
      updatedAt: at,
    };
    for (const attribute of remove) delete next[attribute];
    return parseItem(RequestRecord, { ...keys.request(input.id), ...next }, 'request record');
  }

  /**
   * Moves a request's place in `open` (and `byAssignee`) to its next
   * deadline as of a later day, once the stored one has passed with nothing
   * recorded (a correction-notice window that closed unused, a consultation
   * whose reply period ran out): otherwise the request would stay inside
   * every later run's range until its next event. Derived data, not a step:
   * no log entry and no new version, and nothing is written if the request
   * changed since it was read.
   * @returns whether it was written.
   */
  async advanceNextDeadline(
    record: RequestRecord,
    next: NonNullable<RequestRecord['nextDeadline']>,
  ): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: keys.request(record.id),
          UpdateExpression: 'SET nextDeadline = :next, #openSk = :sk',
          ConditionExpression: '#version = :version AND attribute_exists(#openSk)',
          ExpressionAttributeNames: { '#openSk': KEY.openSk, '#version': 'version' },
          ExpressionAttributeValues: {
            ':next': { kind: next.kind, on: next.on },
            ':sk': keys.openSk(next.on, record.id),
            ':version': record.version,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** The calendar version the open requests were last all recomputed with, or null before the first time. */
  async recomputedCalendarVersion(): Promise<string | null> {
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: keys.trackerCalendar, ConsistentRead: true }),
    );
    return found.Item ? parseItem(CalendarItem, found.Item, 'tracker calendar').version : null;
  }

  /** Records that every open request's deadlines now follow calendar `version`. */
  async setRecomputedCalendarVersion(version: string): Promise<void> {
    await this.#client.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          ...keys.trackerCalendar,
          entity: 'TRACKER',
          version,
          recomputedAt: this.#now().toISOString(),
        },
      }),
    );
  }

  async *#records(first: QueryCommandInput): AsyncGenerator<RequestRecord> {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({ ...first, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      this.reads.queries += 1;
      this.reads.indexItems += page.Items?.length ?? 0;
      for (const item of page.Items ?? []) yield parseItem(RequestRecord, item, 'request record');
      start = page.LastEvaluatedKey;
    } while (start);
  }
}
