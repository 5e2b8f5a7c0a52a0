import { LifecycleEvent, type LifecycleEventInput } from '@ogi/schema';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type RequestRecord,
  RequestRepository,
  recordEvent,
  recordNewRequest,
} from '../src/index.js';
import { clerk, context, freshTable, submission, type TestTable } from './support.js';

let table: TestTable;
let repository: RequestRepository;
const records: Record<string, RequestRecord> = {};

/** A request whose life starts with `first` and goes on with `rest`, through the workflow. */
async function build(first: LifecycleEventInput, ...rest: LifecycleEventInput[]) {
  const [event, ...more] = [first, ...rest].map((input) => LifecycleEvent.parse(input));
  if (!event) throw new Error('a request needs events');
  let { record } = await recordNewRequest(repository, context, {
    submission: submission(event.type === 'submitted' ? { channel: 'online' } : {}),
    events: [event],
    submittedOn: event.on,
    submittedAt: `${event.on}T02:00:00.000Z`,
  });
  for (const next of more) {
    ({ record } = await recordEvent(repository, context, {
      id: record.id,
      expectedVersion: record.version,
      event: next,
      audit: clerk,
    }));
  }
  return record;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
  // Prepare: received Monday 2 March 2026, due on its 20th working day, 30 March.
  records.running = await build({ type: 'received', on: '2026-03-02', channel: 'in-person' });
  // Extended on 27 March by 20 working days (Art. 33 ¶2): due on 28 April.
  records.extended = await build(
    { type: 'received', on: '2026-03-02', channel: 'in-person' },
    { type: 'extended', on: '2026-03-27', workingDays: 20, approvedBy: '办公室主任' },
  );
  records.awaitingReceipt = await build({ type: 'submitted', on: '2026-03-20', channel: 'online' });
  records.decided = await build(
    { type: 'received', on: '2026-03-03', channel: 'in-person' },
    { type: 'decided', on: '2026-03-10', outcome: 'disclosed' },
  );
});

beforeEach(() => {
  table.commands.length = 0;
});

describe('Class: RequestRepository', () => {
  describe('Method: openRequests', () => {
    it('yields every open request without personal data, page by page, by Query only', async () => {
      // Act
      const open = await collect(repository.openRequests(1));

      // Assess
      const byId = new Map(open.map((request) => [request.id, request]));
      expect(open).toHaveLength(3);
      expect(byId.get(records.running?.id ?? '')).toEqual({
        id: records.running?.id,
        receiptNo: records.running?.receiptNo,
        status: 'processing',
        receivedOn: '2026-03-02',
        dueOn: '2026-03-30',
        extendedOn: null,
        provisional: false,
        assignee: null,
      });
      expect(byId.get(records.extended?.id ?? '')).toMatchObject({
        dueOn: '2026-04-28',
        extendedOn: '2026-03-27',
      });
      expect(byId.get(records.awaitingReceipt?.id ?? '')).toMatchObject({
        status: 'submitted',
        receivedOn: null,
        dueOn: null,
      });
      expect(byId.has(records.decided?.id ?? '')).toBe(false);
      expect(JSON.stringify(open)).not.toContain('applicant');
      expect(table.commands.length).toBeGreaterThan(3);
      expect(new Set(table.commands)).toEqual(new Set(['QueryCommand']));
    });
  });
});
