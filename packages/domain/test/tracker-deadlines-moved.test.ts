import { describe, expect, it } from 'vitest';
import {
  computeClock,
  deadlineChanges,
  deadlinesMovedReminder,
  NATIONAL_NOTICES,
  reminderKey,
  WorkingCalendar,
} from '../src/index.js';
import { events, receivedInPerson } from './support.js';
import { trackedRequest } from './tracker-support.js';

describe('Function: deadlinesMovedReminder (RULES: a request whose deadline moved says so)', () => {
  // Prepare: the calendar before and after the 2026 notice (1/1–1/3 rest, Sun 1/4 worked).
  const before2026Notice = new WorkingCalendar({
    notices: NATIONAL_NOTICES.filter((notice) => notice.year <= 2025),
  });
  const withNotice = new WorkingCalendar();
  const changesOf = (inputs: Parameters<typeof events>) => {
    const stored = events(...inputs);
    return deadlineChanges(
      computeClock({ calendar: before2026Notice, events: stored, asOf: '2025-12-17' }),
      computeClock({ calendar: withNotice, events: stored, asOf: '2025-12-17' }),
    );
  };

  it('tells of the answer deadline the 2026 notice moved, citing the notice', () => {
    // Prepare: received 12/15: Monday to Friday gave 2026-01-12, the notice gives 1/13.
    const changes = changesOf([receivedInPerson('2025-12-15')]);
    // Act
    const reminder = deadlinesMovedReminder({
      request: trackedRequest(),
      changes,
      asOf: '2025-12-17',
      calendar: withNotice,
    });
    // Assess
    expect(reminder && reminderKey(reminder)).toBe('deadlines-moved#2026-01-13#2025-12-17');
    expect(reminder).toMatchObject({
      kind: 'deadlines-moved',
      provisional: false,
      article: '国务院办公厅关于2026年部分节假日安排的通知',
      text: '节假日安排更新：答复期限由2026-01-12调整为2026-01-13',
    });
  });

  it('lists every moved deadline in one reminder about the earliest', () => {
    // Prepare: a fee noticed 12/16 and unpaid: the payment and answer deadlines move; the
    // correction-notice deadline (12/24) is only confirmed, so the mail leaves it out.
    const changes = changesOf([
      receivedInPerson('2025-12-15'),
      { type: 'feeNoticed', on: '2025-12-16', yuan: 100, scale: 'item' },
    ]);
    // Act
    const reminder = deadlinesMovedReminder({
      request: trackedRequest(),
      changes,
      asOf: '2025-12-17',
      calendar: withNotice,
    });
    // Assess
    expect(reminder?.deadline).toBe('2026-01-14');
    expect(reminder?.text).toBe(
      '节假日安排更新：缴费期限由2026-01-13调整为2026-01-14；答复期限由2026-02-09调整为2026-02-10',
    );
  });

  it('returns null when the change only confirmed the deadlines', () => {
    // Prepare: received 11/3, every deadline in 2025: the 2026 notice settles nothing new.
    const changes = changesOf([receivedInPerson('2025-11-03')]);
    // Act
    const reminder = deadlinesMovedReminder({
      request: trackedRequest(),
      changes: [
        ...changes,
        {
          deadline: 'answer',
          from: '2025-12-01',
          to: '2025-12-01',
          wasProvisional: true,
          isProvisional: false,
          text: '节假日安排更新：答复期限2025-12-01不变，已按正式安排确认。',
        },
      ],
      asOf: '2025-12-17',
      calendar: withNotice,
    });
    // Assess
    expect(reminder).toBeNull();
  });
});
