import { applyEvent, computeClock, foldEvents } from '@ogi/domain';
import { LifecycleEvent, type LifecycleEventInput } from '@ogi/schema';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidCursorError,
  lifecycleEventsOf,
  type RequestRecord,
  RequestRepository,
  summaryFromDomain,
} from '../src/index.js';
import { clerk, context, createInput, freshTable, inYearIndex, type TestTable } from './support.js';

let table: TestTable;
let repository: RequestRepository;
/** Requests received on these days: answer due 20 working days later, correction notice 7. */
const ids: Record<string, string> = {};

async function append(id: string, input: LifecycleEventInput): Promise<RequestRecord> {
  const found = await repository.get(id);
  if (!found) throw new Error(`no request ${id}`);
  const event = LifecycleEvent.parse(input);
  const state = applyEvent(foldEvents(lifecycleEventsOf(found.events), context), event, context);
  const summary = summaryFromDomain(
    state,
    computeClock({ events: state.events, calendar: context.calendar }),
  );
  const { record } = await repository.appendEvent({
    id,
    expectedVersion: found.record.version,
    event,
    summary,
    audit: clerk,
  });
  return record;
}

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
  // Prepare: four requests received in 2026, one online request not yet confirmed.
  for (const on of ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']) {
    ids[on] = (await repository.create(createInput(on))).record.id;
  }
  ids.online = (await repository.create(createInput('2026-03-20', { online: true }))).record.id;
  const byStaff7 = ids['2026-03-09'];
  const byStaff7Later = ids['2026-03-23'];
  if (!byStaff7 || !byStaff7Later) throw new Error('fixture missing');
  await repository.assign({
    id: byStaff7,
    expectedVersion: 1,
    assignee: 'staff-007',
    audit: clerk,
  });
  await repository.assign({
    id: byStaff7Later,
    expectedVersion: 1,
    assignee: 'staff-007',
    audit: clerk,
  });
});

beforeEach(() => {
  table.commands.length = 0;
});

const idsOf = (items: readonly RequestRecord[]) => items.map((item) => item.id);

