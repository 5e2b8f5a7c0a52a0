import {
  allowedEventTypes,
  IllegalTransitionError,
  type LifecycleContext,
  WorkingCalendar,
} from '@ogi/domain';
import { LifecycleEvent, type LifecycleEventInput } from '@ogi/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clockOf,
  RequestRepository,
  recordEvent,
  recordNewRequest,
  stateOf,
} from '../src/index.js';
import { clerk, context, freshTable, submission, type TestTable } from './support.js';

let table: TestTable;
let repository: RequestRepository;

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
});

/**
 * The 2026 calendar with Sat 2026-03-07 made a working day, as next year's
 * notice or a district's `extraWorkingDays` edit could: every window that
 * runs over it ends a working day earlier.
 */
const withMakeUpDay: LifecycleContext = {
  calendar: new WorkingCalendar({ extraWorkingDays: [{ on: '2026-03-07', name: '调休上班' }] }),
};

/** Records a request received on Mon 2026-03-02 and then `life`, all under today's calendar. */
async function recorded(life: readonly LifecycleEventInput[]) {
  const created = await recordNewRequest(repository, context, {
    submission: submission(),
    events: [LifecycleEvent.parse({ type: 'received', on: '2026-03-02', channel: 'in-person' })],
    submittedOn: '2026-03-02',
    submittedAt: '2026-03-02T02:00:00.000Z',
  });
  let record = created.record;
  for (const input of life) {
    ({ record } = await recordEvent(repository, context, {
      id: record.id,
      expectedVersion: record.version,
      event: LifecycleEvent.parse(input),
      audit: clerk,
    }));
  }
  return record;
}

describe('Function: recordEvent', () => {
  const acceptedOnTheirLastDay: {
    name: string;
    life: LifecycleEventInput[];
    next: LifecycleEventInput;
    status: string;
  }[] = [
    {
      name: 'a correction notice on its 7th working day (Art. 30)',
      life: [{ type: 'correctionRequested', on: '2026-03-11' }],
      next: { type: 'correctionReceived', on: '2026-03-16' },
      status: 'processing',
    },
    {
      name: 'an extension on the day the original deadline fell (Art. 33 ¶2)',
      life: [{ type: 'extended', on: '2026-03-30', workingDays: 20, approvedBy: '办公室主任' }],
      next: { type: 'decided', on: '2026-04-20', outcome: 'disclosed' },
      status: 'decided',
    },
  ];

  it.each(acceptedOnTheirLastDay.map((row) => [row.name, row] as const))(
    'records the next step after %s once a new working day moves that last day earlier',
    async (_name, { life, next, status }) => {
      // Prepare
      const record = await recorded(life);

      // Act
      const after = await recordEvent(repository, withMakeUpDay, {
        id: record.id,
        expectedVersion: record.version,
        event: LifecycleEvent.parse(next),
        audit: clerk,
      });

      // Assess
      expect(after.record).toMatchObject({ status, version: record.version + 1 });
    },
  );

  it('records a correction notice sent after the 7 working days and flags it on the record (Art. 30)', async () => {
    // Prepare: the 7th working day after 2026-03-02 is 2026-03-11.
    const inTime = await recorded([{ type: 'correctionRequested', on: '2026-03-11' }]);

    // Act
    const late = await recorded([{ type: 'correctionRequested', on: '2026-03-12' }]);
    const found = await repository.get(late.id);

    // Assess
    expect(late).toMatchObject({ status: 'awaiting-correction', correctionNoticeLate: true });
    expect(found?.record.correctionNoticeLate).toBe(true);
    expect(inTime.correctionNoticeLate).toBeUndefined();
  });

  it('still judges the new event against the calendar in force (Art. 33 ¶2)', async () => {
    // Prepare: the original deadline is 2026-03-30 today, 2026-03-27 with the make-up day.
    const record = await recorded([]);

    // Act
    const refused = recordEvent(repository, withMakeUpDay, {
      id: record.id,
      expectedVersion: record.version,
      event: LifecycleEvent.parse({
        type: 'extended',
        on: '2026-03-30',
        workingDays: 20,
        approvedBy: '办公室主任',
      }),
      audit: clerk,
    });

    // Assess
    await expect(refused).rejects.toThrow(IllegalTransitionError);
    await expect(refused).rejects.toMatchObject({ code: 'extension-after-deadline' });
  });
});

describe('Function: stateOf', () => {
  it('gives the case view its state and clock after a calendar change, without judging stored events (Art. 30)', async () => {
    // Prepare
    const record = await recorded([{ type: 'correctionRequested', on: '2026-03-11' }]);
    const found = await repository.get(record.id);
    if (!found) throw new Error('the request was not stored');

    // Act
    const state = stateOf(found);
    const clock = clockOf(found, withMakeUpDay, '2026-03-16');
    const allowed = allowedEventTypes(state, withMakeUpDay, '2026-03-16');

    // Assess
    expect(state.status).toBe('awaiting-correction');
    expect(clock.correction).toMatchObject({ requestedOn: '2026-03-11', noticeLate: true });
    expect(allowed).toContain('correctionReceived');
  });
});
