import { describe, expect, it } from 'vitest';
import {
  closeLapsedReminder,
  computeClock,
  lapseOf,
  NATIONAL_NOTICES,
  reminderKey,
  WorkingCalendar,
} from '../src/index.js';
import { calendar, clockOf, events, receivedInPerson } from './support.js';
import { trackedRequest } from './tracker-support.js';

describe('Function: lapseOf', () => {
  describe('correction (Art. 30: not corrected in time, the request is deemed withdrawn, （六）1)', () => {
    // The applicant must correct by the make-up working day Sat 10/10.
    const asked = [
      receivedInPerson('2026-09-18'),
      { type: 'correctionRequested' as const, on: '2026-09-21', applicantDueOn: '2026-10-10' },
    ];

    it('returns nothing on the last day of the applicant’s period', () => {
      // Act
      const lapse = lapseOf(clockOf(asked, { asOf: '2026-10-10' }), '2026-10-10', calendar);
      // Assess
      expect(lapse).toBeNull();
    });

    it('returns the lapsed correction window the day after, citing Art. 30', () => {
      // Act
      const lapse = lapseOf(clockOf(asked, { asOf: '2026-10-12' }), '2026-10-12', calendar);
      // Assess
      expect(lapse).toEqual({
        reason: 'correction-lapsed',
        windowClosedOn: '2026-10-10',
        article: '《条例》第三十条',
      });
    });

    it('returns nothing once the correction arrived', () => {
      // Act
      const clock = clockOf([...asked, { type: 'correctionReceived', on: '2026-10-09' }], {
        asOf: '2026-10-12',
      });
      // Assess
      expect(lapseOf(clock, '2026-10-12', calendar)).toBeNull();
    });
  });

  describe('fee (国办函〔2020〕109号: unpaid in 20 working days, deemed withdrawn, （六）2)', () => {
    // Noticed Mon 9/21: pay by Mon 10/26, 9/25–27 and 10/1–7 skipped, Sat 10/10 counted.
    const noticed = [
      receivedInPerson('2026-09-18'),
      { type: 'feeNoticed' as const, on: '2026-09-21', yuan: 300, scale: 'item' as const },
    ];

    it('returns nothing on the last day to pay', () => {
      // Act
      const lapse = lapseOf(clockOf(noticed, { asOf: '2026-10-26' }), '2026-10-26', calendar);
      // Assess
      expect(lapse).toBeNull();
    });

    it('returns the lapsed fee window the day after, citing 109号', () => {
      // Act
      const lapse = lapseOf(clockOf(noticed, { asOf: '2026-10-27' }), '2026-10-27', calendar);
      // Assess
      expect(lapse).toEqual({
        reason: 'fee-unpaid',
        windowClosedOn: '2026-10-26',
        article: '《条例》第四十二条；国办函〔2020〕109号',
      });
    });

    it('returns nothing once the fee is paid', () => {
      // Act
      const clock = clockOf([...noticed, { type: 'feePaid', on: '2026-10-26' }], {
        asOf: '2026-10-27',
      });
      // Assess
      expect(lapseOf(clock, '2026-10-27', calendar)).toBeNull();
    });

    it('returns nothing once the deemed withdrawal is recorded, so it happens once', () => {
      // Act
      const clock = clockOf(
        [...noticed, { type: 'deemedWithdrawn', on: '2026-10-27', reason: 'fee-unpaid' }],
        { asOf: '2026-10-28' },
      );
      // Assess
      expect(lapseOf(clock, '2026-10-28', calendar)).toBeNull();
    });

    it('waits for the holiday notice when the window ends in a year without one', () => {
      // Prepare: before the 2026 notice, 20 working days from 12/15 ended Mon 2026-01-12
      // counting Monday to Friday; with the notice (1/1–1/3 rest, Sun 1/4 worked) it is 1/13.
      const before2026Notice = new WorkingCalendar({
        notices: NATIONAL_NOTICES.filter((notice) => notice.year <= 2025),
      });
      const early = [
        receivedInPerson('2025-12-12'),
        { type: 'feeNoticed' as const, on: '2025-12-15', yuan: 100, scale: 'item' as const },
      ];
      // Act
      const provisional = lapseOf(
        computeClock({ calendar: before2026Notice, events: events(...early), asOf: '2026-01-13' }),
        '2026-01-13',
        before2026Notice,
      );
      const settled = lapseOf(clockOf(early, { asOf: '2026-01-14' }), '2026-01-14', calendar);
      // Assess
      expect(provisional).toBeNull();
      expect(settled).toMatchObject({ reason: 'fee-unpaid', windowClosedOn: '2026-01-13' });
    });
  });
});

describe('Function: closeLapsedReminder', () => {
  it('asks staff to record the deemed withdrawal of an unpaid fee, once per lapsed window', () => {
    // Act
    const reminder = closeLapsedReminder({
      request: trackedRequest(),
      lapse: {
        reason: 'fee-unpaid',
        windowClosedOn: '2026-10-26',
        article: '《条例》第四十二条；国办函〔2020〕109号',
      },
      asOf: '2026-10-28',
      calendar,
    });
    // Assess
    expect(reminderKey(reminder)).toBe('close-lapsed#2026-10-26#0');
    expect(reminder).toMatchObject({
      kind: 'close-lapsed',
      workingDaysLeft: -2,
      article: '《条例》第四十二条；国办函〔2020〕109号',
      toOffice: false,
    });
    expect(reminder.text).toBe(
      '申请人未在缴费期限2026-10-26（星期一）前缴纳信息处理费，视为放弃申请：请登记“视为撤回”，按“（六）2”办结',
    );
  });

  it('names the outcome （六）1 for a lapsed correction (Art. 30)', () => {
    // Act
    const reminder = closeLapsedReminder({
      request: trackedRequest(),
      lapse: {
        reason: 'correction-lapsed',
        windowClosedOn: '2026-10-10',
        article: '《条例》第三十条',
      },
      asOf: '2026-10-12',
      calendar,
    });
    // Assess
    expect(reminder.text).toContain('补正期限2026-10-10（星期六）');
    expect(reminder.text).toContain('（六）1');
  });
});
