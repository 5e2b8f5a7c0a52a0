import * as z from 'zod';
import { IdempotencyConflictError } from './errors.js';
import { canonicalJson, sha256Hex } from './ids.js';
import { parseItem } from './items.js';
import { keys, TTL_ATTRIBUTE } from './table.js';

/** What a retry is recognised by: the key's hash and the body's. */
export interface IdempotencyClaim {
  readonly keyHash: string;
  readonly bodyHash: string;
}

const IdempotencyItem = z.object({
  requestId: z.string(),
  bodyHash: z.string(),
  queryCode: z.string(),
  expiresAt: z.number(),
});

/** The claim of a client's `Idempotency-Key` for this body (hashes only: keys are never stored). */
export function idempotencyClaim(key: string, body: unknown): IdempotencyClaim {
  return { keyHash: sha256Hex(key), bodyHash: sha256Hex(canonicalJson(body)) };
}

/**
 * The transaction item that records the claim with the request it made. It
 * fails while an unexpired claim of the same key exists, returning that claim
 * (`ReturnValuesOnConditionCheckFailure`), so a retry needs no extra read.
 * The query code is kept in plain text here only, so that a retry can show it
 * again; the item expires (TTL) after `ttlSeconds`.
 */
export function idempotencyPutItem(
  tableName: string,
  claim: IdempotencyClaim,
  made: { requestId: string; queryCode: string; at: Date; ttlSeconds: number },
) {
  const now = epochSeconds(made.at);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.idempotency(claim.keyHash),
        entity: 'IDEM',
        requestId: made.requestId,
        bodyHash: claim.bodyHash,
        queryCode: made.queryCode,
        createdAt: made.at.toISOString(),
        [TTL_ATTRIBUTE]: now + made.ttlSeconds,
      },
      // An expired record may still linger: DynamoDB's TTL deletes lazily.
      ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
      ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':now': now },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  };
}

/**
 * The request an earlier call with the same key made, from the claim that
 * beat this one; undefined when there is none or it expired.
 * @throws IdempotencyConflictError when the key was used with a different body.
 */
export function earlierClaim(
  stored: Readonly<Record<string, unknown>> | undefined,
  claim: IdempotencyClaim,
  at: Date,
): { requestId: string; queryCode: string } | undefined {
  if (stored === undefined) return undefined;
  const earlier = parseItem(IdempotencyItem, stored, 'idempotency record');
  if (earlier.expiresAt < epochSeconds(at)) return undefined;
  if (earlier.bodyHash !== claim.bodyHash) throw new IdempotencyConflictError();
  return { requestId: earlier.requestId, queryCode: earlier.queryCode };
}

export function epochSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}
