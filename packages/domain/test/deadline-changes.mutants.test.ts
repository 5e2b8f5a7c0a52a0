import { describe, expect, it } from 'vitest';
import { computeClock, deadlineChanges, NATIONAL_NOTICES, WorkingCalendar } from '../src/index.js';
import { events } from './support.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down.

describe('Function: deadlineChanges, for every kind of deadline (RULES: a moved deadline says so)', () => {
  // Prepare: the calendar before and after the 2026 notice (2025-11-04) was loaded.
  const before2026Notice = new WorkingCalendar({
    notices: NATIONAL_NOTICES.filter((notice) => notice.year <= 2025),
  });
  const withNotice = new WorkingCalendar();

  it('reports each deadline the notice moved, and confirms the one it left in place now that it is firm', () => {
    // Prepare: the notice moves every deadline that reaches past 1 January 2026,
    // but not the correction notice's 2025-12-31.
    const request = events(
      { type: 'received', on: '2025-12-22', channel: 'post' },
      { type: 'feeNoticed', on: '2025-12-23', yuan: 100, scale: 'item' },
      { type: 'consultationStarted', on: '2025-12-23', party: 'agency' },
      { type: 'correctionRequested', on: '2025-12-24' },
    );
    // Act
    const changes = deadlineChanges(
      computeClock({ calendar: before2026Notice, events: request }),
      computeClock({ calendar: withNotice, events: request }),
    );
    // Assess: the answer period waits for the correction, so it has no date on either side.
    expect(changes).toEqual([
      {
        deadline: 'correction-notice',
        from: '2025-12-31',
        to: '2025-12-31',
        wasProvisional: true,
        isProvisional: false,
        text: '节假日安排更新：告知补正期限2025-12-31不变，已按正式安排确认。',
      },
      {
        deadline: 'applicant-correction',
        from: '2026-01-14',
        to: '2026-01-15',
        wasProvisional: true,
        isProvisional: false,
        text: '节假日安排更新：申请人补正期限由2026-01-14调整为2026-01-15。',
      },
      {
        deadline: 'fee-payment',
        from: '2026-01-20',
        to: '2026-01-21',
        wasProvisional: true,
        isProvisional: false,
        text: '节假日安排更新：缴费期限由2026-01-20调整为2026-01-21。',
      },
      {
        deadline: 'consultation-reply',
        from: '2026-01-13',
        to: '2026-01-14',
        wasProvisional: true,
        isProvisional: false,
        text: '节假日安排更新：征求意见答复期限由2026-01-13调整为2026-01-14。',
      },
    ]);
  });

  it('says a moved deadline is still provisional when the new calendar does not cover it either', () => {
    // Prepare: a district rest day on 2025-12-22, added while 2026 has no notice yet.
    const only2025 = NATIONAL_NOTICES.filter((notice) => notice.year === 2025);
    const request = events({ type: 'received', on: '2025-12-15', channel: 'post' });
    // Act
    const changes = deadlineChanges(
      computeClock({ calendar: new WorkingCalendar({ notices: only2025 }), events: request }),
      computeClock({
        calendar: new WorkingCalendar({
          notices: only2025,
          extraHolidays: [{ on: '2025-12-22', name: '区庆' }],
        }),
        events: request,
      }),
    );
    // Assess
    expect(changes.find((change) => change.deadline === 'answer')).toEqual({
      deadline: 'answer',
      from: '2026-01-12',
      to: '2026-01-13',
      wasProvisional: true,
      isProvisional: true,
      text: '节假日安排更新：答复期限由2026-01-12调整为2026-01-13（仍为暂定）。',
    });
  });

  it('writes 无 for a deadline that has no date on one side', () => {
    // Prepare: the same request before and after its correction arrived (Art. 30).
    const pending = events(
      { type: 'received', on: '2026-09-18', channel: 'post' },
      { type: 'correctionRequested', on: '2026-09-22' },
    );
    const arrived = [...pending, ...events({ type: 'correctionReceived', on: '2026-09-30' })];
    const awaiting = computeClock({ calendar: withNotice, events: pending });
    const restarted = computeClock({ calendar: withNotice, events: arrived });
    // Act
    const forwards = deadlineChanges(awaiting, restarted);
    const backwards = deadlineChanges(restarted, awaiting);
    // Assess
    expect(forwards.map((change) => change.text)).toEqual([
      '节假日安排更新：答复期限由无调整为2026-11-03。',
    ]);
    expect(backwards.map((change) => change.text)).toEqual([
      '节假日安排更新：答复期限由2026-11-03调整为无。',
    ]);
  });
});
