import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimKey, ReminderClaims } from '../src/index.js';
import { freshTable, type TestTable } from './support.js';

const STALE_MS = 5 * 60_000;
const at = (iso: string) => new Date(iso);

let table: TestTable;
let claims: ReminderClaims;
let n = 0;
/** A reminder no other test claims. */
const target = () => {
  n += 1;
  return { requestId: `req${n}`, key: `answer#2026-10-22#5#${n}` };
};

beforeAll(async () => {
  table = await freshTable();
  claims = new ReminderClaims({ client: table.client, tableName: table.tableName });
});

describe('Class: ReminderClaims', () => {
  describe('Method: claim', () => {
    it('gives a reminder to the first run that claims it and holds it from a second', async () => {
      // Prepare
      const reminder = target();
      const now = at('2026-10-15T00:00:00.000Z');

      // Act
      const first = await claims.claim(reminder, { runId: 'run-a', now, staleAfterMs: STALE_MS });
      const second = await claims.claim(reminder, { runId: 'run-b', now, staleAfterMs: STALE_MS });

      // Assess
      expect([first, second]).toEqual(['claimed', 'held']);
      expect(await claims.get(reminder)).toMatchObject({ runId: 'run-a' });
    });

    it('gives a reminder to exactly one of many runs claiming it at once', async () => {
      // Prepare
      const reminder = target();
      const now = at('2026-10-15T00:00:00.000Z');

      // Act
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          claims.claim(reminder, { runId: `run-${i}`, now, staleAfterMs: STALE_MS }),
        ),
      );

      // Assess
      expect(outcomes.filter((outcome) => outcome === 'claimed')).toHaveLength(1);
    });

    it('answers sent once the mail went out, however stale the claim', async () => {
      // Prepare
      const reminder = target();
      await claims.claim(reminder, {
        runId: 'run-a',
        now: at('2026-10-15T00:00:00.000Z'),
        staleAfterMs: STALE_MS,
      });
      await claims.markSent(reminder, at('2026-10-15T00:00:01.000Z'));

      // Act
      const later = await claims.claim(reminder, {
        runId: 'run-b',
        now: at('2026-10-16T00:00:00.000Z'),
        staleAfterMs: STALE_MS,
      });

      // Assess
      expect(later).toBe('sent');
    });

    it('claims again a claim without sentAt older than the staleness: a run that died before sending', async () => {
      // Prepare
      const reminder = target();
      await table.client.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { ...claimKey(reminder), claimedAt: '2026-10-15T00:00:00.000Z', runId: 'dead' },
        }),
      );

      // Act
      const early = await claims.claim(reminder, {
        runId: 'run-early',
        now: at('2026-10-15T00:04:59.000Z'),
        staleAfterMs: STALE_MS,
      });
      const late = await claims.claim(reminder, {
        runId: 'run-late',
        now: at('2026-10-15T00:05:00.000Z'),
        staleAfterMs: STALE_MS,
      });

      // Assess
      expect(early).toBe('held');
      expect(late).toBe('claimed');
      expect(await claims.get(reminder)).toMatchObject({
        runId: 'run-late',
        claimedAt: '2026-10-15T00:05:00.000Z',
      });
    });

    it('lets only one of two runs take over the same stale claim', async () => {
      // Prepare
      const reminder = target();
      await table.client.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { ...claimKey(reminder), claimedAt: '2026-10-15T00:00:00.000Z', runId: 'dead' },
        }),
      );
      const now = at('2026-10-16T00:00:00.000Z');

      // Act
      const outcomes = await Promise.all(
        ['run-a', 'run-b', 'run-c'].map((runId) =>
          claims.claim(reminder, { runId, now, staleAfterMs: STALE_MS }),
        ),
      );

      // Assess
      expect(outcomes.filter((outcome) => outcome === 'claimed')).toHaveLength(1);
    });

    it('claims office notices under the district, apart from any request', async () => {
      // Prepare
      const notice = { requestId: null, key: 'annual-report-unpublished#2026' };

      // Act
      const outcome = await claims.claim(notice, {
        runId: 'run-a',
        now: at('2027-01-04T00:00:00.000Z'),
        staleAfterMs: STALE_MS,
      });

      // Assess
      expect(outcome).toBe('claimed');
      expect(claimKey(notice)).toEqual({
        pk: 'TRACKER',
        sk: 'MAIL#annual-report-unpublished#2026',
      });
    });
  });

  describe('Method: markAllSent', () => {
    it('marks many claims sent in batches, so that no run claims them again', async () => {
      // Prepare: 30 claims, more than one batch.
      const now = at('2026-10-15T00:00:00.000Z');
      const reminders = Array.from({ length: 30 }, target);
      for (const reminder of reminders) {
        await claims.claim(reminder, { runId: 'run-a', now, staleAfterMs: STALE_MS });
      }

      // Act
      await claims.markAllSent(reminders, {
        runId: 'run-a',
        claimedAt: now,
        sentAt: at('2026-10-15T00:00:02.000Z'),
      });
      const later = await Promise.all(
        reminders.map((reminder) =>
          claims.claim(reminder, {
            runId: 'run-b',
            now: at('2026-10-16T00:00:00.000Z'),
            staleAfterMs: STALE_MS,
          }),
        ),
      );

      // Assess
      expect(new Set(later)).toEqual(new Set(['sent']));
      expect(await claims.get(reminders[29] ?? target())).toMatchObject({
        runId: 'run-a',
        sentAt: '2026-10-15T00:00:02.000Z',
      });
    });
  });

  describe('Method: release', () => {
    it('frees a claim whose mail failed, so the next run claims it at once', async () => {
      // Prepare
      const reminder = target();
      const now = at('2026-10-15T00:00:00.000Z');
      await claims.claim(reminder, { runId: 'run-a', now, staleAfterMs: STALE_MS });

      // Act
      await claims.release(reminder, 'run-a');
      const next = await claims.claim(reminder, { runId: 'run-b', now, staleAfterMs: STALE_MS });

      // Assess
      expect(next).toBe('claimed');
    });

    it("leaves another run's claim alone", async () => {
      // Prepare
      const reminder = target();
      const now = at('2026-10-15T00:00:00.000Z');
      await claims.claim(reminder, { runId: 'run-a', now, staleAfterMs: STALE_MS });

      // Act
      await claims.release(reminder, 'run-b');

      // Assess
      expect(await claims.get(reminder)).toMatchObject({ runId: 'run-a' });
    });
  });
});
