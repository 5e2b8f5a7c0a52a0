import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { parseItem } from './items.js';
import { keys } from './table.js';

const CounterItem = z.object({ seq: z.number().int().min(0) });

/**
 * The year's receipt numbers (`2026-000123`), gapless: a number is taken by
 * a conditional update of the counter (`SET seq = n` where it was n − 1)
 * inside the very transaction that writes the request, so a request that is
 * not written takes no number. Several processes share the counter: a loser
 * learns the winner's number from the failed condition itself
 * (`ReturnValuesOnConditionCheckFailure`) and tries the next one.
 */
export class ReceiptCounter {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  /** The last sequence number known to be taken, per year. */
  readonly #last = new Map<string, number>();
  readonly #lanes = new Map<string, Promise<unknown>>();

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#table = tableName;
  }

  /** The receipt number of sequence number `seq` in `year`. */
  static receiptNo(year: string, seq: number): string {
    return `${year}-${String(seq).padStart(6, '0')}`;
  }

  /** The next number to try: one after the last known, or after the stored counter. */
  async next(year: string): Promise<number> {
    const known = this.#last.get(year);
    if (known !== undefined) return known + 1;
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.receiptCounter(year),
        ConsistentRead: true,
      }),
    );
    const seq = found.Item ? parseItem(CounterItem, found.Item, 'receipt counter').seq : 0;
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
    else this.#last.set(year, parseItem(CounterItem, value, 'receipt counter').seq);
  }

  /** The transaction item that takes number `seq` of `year`, or fails returning the counter. */
  takeItem(year: string, seq: number) {
    return {
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
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
  }

  /**
   * Runs `task` after every earlier task of the same year in this process has
   * settled: requests created here take numbers one after another instead of
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
