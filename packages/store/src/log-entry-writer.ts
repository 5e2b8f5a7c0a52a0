import { randomUUID } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LetterDetails, LifecycleEvent } from '@ogi/schema';
import {
  backoffWithin,
  cancellationReasons,
  updateExpression,
  withoutUndefined,
} from './dynamo.js';
import { ContentionError, NotFoundError, StoreError, VersionConflictError } from './errors.js';
import { parseItem } from './items.js';
import { lettersYear, type NewLetters, numberedLetters } from './letter-issue.js';
import { letterItem, type StoredLetter } from './letter-items.js';
import { logItem } from './log-items.js';
import { type Audit, type AuditInput, RequestRecord, type StoredEvent } from './request-record.js';
import { keys } from './table.js';
import type { YearCounter } from './year-counter.js';

/** A log entry as a write asks for it: the store adds its sequence number and audit. */
export type LogChange =
  | { kind: 'event'; event: LifecycleEvent; letter?: LetterDetails }
  | { kind: 'assignment'; assignee: string | null }
  | {
      kind: 'letter-revised';
      letterId: string;
      supersedes: string;
      eventSeq: number;
      correction: string;
      letter: LetterDetails;
    };

/** One versioned write to a request: its log entry, the record's change, and the letters it issues. */
export interface LogEntryChange {
  readonly entry: LogChange;
  readonly set: Record<string, unknown>;
  readonly remove: string[];
  /** The record as read at the expected version: the new one is derived from it instead of read again. */
  readonly current?: RequestRecord;
  /** Letters issued as they are (a corrected version keeps its number). */
  readonly letters?: readonly StoredLetter[];
  /** Letters that take their 文号 from the year's letter counter in the same transaction. */
  readonly numbered?: NewLetters;
}

/** The result of a versioned write. */
export interface LogEntryWritten {
  readonly record: RequestRecord;
  readonly entry: StoredEvent;
  readonly letters: readonly StoredLetter[];
}

export interface LogEntryWriterOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly now: () => Date;
  /** How long a write keeps retrying a contended item (the letter counter). */
  readonly budgetMs: number;
  readonly letterCounter: YearCounter;
}

/**
 * Appends entries to a request's log under optimistic locking: the entry
 * `EVT#<v + 1>` and the record's change are written in one transaction that
 * holds only while the record is at version v, with the letters the entry
 * issues. Numbered letters take their 文号 from the year's letter counter in
 * the same transaction: a taken number is tried again after a jittered wait,
 * a moved version is `VersionConflictError` at once (the cancellation
 * reasons say which item failed), so a refused step takes no number.
 */
export class LogEntryWriter {
  readonly #options: LogEntryWriterOptions;

  constructor(options: LogEntryWriterOptions) {
    this.#options = options;
  }

