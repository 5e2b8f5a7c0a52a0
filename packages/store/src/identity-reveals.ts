import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Applicant } from '@ogi/schema';
import * as z from 'zod';
import { withoutUndefined } from './dynamo.js';
import { parseItem } from './items.js';
import { type Audit, type AuditInput, RequestRecord } from './request-record.js';
import { keys } from './table.js';

/**
 * One time a member of staff had the applicant's identity shown whole: who,
 * from where, and when. Reading personal data changes nothing on the case, so
 * it is kept beside the log rather than in it: the case's version (its
 * optimistic lock) does not move, and nobody's open step is refused for it.
 */
export const IdentityReveal = z.object({
  audit: z.object({
    actor: z.string(),
    role: z.string(),
    recordedAt: z.string(),
    sourceIp: z.string().optional(),
  }),
});
export type IdentityReveal = z.infer<typeof IdentityReveal>;

/** What `revealApplicant` answers: the applicant whole, and the reveal as recorded. */
export interface RevealedApplicant {
  readonly applicant: Applicant;
  readonly reveal: IdentityReveal;
}

/** Whether a request partition's item is a reveal (`REVEAL#…`). */
export function isRevealKey(sk: unknown): boolean {
  return String(sk).startsWith(keys.revealPrefix);
}

/** A reveal item read back; `CorruptItemError` when the item is not one. */
export function parseRevealItem(item: Readonly<Record<string, unknown>>): IdentityReveal {
  return parseItem(IdentityReveal, item, 'identity reveal');
}

/**
 * Records that `audit` is shown request `id`'s applicant whole, and returns
 * the applicant: the record first (null, and nothing written, when there is
 * no such request), then the reveal, written before anything is answered.
 * Every call is a reveal of its own (a random suffix keeps two in the same
 * millisecond apart), so a repeated call is recorded again, never merged.
 */
export async function revealApplicant(
  options: { client: DynamoDBDocumentClient; tableName: string; now: () => Date },
  id: string,
  auditInput: AuditInput,
): Promise<RevealedApplicant | null> {
  const { client, tableName } = options;
  const found = await client.send(
    new GetCommand({ TableName: tableName, Key: keys.request(id), ConsistentRead: true }),
  );
  if (!found.Item) return null;
  const record = parseItem(RequestRecord, found.Item, 'request record');
  const audit: Audit = { ...auditInput, recordedAt: options.now().toISOString() };
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: withoutUndefined({
        ...keys.reveal(id, audit.recordedAt, randomBytes(6).toString('hex')),
        entity: 'REVEAL',
        audit,
      }),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { applicant: record.applicant, reveal: { audit } };
}