describe('Class: RequestRepository', () => {
  describe('Method: list', () => {
    it('lists open requests whose next deadline is on or before a day, earliest first, by Query', async () => {
      // Act
      const page = await repository.list({ dueBefore: '2026-03-18' });

      // Assess
      expect(page.items.map((item) => item.nextDeadline?.on)).toEqual(['2026-03-11', '2026-03-18']);
      expect(idsOf(page.items)).toEqual([ids['2026-03-02'], ids['2026-03-09']]);
      expect(page.cursor).toBeUndefined();
      expect(table.commands).toEqual(['QueryCommand']);
    });

    it('lists every open request by next deadline when given nothing, unconfirmed ones last', async () => {
      // Act
      const page = await repository.list();

      // Assess
      expect(idsOf(page.items)).toEqual([
        ids['2026-03-02'],
        ids['2026-03-09'],
        ids['2026-03-16'],
        ids['2026-03-23'],
        ids.online,
      ]);
      expect(table.commands).toEqual(['QueryCommand']);
    });

    it('lists requests by status in receipt-number order', async () => {
      // Act
      const processing = await repository.list({ status: 'processing' });
      const submitted = await repository.list({ status: 'submitted' });

      // Assess
      expect(processing.items.map((item) => item.receiptNo)).toEqual([
        '2026-000001',
        '2026-000002',
        '2026-000003',
        '2026-000004',
      ]);
      expect(idsOf(submitted.items)).toEqual([ids.online]);
      expect(table.commands).toEqual(['QueryCommand', 'QueryCommand']);
    });

    it('lists only requests received with received: true, by next deadline, in one Query', async () => {
      // Act
      const page = await repository.list({ received: true });

      // Assess
      expect(idsOf(page.items)).toEqual([
        ids['2026-03-02'],
        ids['2026-03-09'],
        ids['2026-03-16'],
        ids['2026-03-23'],
      ]);
      expect(table.commands).toEqual(['QueryCommand']);
    });

    it('lists only submissions awaiting receipt with received: false, and nothing it contradicts', async () => {
      // Act
      const awaiting = await repository.list({ received: false });
      const assigned = await repository.list({ received: false, assignee: 'staff-007' });
      const processing = await repository.list({ received: false, status: 'processing' });
      const submitted = await repository.list({ received: true, status: 'submitted' });

      // Assess
      expect(idsOf(awaiting.items)).toEqual([ids.online]);
      expect(assigned.items).toEqual([]);
      expect(processing.items).toEqual([]);
      expect(submitted.items).toEqual([]);
      expect(table.commands.every((name) => name === 'QueryCommand')).toBe(true);
    });

    it('lists the open requests assigned to one staff member, bounded by dueBefore', async () => {
      // Act
      const all = await repository.list({ assignee: 'staff-007' });
      const soon = await repository.list({ assignee: 'staff-007', dueBefore: '2026-03-20' });
      const nobody = await repository.list({ assignee: 'staff-999' });

      // Assess
      expect(idsOf(all.items)).toEqual([ids['2026-03-09'], ids['2026-03-23']]);
      expect(idsOf(soon.items)).toEqual([ids['2026-03-09']]);
      expect(nobody.items).toEqual([]);
      expect(table.commands).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand']);
    });

    it('pages with a cursor until the last page', async () => {
      // Act
      const first = await repository.list({ limit: 2 });
      const second = await repository.list({ limit: 2, cursor: first.cursor });
      const third = await repository.list({ limit: 2, cursor: second.cursor });

      // Assess
      expect(first.cursor).toBeDefined();
      expect([...idsOf(first.items), ...idsOf(second.items), ...idsOf(third.items)]).toEqual([
        ids['2026-03-02'],
        ids['2026-03-09'],
        ids['2026-03-16'],
        ids['2026-03-23'],
        ids.online,
      ]);
      expect(third.cursor).toBeUndefined();
    });

    it('throws InvalidCursorError for a forged cursor or one from another query', async () => {
      // Prepare
      const { cursor } = await repository.list({ limit: 1 });
      const forged = Buffer.from(JSON.stringify({ i: 'open', k: { pk: 'IDEM#x' } })).toString(
        'base64url',
      );

      // Act
      const attempts = [
        repository.list({ cursor: 'not-a-cursor' }),
        repository.list({ cursor: forged }),
        repository.list({ status: 'processing', cursor }),
      ];

      // Assess
      for (const attempt of attempts)
        await expect(attempt).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('throws RangeError for a limit above 100', async () => {
      // Act
      const attempt = repository.list({ limit: 101 });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(RangeError);
    });

    it('removes a closed request from the open and assignee indexes but keeps it by status', async () => {
      // Prepare
      const { record: created } = await repository.create(createInput('2026-03-04'));
      await repository.assign({
        id: created.id,
        expectedVersion: 1,
        assignee: 'staff-031',
        audit: clerk,
      });
      const before = await repository.list({ dueBefore: '2026-12-31' });

      // Act
      const closed = await append(created.id, {
        type: 'decided',
        on: '2026-03-10',
        outcome: 'disclosed',
      });
      const after = await repository.list({ dueBefore: '2026-12-31' });
      const assigned = await repository.list({ assignee: 'staff-031' });
      const decided = await repository.list({ status: 'decided' });

      // Assess
      expect(closed).toMatchObject({
        status: 'decided',
        outcome: 'disclosed',
        closedOn: '2026-03-10',
      });
      expect(closed.nextDeadline).toBeUndefined();
      expect(idsOf(before.items)).toContain(created.id);
      expect(idsOf(after.items)).not.toContain(created.id);
      expect(assigned.items).toEqual([]);
      expect(idsOf(decided.items)).toEqual([created.id]);
    });
  });

  describe('Index: byYear', () => {
    it('yields one year\u2019s requests by receipt number across pages, by Query only', async () => {
      // Prepare
      const { record: other } = await repository.create(createInput('2025-12-01'));

      // Act
      const years: Record<string, string[]> = { 2025: [], 2026: [] };
      for await (const record of inYearIndex(table, 2026, 2)) years[2026]?.push(record.receiptNo);
      for await (const record of inYearIndex(table, '2025')) years[2025]?.push(record.id);

      // Assess
      expect(years[2026]).toEqual([
        '2026-000001',
        '2026-000002',
        '2026-000003',
        '2026-000004',
        '2026-000005',
        '2026-000006',
      ]);
      expect(years[2025]).toEqual([other.id]);
      // Writes (the counter read once, then one transaction per request) and Queries: never a Scan.
      expect(new Set(table.commands)).toEqual(
        new Set(['QueryCommand', 'GetItemCommand', 'TransactWriteItemsCommand']),
      );
    });

    it('counts an online request in the year it was received, not submitted', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2033-12-31', { online: true }));
      const before: string[] = [];
      for await (const found of inYearIndex(table, 2033)) before.push(found.id);

      // Act
      await append(record.id, {
        type: 'received',
        on: '2034-01-04',
        channel: 'online',
        confirmedBy: 'phone',
      });
      const in2033: string[] = [];
      const in2034: string[] = [];
      for await (const found of inYearIndex(table, 2033)) in2033.push(found.id);
      for await (const found of inYearIndex(table, 2034)) in2034.push(found.receiptNo);

      // Assess
      expect(before).toEqual([record.id]);
      expect(in2033).toEqual([]);
      expect(in2034).toEqual(['2033-000001']);
    });
  });
});
