import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import { backoff } from './dynamo.js';
import { parseItem } from './items.js';
import { keys } from './table.js';

/**
 * One e-mail the tracker owes: a reminder of one request (`requestId`) or a
 * notice to the district's office (`requestId` null), to one recipient.
 * `key` tells it apart from every other one the tracker ever owes.
 */
export interface ClaimTarget {
  readonly requestId: string | null;
  readonly key: string;
}

/** A claim item as stored: who claimed it, when, and whether the mail went out. */
export const ReminderClaim = z.object({
  claimedAt: z.string(),
  runId: z.string(),
  sentAt: z.string().optional(),
});
export type ReminderClaim = z.infer<typeof ReminderClaim>;

/**
 * What a claim attempt found:
 * - `claimed`: this run holds it now and must send it (then `markSent`);
 * - `sent`: an earlier run sent it;
 * - `held`: another run claimed it less than the staleness ago and may still send it.
 */
export type ClaimOutcome = 'claimed' | 'sent' | 'held';

export interface ClaimOptions {
  readonly runId: string;
  readonly now: Date;
  /** A claim without `sentAt` older than this is taken to be a dead run's, and claimed again. */
  readonly staleAfterMs: number;
}

/** The most items one BatchWriteItem takes. */
const BATCH_WRITE_LIMIT = 25;

/** The item key of a claim. */
export function claimKey(target: ClaimTarget): { pk: string; sk: string } {
  return target.requestId === null
    ? keys.officeClaim(target.key)
    : keys.reminderClaim(target.requestId, target.key);
}

/** Whether a claim read back still stops another run from sending: sent, or held and fresh. */
export function claimBlocks(claim: ReminderClaim, now: Date, staleAfterMs: number): boolean {
  return claim.sentAt !== undefined || !isStale(claim, now, staleAfterMs);
}

function isStale(claim: ReminderClaim, now: Date, staleAfterMs: number): boolean {
  return Date.parse(claim.claimedAt) <= now.getTime() - staleAfterMs;
}

/**
 * Exactly-once sending: a reminder is claimed with a conditional write before
 * its mail goes out and marked sent after. Two runs never both hold a claim:
 * the first claim is `attribute_not_exists`, a stale one is taken over with a
 * condition on the `claimedAt` seen. A run that dies between claiming and
 * sending leaves a claim without `sentAt`, which a run after the staleness
 * claims again and completes.
 */
export class ReminderClaims {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.#client = options.client;
    this.#table = options.tableName;
  }

  /** Claims the mail for this run, or says why not (see `ClaimOutcome`). */
  async claim(target: ClaimTarget, options: ClaimOptions): Promise<ClaimOutcome> {
    const Key = claimKey(target);
    const claimedAt = options.now.toISOString();
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...Key, entity: 'MAIL', claimedAt, runId: options.runId },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = error.Item ? unmarshall(error.Item) : await this.#read(Key);
      if (existing === undefined) return this.claim(target, options);
      const found = parseItem(ReminderClaim, existing, 'reminder claim');
      if (found.sentAt !== undefined) return 'sent';
      if (!isStale(found, options.now, options.staleAfterMs)) return 'held';
      return this.#takeOver(Key, found, claimedAt, options.runId);
    }
  }

  /** Records that the mail went out. */
  async markSent(target: ClaimTarget, at: Date): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: claimKey(target),
        UpdateExpression: 'SET sentAt = :at',
        ExpressionAttributeValues: { ':at': at.toISOString() },
      }),
    );
  }

  /**
   * Records that the mails of many claims this run holds went out, 25 items
   * per BatchWriteItem: each claim is written whole again with `sentAt` (the
   * mail went, whoever held the claim since), a fraction of the calls of one
   * update each.
   */
  async markAllSent(
    targets: readonly ClaimTarget[],
    run: { runId: string; claimedAt: Date; sentAt: Date },
  ): Promise<void> {
    const items = targets.map((target) => ({
      PutRequest: {
        Item: {
          ...claimKey(target),
          entity: 'MAIL',
          claimedAt: run.claimedAt.toISOString(),
          runId: run.runId,
          sentAt: run.sentAt.toISOString(),
        },
      },
    }));
    for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT) {
      let requests = items.slice(start, start + BATCH_WRITE_LIMIT);
      for (let attempt = 1; requests.length > 0; attempt += 1) {
        const result = await this.#client.send(
          new BatchWriteCommand({ RequestItems: { [this.#table]: requests } }),
        );
        requests = (result.UnprocessedItems?.[this.#table] ?? []) as typeof requests;
        if (requests.length > 0) await backoff(attempt);
      }
    }
  }

  /**
   * Gives up this run's claim after its mail could not be sent, so the next
   * run claims it at once instead of waiting out the staleness. A claim
   * another run took over meanwhile is left alone.
   */
  async release(target: ClaimTarget, runId: string): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#table,
          Key: claimKey(target),
          ConditionExpression: 'runId = :run AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':run': runId },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** The claim as stored, or null. */
  async get(target: ClaimTarget): Promise<ReminderClaim | null> {
    const item = await this.#read(claimKey(target));
    return item ? parseItem(ReminderClaim, item, 'reminder claim') : null;
  }

  async #takeOver(
    Key: { pk: string; sk: string },
    stale: ReminderClaim,
    claimedAt: string,
    runId: string,
  ): Promise<ClaimOutcome> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#table,
          Key,
          UpdateExpression: 'SET claimedAt = :now, runId = :run',
          ConditionExpression: 'claimedAt = :seen AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':now': claimedAt, ':run': runId, ':seen': stale.claimedAt },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Another run took it over first, or sent it: either way it is not ours.
      const now = await this.#read(Key);
      return now && parseItem(ReminderClaim, now, 'reminder claim').sentAt !== undefined
        ? 'sent'
        : 'held';
    }
  }

  async #read(Key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const found = await this.#client.send(
      new GetCommand({ TableName: this.#table, Key, ConsistentRead: true }),
    );
    return found.Item;
  }
}
