import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { parseItem } from './items.js';

const CounterItem = z.object({ seq: z.number().int().min(0) });

/** Where a counter of one year is kept, and what it counts (for errors). */
export interface YearCounterOptions {
  readonly key: (year: string) => { pk: string; sk: string };
  /** What the counter numbers, e.g. `receipt counter`. */
  readonly what: string;
}

/**
 * A year's gapless sequence (receipt numbers, letter numbers): numbers are
 * taken by a conditional update of the counter (`SET seq = n + k − 1` where
 * it was n − 1) inside the very transaction that writes what they number, so
 * nothing that is not written takes a number. Several processes share the
 * counter: a loser learns the winner's number from the failed condition
 * itself (`ReturnValuesOnConditionCheckFailure`) and tries the next one.
 */
export class YearCounter {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #key: YearCounterOptions['key'];
  readonly #what: string;
  /** The last sequence number known to be taken, per year. */
  readonly #last = new Map<string, number>();
  readonly #lanes = new Map<string, Promise<unknown>>();

  constructor(client: DynamoDBDocumentClient, tableName: string, options: YearCounterOptions) {
    this.#client = client;
    this.#table = tableName;
    this.#key = options.key;
    this.#what = options.what;
  }

  /** The next number to try: one after the last known, or after the stored counter. */
  async next(year: string): Promise<number> {
    const known = this.#last.get(year);
    if (known !== undefined) return known + 1;
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key: this.#key(year), ConsistentRead: true }),
    );
    const seq = found.Item ? parseItem(CounterItem, found.Item, this.#what).seq : 0;
    this.#last.set(year, seq);
    return seq + 1;
  }

  /**
   * Records what the counter holds: `seq` after this process took it, or the
   * counter item a failed condition returned (absent: the counter is unknown,
   * and `next` reads it again).
   */
  learn(year: string, seq: number): void;
  learn(year: string, counter: Readonly<Record<string, unknown>> | undefined): void;
  learn(year: string, value: number | Readonly<Record<string, unknown>> | undefined): void {
    if (typeof value === 'number') this.#last.set(year, value);
    else if (value === undefined) this.#last.delete(year);
    else this.#last.set(year, parseItem(CounterItem, value, this.#what).seq);
  }

  /**
   * The transaction item that takes numbers `first` … `first + count − 1` of
   * `year` (one update: a transaction may touch an item once), or fails
   * returning the counter.
   */
  takeItem(year: string, first: number, count = 1) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be 1 or more');
    return {
      Update: {
        TableName: this.#table,
        Key: this.#key(year),
        UpdateExpression: 'SET #seq = :seq, #entity = :entity',
        ConditionExpression: first === 1 ? 'attribute_not_exists(#seq)' : '#seq = :previous',
        ExpressionAttributeNames: { '#seq': 'seq', '#entity': 'entity' },
        ExpressionAttributeValues: {
          ':seq': first + count - 1,
          ':entity': 'COUNTER',
          ...(first === 1 ? {} : { ':previous': first - 1 }),
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
  }

  /**
   * Runs `task` after every earlier task of the same year in this process has
   * settled: writes made here take numbers one after another instead of
   * racing each other for the same one.
   */
  inLane<T>(year: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#lanes.get(year) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#lanes.set(year, settled);
    void settled.then(() => {
      if (this.#lanes.get(year) === settled) this.#lanes.delete(year);
    });
    return run;
  }
}
