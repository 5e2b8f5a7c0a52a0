import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * The document client the adapters expect: plain JavaScript values in and out,
 * `undefined` properties dropped. Create it once, at module scope.
 * @example const dynamo = documentClient(new DynamoDBClient({}));
 */
export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** A copy of plain data without `undefined` properties (DynamoDB has no undefined). */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutUndefined(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== undefined) copy[key] = withoutUndefined(inner);
  }
  return copy as T;
}

/**
 * The reason code of each item of a cancelled transaction, in the order of
 * `TransactItems` (`None`, `ConditionalCheckFailed`, `TransactionConflict`, …);
 * undefined when `error` is not a cancelled transaction.
 */
export function cancellationCodes(error: unknown): string[] | undefined {
  return cancellationReasons(error)?.map((reason) => reason.code);
}

/** One item's reason in a cancelled transaction, with the item as it was when asked for. */
export interface CancellationReason {
  readonly code: string;
  /** The item's attributes at the failed check, for items written with `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`. */
  readonly item?: Record<string, unknown>;
}

/**
 * The reasons of a cancelled transaction in the order of `TransactItems`,
 * with the items that `ReturnValuesOnConditionCheckFailure` returned (so a
 * loser learns what won without reading it again); undefined when `error`
 * is not a cancelled transaction.
 */
export function cancellationReasons(error: unknown): CancellationReason[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => ({
    code: reason.Code ?? 'None',
    ...(reason.Item ? { item: unmarshall(reason.Item) } : {}),
  }));
}

/** An update expression from attributes to set and attributes to remove. */
export function updateExpression(
  set: Readonly<Record<string, unknown>>,
  remove: readonly string[] = [],
): {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  let n = 0;
  for (const [attribute, value] of Object.entries(set)) {
    if (value === undefined) continue;
    names[`#u${n}`] = attribute;
    values[`:u${n}`] = withoutUndefined(value);
    sets.push(`#u${n} = :u${n}`);
    n += 1;
  }
  for (const attribute of remove) {
    names[`#u${n}`] = attribute;
    removes.push(`#u${n}`);
    n += 1;
  }
  const parts = [
    sets.length > 0 ? `SET ${sets.join(', ')}` : '',
    removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
  ].filter((part) => part !== '');
  return {
    UpdateExpression: parts.join(' '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** How long a write may keep retrying a contended item before it gives up: 3 s. */
export const DEFAULT_CONTENTION_BUDGET_MS = 3000;
const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 200;

/**
 * The wait before retry number `attempt` (1, 2, …): "full jitter", a random
 * time in [0, min(200, 10·2^attempt)) ms, so writers that collided spread out
 * instead of colliding again in step. (Waits that shrink with the attempts
 * were fairer to old writes but halved the throughput under contention:
 * every loser came back at once and the failed transactions crowded out the
 * winning ones.)
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/**
 * Waits `backoffDelay(attempt)` unless that would end after `deadline`
 * (epoch ms): then it waits nothing and answers false, and the caller gives
 * up (`ContentionError`) instead of running past its time budget.
 */
export async function backoffWithin(
  attempt: number,
  deadline: number,
  now: () => number = Date.now,
): Promise<boolean> {
  const delay = backoffDelay(attempt);
  if (now() + delay >= deadline) return false;
  await pause(delay);
  return true;
}

/** Waits `ms` milliseconds. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits `backoffDelay(attempt)`, at most 200 ms: for retries counted in attempts, not time. */
export function backoff(attempt: number): Promise<void> {
  return pause(backoffDelay(attempt));
}
