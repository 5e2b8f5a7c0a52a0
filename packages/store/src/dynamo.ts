import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
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

/** Waits a random 10–60 ms before retrying a transaction that met another one. */
export function backoff(attempt: number): Promise<void> {
  const ms = 10 + Math.random() * 50 * attempt;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