  /**
   * @throws VersionConflictError when someone else wrote first.
   * @throws NotFoundError when there is no such request.
   * @throws ContentionError when other writers kept the counter for the whole budget.
   */
  async write(
    id: string,
    expectedVersion: number,
    auditInput: AuditInput,
    change: LogEntryChange,
  ): Promise<LogEntryWritten> {
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw new RangeError('expectedVersion must be a whole number from 1');
    }
    const numbered = change.numbered;
    if (!numbered || numbered.documents.length === 0) {
      return this.#attempts(id, expectedVersion, auditInput, change);
    }
    const year = lettersYear(numbered.documents);
    // Writes in this process take the year's numbers one after another instead of racing for them.
    return this.#options.letterCounter.inLane(year, () =>
      this.#attempts(id, expectedVersion, auditInput, change, { ...numbered, year }),
    );
  }

  async #attempts(
    id: string,
    expectedVersion: number,
    auditInput: AuditInput,
    change: LogEntryChange,
    numbered?: NewLetters & { year: string },
  ): Promise<LogEntryWritten> {
    const { client, tableName, letterCounter } = this.#options;
    const deadline = Date.now() + this.#options.budgetMs;
    for (let attempt = 1; ; attempt += 1) {
      const at = this.#options.now();
      const audit: Audit = { ...auditInput, recordedAt: at.toISOString() };
      const entry: StoredEvent = { ...change.entry, seq: expectedVersion + 1, audit };
      const set = { ...change.set, version: expectedVersion + 1, updatedAt: audit.recordedAt };
      const update = updateExpression(set, change.remove);
      const first = numbered ? await letterCounter.next(numbered.year) : 0;
      const letters = [
        ...(numbered
          ? await numberedLetters(numbered.documents, {
              first,
              issuedBefore: numbered.issuedBefore,
              eventSeq: entry.seq,
              number: numbered.number,
            })
          : []),
        ...(change.letters ?? []),
      ];
      try {
        await client.send(
          new TransactWriteCommand({
            ClientRequestToken: randomUUID(),
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: logItem(id, entry),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: tableName,
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
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
                },
              },
              ...(numbered
                ? [letterCounter.takeItem(numbered.year, first, numbered.documents.length)]
                : []),
              ...letters.map((letter) => letterPutItem(tableName, id, letter)),
            ],
          }),
        );
        if (numbered) letterCounter.learn(numbered.year, first + numbered.documents.length - 1);
        const record = change.current
          ? applyChange(change.current, set, change.remove)
          : await this.#record(id);
        if (!record) throw new NotFoundError('request', id);
        return { record, entry, letters };
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (!reasons) throw error;
        const [, meta, counter] = reasons;
        const codes = reasons.map((reason) => reason.code);
        // The failed version check returned the record as it is: no need to read it again.
        if (meta?.code === 'ConditionalCheckFailed') {
          if (meta.item === undefined) throw new NotFoundError('request', id);
          const actual = meta.item.version;
          throw new VersionConflictError(
            id,
            expectedVersion,
            typeof actual === 'number' ? actual : undefined,
          );
        }
        const numberTaken = numbered !== undefined && counter?.code === 'ConditionalCheckFailed';
        // Another writer took the number: the failed condition says which the counter holds now.
        if (numbered && numberTaken) letterCounter.learn(numbered.year, counter.item);
        const onlyConflicts =
          codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
        if (numberTaken || onlyConflicts) {
          // Another write to the record or the counter is in flight: try again and let the conditions decide.
          if (await backoffWithin(attempt, deadline)) continue;
          const what =
            numbered && numberTaken ? `letter numbers of ${numbered.year}` : `request ${id}`;
          throw new ContentionError(what, 1, { cause: error });
        }
        if (codes[0] === 'ConditionalCheckFailed') {
          // The entry exists: someone wrote at this version.
          throw new VersionConflictError(id, expectedVersion);
        }
        throw new StoreError(`could not write to request ${id} (${codes.join(', ')})`, {
          cause: error,
        });
      }
    }
  }

  async #record(id: string): Promise<RequestRecord | undefined> {
    const found = await this.#options.client.send(
      new GetCommand({
        TableName: this.#options.tableName,
        Key: keys.request(id),
        ConsistentRead: true,
      }),
    );
    return found.Item ? parseItem(RequestRecord, found.Item, 'request record') : undefined;
  }
}

/** The transaction item that writes one letter version, never over another. */
export function letterPutItem(tableName: string, id: string, letter: StoredLetter) {
  return {
    Put: {
      TableName: tableName,
      Item: letterItem(id, letter),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The record after a write that set and removed these attributes, without reading it back. */
function applyChange(
  current: RequestRecord,
  set: Readonly<Record<string, unknown>>,
  remove: readonly string[],
): RequestRecord {
  const next: Record<string, unknown> = { ...current, ...withoutUndefined(set) };
  for (const attribute of remove) delete next[attribute];
  return parseItem(RequestRecord, { ...keys.request(current.id), ...next }, 'request record');
}
