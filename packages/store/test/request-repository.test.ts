import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { applyEvent, computeClock, foldEvents } from '@ogi/domain';
import { LifecycleEvent } from '@ogi/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  IdempotencyConflictError,
  keys,
  lifecycleEventsOf,
  NotFoundError,
  QUERY_CODE_BITS,
  RequestRepository,
  summaryFromDomain,
  VersionConflictError,
} from '../src/index.js';
import {
  clerk,
  context,
  createInput,
  freshTable,
  inYearIndex,
  organisation,
  submission,
  summaryAfter,
  type TestTable,
} from './support.js';

let table: TestTable;
let repository: RequestRepository;

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
});

/** Creates a request received in person on `on` and returns its id. */
async function received(on: string): Promise<string> {
  const { record } = await repository.create(createInput(on));
  return record.id;
}

/** The event, the summary after it and the version to expect, for a request's next step. */
async function next(id: string, input: unknown) {
  const found = await repository.get(id);
  if (!found) throw new Error(`no request ${id}`);
  const event = LifecycleEvent.parse(input);
  const state = applyEvent(foldEvents(lifecycleEventsOf(found.events), context), event, context);
  const clock = computeClock({ events: state.events, calendar: context.calendar });
  return { event, summary: summaryFromDomain(state, clock), expectedVersion: found.record.version };
}

