import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type LifecycleContext, WorkingCalendar } from '@ogi/domain';
import { LifecycleEvent } from '@ogi/schema';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  keys,
  type RequestRecord,
  RequestRepository,
  recomputeDeadlines,
  recordEvent,
  recordNewRequest,
  TrackerStore,
  VersionConflictError,
} from '../src/index.js';
import { context, createInput, freshTable, submission, type TestTable } from './support.js';

const SYSTEM = { actor: 'system:deadline-tracker', role: 'system' } as const;

let table: TestTable;
let repository: RequestRepository;
let tracker: TrackerStore;

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
  tracker = new TrackerStore({ client: table.client, tableName: table.tableName, pageSize: 2 });
});

beforeEach(() => {
  table.commands.length = 0;
});

async function collect(records: AsyncGenerator<RequestRecord>): Promise<RequestRecord[]> {
  const all: RequestRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe('Class: TrackerStore', () => {
  describe('Method: dueRecords', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      // Prepare: received 2026-09-18 (correction notice due 09-29), 10-09 (10-20), 10-30 (11-10);
      // online submissions of 10-12 and 10-20 awaiting confirmation (Art. 31(3)).
      for (const on of ['2026-09-18', '2026-10-09', '2026-10-30']) {
        ids[on] = (await repository.create(createInput(on))).record.id;
      }
      for (const on of ['2026-10-12', '2026-10-20']) {
        ids[`online ${on}`] = (
          await repository.create(createInput(on, { online: true }))
        ).record.id;
      }
    });

    it('reads the open requests due by the horizon and the submissions awaiting confirmation, by Query only', async () => {
      // Act
      const due = await collect(
        tracker.dueRecords({ horizon: '2026-10-20', submittedBy: '2026-10-15' }),
      );

      // Assess
      expect(due.map((record) => record.id)).toEqual([
        ids['2026-09-18'],
        ids['2026-10-09'],
        ids['online 2026-10-12'],
      ]);
      expect(new Set(table.commands)).toEqual(new Set(['QueryCommand']));
    });

    it('pages through each range and counts the index items it read', async () => {
      // Prepare
      const counting = new TrackerStore({
        client: table.client,
        tableName: table.tableName,
        pageSize: 1,
      });

      // Act
      const due = await collect(
        counting.dueRecords({ horizon: '2026-12-31', submittedBy: '2026-12-31' }),
      );

      // Assess
      expect(due).toHaveLength(5);
      expect(counting.reads.indexItems).toBe(5);
      expect(table.commands.every((name) => name === 'QueryCommand')).toBe(true);
    });

    it('keeps submissions awaiting confirmation last in the staff queue, oldest first', async () => {
      // Act
      const page = await repository.list();

      // Assess
      expect(page.items.map((item) => item.id).slice(-2)).toEqual([
        ids['online 2026-10-12'],
        ids['online 2026-10-20'],
      ]);
      expect(page.items.at(-1)?.nextDeadline).toBeUndefined();
    });
  });

  describe('Method: moveDeadlines (through recomputeDeadlines)', () => {
    // One more local rest day, 2026-10-12, moves the answer due 2026-10-22 to 10-23.
    const moved: LifecycleContext = {
      calendar: new WorkingCalendar({ extraHolidays: [{ on: '2026-10-12', name: '测试假日' }] }),
    };

    it('records the calendar version a request was computed with, on creation and on each step', async () => {
      // Prepare
      const { record } = await recordNewRequest(repository, context, {
        submission: submission(),
        events: [
          LifecycleEvent.parse({ type: 'received', on: '2026-09-18', channel: 'in-person' }),
        ],
        submittedOn: '2026-09-18',
        submittedAt: '2026-09-18T02:00:00.000Z',
        audit: SYSTEM,
      });

      // Act
      const stepped = await recordEvent(repository, moved, {
        id: record.id,
        expectedVersion: 1,
        event: LifecycleEvent.parse({
          type: 'consultationStarted',
          on: '2026-09-21',
          party: 'third-party',
        }),
        audit: SYSTEM,
      });

      // Assess
      expect(record.calendarVersion).toBe(context.calendar.version);
      expect(stepped.record.calendarVersion).toBe(moved.calendar.version);
      expect(moved.calendar.version).not.toBe(context.calendar.version);
    });

    it('moves the stored answer deadline and its index key, and writes the move into the history (RULES.md: calendar changes)', async () => {
      // Prepare
      const { record } = await recordNewRequest(repository, context, {
        submission: submission(),
        events: [
          LifecycleEvent.parse({ type: 'received', on: '2026-09-18', channel: 'in-person' }),
        ],
        submittedOn: '2026-09-18',
        submittedAt: '2026-09-18T02:00:00.000Z',
      });
      const file = await tracker.caseFile(record.id);
      if (!file) throw new Error('no case file');

      // Act
      const result = await recomputeDeadlines(tracker, moved, file, SYSTEM);
      const stored = await table.client.send(
        new GetCommand({ TableName: table.tableName, Key: keys.request(record.id) }),
      );
      const found = await repository.get(record.id);

      // Assess
      expect(record.dueOn).toBe('2026-10-22');
      expect(result.changes.map((change) => [change.deadline, change.from, change.to])).toEqual([
        ['answer', '2026-10-22', '2026-10-23'],
      ]);
      expect(result.record).toMatchObject({
        dueOn: '2026-10-23',
        version: 2,
        calendarVersion: moved.calendar.version,
      });
      expect(stored.Item).toMatchObject({
        dueOn: '2026-10-23',
        version: 2,
        calendarVersion: moved.calendar.version,
        openSk: `2026-09-29#${record.id}`,
        deadlinesMoved: {
          calendarVersion: moved.calendar.version,
          changes: [{ deadline: 'answer', from: '2026-10-22', to: '2026-10-23' }],
        },
      });
      expect(found?.events.at(-1)).toMatchObject({
        kind: 'deadline-moved',
        seq: 2,
        calendarVersion: moved.calendar.version,
        change: { deadline: 'answer', from: '2026-10-22', to: '2026-10-23' },
        audit: SYSTEM,
      });
    });

    it('only stamps the version when no stored deadline moved', async () => {
      // Prepare: a request whose deadlines lie before the extra rest day.
      const { record } = await repository.create(createInput('2026-08-03'));
      const file = await tracker.caseFile(record.id);
      if (!file) throw new Error('no case file');

      // Act
      const result = await recomputeDeadlines(
        tracker,
        { calendar: new WorkingCalendar({ extraHolidays: [{ on: '2026-12-14', name: '测试' }] }) },
        file,
        SYSTEM,
      );

      // Assess
      expect(result.changes).toEqual([]);
      expect(result.record.version).toBe(1);
      expect(result.record.dueOn).toBe(record.dueOn);
    });

    it('refuses with VersionConflictError when the request changed since it was read', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2026-09-18'));
      const file = await tracker.caseFile(record.id);
      if (!file) throw new Error('no case file');
      await recomputeDeadlines(tracker, moved, file, SYSTEM);

      // Act
      const again = recomputeDeadlines(tracker, moved, file, SYSTEM);

      // Assess
      await expect(again).rejects.toBeInstanceOf(VersionConflictError);
    });
  });

  describe('Method: advanceNextDeadline', () => {
    it('moves a request whose stored next deadline passed out of the earlier ranges, without a new version', async () => {
      // Prepare: received 2026-09-18, the correction-notice window closed 09-29 unused.
      const { record } = await repository.create(createInput('2026-09-18'));

      // Act
      const written = await tracker.advanceNextDeadline(record, {
        kind: 'answer',
        on: '2026-10-22',
      });
      const stale = await tracker.advanceNextDeadline(record, { kind: 'answer', on: '2026-10-23' });
      const stored = await table.client.send(
        new GetCommand({ TableName: table.tableName, Key: keys.request(record.id) }),
      );

      // Assess
      expect(record.nextDeadline).toEqual({ kind: 'correction-notice', on: '2026-09-29' });
      expect(written).toBe(true);
      expect(stale).toBe(true);
      expect(stored.Item).toMatchObject({
        version: 1,
        nextDeadline: { kind: 'answer', on: '2026-10-23' },
        openSk: `2026-10-23#${record.id}`,
      });
    });

    it('writes nothing when the request changed since it was read', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2026-09-18'));
      await repository.assign({
        id: record.id,
        expectedVersion: 1,
        assignee: 'staff-001',
        audit: SYSTEM,
      });

      // Act
      const written = await tracker.advanceNextDeadline(record, {
        kind: 'answer',
        on: '2026-10-22',
      });

      // Assess
      expect(written).toBe(false);
    });
  });

  describe('Method: recomputedCalendarVersion', () => {
    it('returns null before the first recomputation and the version stored after it', async () => {
      // Prepare
      const fresh = await freshTable();
      const store = new TrackerStore({ client: fresh.client, tableName: fresh.tableName });
      const before = await store.recomputedCalendarVersion();

      // Act
      await store.setRecomputedCalendarVersion('v1');

      // Assess
      expect(before).toBeNull();
      expect(await store.recomputedCalendarVersion()).toBe('v1');
    });
  });

  describe('Method: caseFile', () => {
    it('returns the record, its log and its reminder claims from one partition', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2026-09-18'));
      await table.client.send(
        new PutCommand({
          TableName: table.tableName,
          Item: {
            ...keys.reminderClaim(record.id, 'answer#2026-10-22#5#abc'),
            claimedAt: '2026-10-15T00:00:00.000Z',
            runId: 'run-1',
          },
        }),
      );
      table.commands.length = 0;

      // Act
      const file = await tracker.caseFile(record.id);

      // Assess
      expect(file?.record.id).toBe(record.id);
      expect(file?.events).toHaveLength(1);
      expect([...(file?.claims.keys() ?? [])]).toEqual(['answer#2026-10-22#5#abc']);
      expect(table.commands).toEqual(['QueryCommand']);
    });
  });
});
