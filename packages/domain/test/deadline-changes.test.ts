import { describe, expect, it } from 'vitest';
import { computeClock, deadlineChanges, NATIONAL_NOTICES, WorkingCalendar } from '../src/index.js';
import { events } from './support.js';

describe('Function: deadlineChanges (RULES: when the calendar changes, a moved deadline says so)', () => {
  // Prepare: the calendar as it stood before the 2026 notice was published (2025-11-04).
  const before2026Notice = new WorkingCalendar({
    notices: NATIONAL_NOTICES.filter((notice) => notice.year <= 2025),
  });
  const withNotice = new WorkingCalendar();
  const request = events(
    { type: 'received', on: '2025-12-15', channel: 'post' },
    { type: 'feeNoticed', on: '2025-12-16', yuan: 100, scale: 'item' },
    { type: 'feePaid', on: '2025-12-17' },
  );

  it('reports the answer deadline that moved when the 2026 notice made 1/1–1/3 rest days and 1/4 a working day', () => {
    // Act
    const before = computeClock({ calendar: before2026Notice, events: request });
    const after = computeClock({ calendar: withNotice, events: request });
    const changes = deadlineChanges(before, after);
    // Assess: Mon–Fri counting gave 2026-01-13; the notice moves it to 2026-01-14
    // (1/1 and 1/2 off, Sunday 1/4 worked).
    expect(before).toMatchObject({ provisional: true, dueOn: '2026-01-13' });
    expect(after).toMatchObject({ provisional: false, dueOn: '2026-01-14' });
    expect(changes.find((change) => change.deadline === 'answer')).toMatchObject({
      from: '2026-01-13',
      to: '2026-01-14',
      wasProvisional: true,
      isProvisional: false,
    });
    expect(changes.find((change) => change.deadline === 'answer')?.text).toContain(
      '由2026-01-13调整为2026-01-14',
    );
  });

  it('returns nothing when the calendar change does not touch the request', () => {
    // Prepare
    const early = events({ type: 'received', on: '2025-09-01', channel: 'post' });
    // Act
    const changes = deadlineChanges(
      computeClock({ calendar: before2026Notice, events: early }),
      computeClock({ calendar: withNotice, events: early }),
    );
    // Assess
    expect(changes).toEqual([]);
  });
});