describe('Class: RequestRepository', () => {
  describe('Method: create', () => {
    it('creates a request that get returns with its initial event and audit fields', async () => {
      // Prepare
      const input = createInput('2026-09-18');

      // Act
      const { record, replayed } = await repository.create(input);
      const found = await repository.get(record.id);

      // Assess
      expect(replayed).toBe(false);
      expect(record).toMatchObject({
        status: 'processing',
        version: 1,
        channel: 'in-person',
        receivedOn: '2026-09-18',
        dueOn: '2026-10-22',
        nextDeadline: { kind: 'correction-notice', on: '2026-09-29' },
        provisional: false,
        applicantColumn: 'naturalPerson',
      });
      expect(record.id).toMatch(/^[0-9a-z]{26}$/);
      expect(found?.record).toEqual(record);
      expect(found?.record.applicant).toEqual(input.submission.applicant);
      expect(found?.events).toEqual([
        {
          kind: 'event',
          seq: 1,
          event: input.initialEvents[0],
          audit: {
            actor: 'applicant',
            role: 'applicant',
            sourceIp: '203.0.113.7',
            recordedAt: expect.any(String),
          },
        },
      ]);
    });

    it('numbers receipts in sequence within the year of submission and anew each year', async () => {
      // Act
      const a = await repository.create(createInput('2027-03-01'));
      const b = await repository.create(createInput('2027-03-02'));
      const c = await repository.create(createInput('2028-01-05'));

      // Assess
      expect([a.record.receiptNo, b.record.receiptNo, c.record.receiptNo]).toEqual([
        '2027-000001',
        '2027-000002',
        '2028-000001',
      ]);
    });

    it('gives 20 concurrent creates 20 distinct receipt numbers in one unbroken run', async () => {
      // Act
      const results = await Promise.all(
        Array.from({ length: 20 }, () => repository.create(createInput('2029-06-01'))),
      );

      // Assess
      const numbers = results.map((result) => result.record.receiptNo).sort();
      expect(numbers).toEqual(
        Array.from({ length: 20 }, (_, i) => `2029-${String(i + 1).padStart(6, '0')}`),
      );
      expect(new Set(results.map((result) => result.record.id)).size).toBe(20);
    });

    it('returns a query code of at least 40 bits that verifies, and refuses a wrong one', async () => {
      // Act
      const { record, queryCode } = await repository.create(createInput('2026-09-21'));

      // Assess
      expect(QUERY_CODE_BITS).toBeGreaterThanOrEqual(40);
      expect(queryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(repository.verifyQueryCode(record, queryCode)).toBe(true);
      expect(repository.verifyQueryCode(record, queryCode.toLowerCase())).toBe(true);
      const wrong = `${queryCode.slice(0, 9)}${queryCode.endsWith('0') ? '1' : '0'}`;
      expect(repository.verifyQueryCode(record, wrong)).toBe(false);
      expect(repository.verifyQueryCode(record, '')).toBe(false);
    });

    it('stores the hash of the query code and never the code itself', async () => {
      // Act
      const { record, queryCode } = await repository.create(createInput('2026-09-21'));
      const meta = await table.client.send(
        new GetCommand({ TableName: table.tableName, Key: keys.request(record.id) }),
      );

      // Assess
      expect(record.queryCodeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(meta.Item)).not.toContain(queryCode);
    });

    it('returns the first result on a retry with the same idempotency key and body', async () => {
      // Prepare
      const input = createInput('2030-02-03', { idempotencyKey: 'form-7f3a' });
      const first = await repository.create(input);

      // Act
      const retry = await repository.create({ ...input, submittedAt: '2030-02-03T02:00:05.000Z' });

      // Assess
      expect(retry).toEqual({
        record: first.record,
        queryCode: first.queryCode,
        replayed: true,
        letters: [],
      });
      const year = [];
      for await (const record of inYearIndex(table, 2030)) year.push(record);
      expect(year.map((record) => record.id)).toEqual([first.record.id]);
      // A replay takes no receipt number: the year's numbers have no gaps.
      const afterwards = await repository.create(createInput('2030-02-04'));
      expect(afterwards.record.receiptNo).toBe('2030-000002');
    });

    it('makes one request when two retries with the same key race', async () => {
      // Prepare
      const input = createInput('2031-02-03', { idempotencyKey: 'form-race' });

      // Act
      const [a, b] = await Promise.all([repository.create(input), repository.create(input)]);

      // Assess
      expect(a.record.id).toBe(b.record.id);
      expect(a.queryCode).toBe(b.queryCode);
      expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    });

    it('makes a new request for a reused key once the idempotency record has expired', async () => {
      // Prepare
      const input = createInput('2026-11-02', { idempotencyKey: 'form-old' });
      const first = await repository.create(input);
      const dayLater = new RequestRepository({
        client: table.client,
        tableName: table.tableName,
        now: () => new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000),
      });

      // Act
      const second = await dayLater.create(input);

      // Assess
      expect(second.replayed).toBe(false);
      expect(second.record.id).not.toBe(first.record.id);
    });

    it('throws RangeError for an id not made by newStoreId', async () => {
      // Act
      const attempt = repository.create({ ...createInput('2026-11-02'), id: 'x#META' });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(RangeError);
    });

    it('throws IdempotencyConflictError for the same key with a different body', async () => {
      // Prepare
      await repository.create(createInput('2026-10-12', { idempotencyKey: 'form-1234' }));
      const other = createInput('2026-10-12', {
        idempotencyKey: 'form-1234',
        body: submission({ applicant: organisation }),
      });

      // Act
      const attempt = repository.create(other);

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(IdempotencyConflictError);
    });

    it('puts an online submission in the open index with no deadline until it is confirmed', async () => {
      // Act
      const { record } = await repository.create(createInput('2026-12-30', { online: true }));

      // Assess
      expect(record).toMatchObject({ status: 'submitted', version: 1, channel: 'online' });
      expect(record.dueOn).toBeUndefined();
      expect(record.receivedOn).toBeUndefined();
    });
  });

  describe('Method: findByReceiptNo', () => {
    it('finds a request by its receipt number and returns null for an unknown one', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2032-05-06'));

      // Act
      const found = await repository.findByReceiptNo(record.receiptNo);
      const missing = await repository.findByReceiptNo('2032-999999');

      // Assess
      expect(found?.record.id).toBe(record.id);
      expect(missing).toBeNull();
    });
  });

  describe('Method: findWithCode', () => {
    it('finds a request by its receipt number and its own query code only', async () => {
      // Prepare
      const { record, queryCode } = await repository.create(createInput('2032-05-07'));

      // Act
      const found = await repository.findWithCode(record.receiptNo, queryCode.toLowerCase());
      const wrongCode = await repository.findWithCode(record.receiptNo, 'ABCDEFGHJK');

      // Assess
      expect(found?.record.id).toBe(record.id);
      expect(wrongCode).toBeNull();
    });

    it('does the same work for an unknown receipt number as for a known one with a wrong code', async () => {
      // Prepare: the lookup's timing must not tell which receipt numbers exist.
      const { record } = await repository.create(createInput('2032-05-08'));
      const commandsFor = async (receiptNo: string) => {
        table.commands.length = 0;
        const found = await repository.findWithCode(receiptNo, 'ABCDEFGHJK');
        return { found, commands: [...table.commands] };
      };

      // Act
      const known = await commandsFor(record.receiptNo);
      const unknown = await commandsFor('2032-999999');

      // Assess: one read of the receipt each, and no read of the request behind it.
      expect(known).toEqual({ found: null, commands: ['GetItemCommand'] });
      expect(unknown).toEqual({ found: null, commands: ['GetItemCommand'] });
    });
  });

  describe('Method: get', () => {
    it('returns null for an unknown id', async () => {
      // Act
      const found = await repository.get('0000000000000000000000000z');

      // Assess
      expect(found).toBeNull();
    });
  });

  describe('Method: appendEvent', () => {
    it('appends an event at the right version, grows the log and updates the record', async () => {
      // Prepare
      const id = await received('2026-09-18');
      const step = await next(id, {
        type: 'extended',
        on: '2026-10-20',
        workingDays: 20,
        approvedBy: '王主任',
      });

      // Act
      const { record, entry } = await repository.appendEvent({ id, ...step, audit: clerk });
      const found = await repository.get(id);

      // Assess
      expect(entry).toMatchObject({ kind: 'event', seq: 2, event: step.event });
      expect(record).toMatchObject({ version: 2, status: 'processing', dueOn: '2026-11-19' });
      expect(found?.events.map((stored) => stored.seq)).toEqual([1, 2]);
      expect(found?.events[1]?.audit).toEqual({ ...clerk, recordedAt: expect.any(String) });
    });

    it('throws VersionConflictError for a stale version and writes nothing', async () => {
      // Prepare
      const id = await received('2026-09-18');
      const step = await next(id, {
        type: 'consultationStarted',
        on: '2026-09-22',
        party: 'third-party',
      });
      await repository.appendEvent({ id, ...step, audit: clerk });

      // Act
      const stale = repository.appendEvent({ id, ...step, audit: clerk });

      // Assess
      await expect(stale).rejects.toMatchObject({
        name: 'VersionConflictError',
        expectedVersion: 1,
        actualVersion: 2,
      });
      expect((await repository.get(id))?.events).toHaveLength(2);
    });

    it('lets exactly one of two concurrent writers at one version win, 20 times over', async () => {
      for (let run = 0; run < 20; run += 1) {
        // Prepare
        const id = await received('2026-09-18');
        const decide = await next(id, { type: 'decided', on: '2026-09-25', outcome: 'disclosed' });
        const extend = await next(id, {
          type: 'extended',
          on: '2026-09-25',
          workingDays: 10,
          approvedBy: '王主任',
        });

        // Act
        const results = await Promise.allSettled([
          repository.appendEvent({ id, ...decide, audit: clerk }),
          repository.appendEvent({ id, ...extend, audit: { ...clerk, actor: 'staff-002' } }),
        ]);

        // Assess
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.flatMap((result) =>
          result.status === 'rejected' ? [result.reason] : [],
        );
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]).toBeInstanceOf(VersionConflictError);
        const found = await repository.get(id);
        expect(found?.events).toHaveLength(2);
        expect(found?.record.version).toBe(2);
      }
    });

    it('throws NotFoundError for an unknown request', async () => {
      // Prepare
      const step = {
        event: LifecycleEvent.parse({ type: 'withdrawn', on: '2026-09-25' }),
        summary: summaryAfter([]),
      };

      // Act
      const attempt = repository.appendEvent({
        id: 'nosuchrequest000000000000z',
        expectedVersion: 1,
        ...step,
        audit: clerk,
      });

      // Assess
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('Method: assign', () => {
    it('records the assignment in the log and on the record, versioned', async () => {
      // Prepare
      const id = await received('2026-09-18');

      // Act
      const { record, entry } = await repository.assign({
        id,
        expectedVersion: 1,
        assignee: 'staff-042',
        audit: clerk,
      });
      const stale = repository.assign({
        id,
        expectedVersion: 1,
        assignee: 'staff-043',
        audit: clerk,
      });

      // Assess
      expect(record).toMatchObject({ assignee: 'staff-042', version: 2 });
      expect(entry).toMatchObject({ kind: 'assignment', seq: 2, assignee: 'staff-042' });
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      const found = await repository.get(id);
      expect(lifecycleEventsOf(found?.events ?? [])).toHaveLength(1);
    });

    it('clears an assignment with null', async () => {
      // Prepare
      const id = await received('2026-09-18');
      await repository.assign({ id, expectedVersion: 1, assignee: 'staff-042', audit: clerk });

      // Act
      const { record } = await repository.assign({
        id,
        expectedVersion: 2,
        assignee: null,
        audit: clerk,
      });

      // Assess
      expect(record.assignee).toBeUndefined();
      expect(record.version).toBe(3);
    });
  });
});
