import { describe, expect, it } from 'vitest';
import {
  NATIONAL_NOTICES,
  reminderKey,
  tightestThresholdReached,
  WorkingCalendar,
} from '../src/index.js';
import { calendar, receivedInPerson } from './support.js';
import { owedOn, sweepDays, workingDaysBetween } from './tracker-support.js';

const kinds = (reminders: { kind: string }[]) => reminders.map((reminder) => reminder.kind);

describe('Function: remindersFor', () => {
  describe('confirm-receipt (Art. 31(3): an online or fax request is received when both sides confirm)', () => {
    const submitted = [
      { type: 'submitted' as const, on: '2026-09-30', channel: 'online' as const },
    ];
    const request = {
      status: 'submitted' as const,
      channel: 'online' as const,
      submittedOn: '2026-09-30',
    };

    it('owes nothing on the day of submission or over the National Day holiday', () => {
      // Act
      const owed = ['2026-09-30', '2026-10-01', '2026-10-07'].map((day) =>
        owedOn(day, submitted, { request }),
      );
      // Assess
      expect(owed).toEqual([[], [], []]);
    });

    it('reminds one working day after submission, the first working day after the holiday', () => {
      // Act
      const [reminder] = owedOn('2026-10-08', submitted, { request });
      // Assess
      expect(reminder).toMatchObject({
        kind: 'confirm-receipt',
        deadline: '2026-10-08',
        threshold: 0,
        workingDaysLeft: 0,
        article: '《条例》第三十一条第三项',
        toOffice: false,
        provisional: false,
      });
      expect(reminder?.text).toContain('网上提交的申请尚未确认收到');
      expect(reminder?.text).toContain('双方确认之日');
    });

    it('keeps owing the same reminder until receipt is confirmed, so a missed morning catches up', () => {
      // Act
      const later = owedOn('2026-10-10', submitted, { request });
      const confirmed = owedOn(
        '2026-10-10',
        [
          ...submitted,
          { type: 'received', on: '2026-10-09', channel: 'online', confirmedBy: 'sms' },
        ],
        { request: { ...request, status: 'processing' } },
      );
      // Assess: Saturday 10/10 is a make-up working day: two working days past.
      expect(later.map(reminderKey)).toEqual(['confirm-receipt#2026-10-08#0']);
      expect(later[0]?.workingDaysLeft).toBe(-2);
      expect(kinds(confirmed)).not.toContain('confirm-receipt');
    });

    it('names a fax submission as such', () => {
      // Act
      const [reminder] = owedOn(
        '2026-10-08',
        [{ type: 'submitted', on: '2026-09-30', channel: 'fax' }],
        { request: { ...request, channel: 'fax' } },
      );
      // Assess
      expect(reminder?.text).toContain('传真提交的申请');
    });

    it('owes nothing for a submission by e-mail, received the day it arrives (207号)', () => {
      // Act
      const owed = owedOn(
        '2026-10-08',
        [{ type: 'submitted', on: '2026-09-30', channel: 'email' }],
        {
          request: { ...request, channel: 'email' },
        },
      );
      // Assess
      expect(owed).toEqual([]);
    });
  });

  describe('correction-notice (Art. 30: ask once, within 7 working days of receipt)', () => {
    // Received Mon 9/28: day 7 is Tue 10/13, counting Sat 10/10 and skipping 10/1–7.
    const received = [receivedInPerson('2026-09-28')];

    it.each([
      ['2026-10-09', []],
      ['2026-10-10', ['correction-notice']],
      ['2026-10-12', ['correction-notice']],
      ['2026-10-13', ['correction-notice']],
      ['2026-10-14', []],
    ])(
      'on %s owes %j: the window closes within 2 working days, its last day included',
      (asOf, expected) => {
        // Act
        const owed = owedOn(asOf, received).filter((reminder) => reminder.kind !== 'answer');
        // Assess
        expect(kinds(owed)).toEqual(expected);
      },
    );

    it('reminds on the make-up Saturday with two working days left, citing Art. 30', () => {
      // Act
      const [reminder] = owedOn('2026-10-10', received);
      // Assess
      expect(reminder).toMatchObject({
        deadline: '2026-10-13',
        workingDaysLeft: 2,
        article: '《条例》第三十条',
      });
      expect(reminder?.text).toContain('7个工作日内一次性告知');
    });

    it('owes nothing once a correction was asked for or the request was decided', () => {
      // Act
      const asked = owedOn('2026-10-12', [
        ...received,
        { type: 'correctionRequested', on: '2026-10-09' },
      ]);
      const decided = owedOn('2026-10-12', [
        ...received,
        { type: 'decided', on: '2026-10-09', outcome: 'disclosed' },
      ]);
      // Assess
      expect(kinds(asked)).not.toContain('correction-notice');
      expect(decided).toEqual([]);
    });
  });

  describe('answer (Art. 33 ¶2: 20 working days; thresholds from email.remindWorkingDaysBefore)', () => {
    // Received Sat 1/26 → due Sat 2/28, a make-up working day after the Spring Festival (2/15–2/23).
    const received = [receivedInPerson('2026-01-26')];

    it.each([
      ['2026-02-13', 6, undefined],
      ['2026-02-14', 5, 5],
      ['2026-02-24', 4, 5],
      ['2026-02-25', 3, 5],
      ['2026-02-26', 2, 2],
      ['2026-02-27', 1, 2],
      ['2026-02-28', 0, 0],
    ])('on %s, %i working days left, owes the threshold %s', (asOf, left, threshold) => {
      // Act
      const owed = owedOn(asOf, received).filter((reminder) => reminder.kind === 'answer');
      // Assess
      expect(owed.map((reminder) => [reminder.workingDaysLeft, reminder.threshold])).toEqual(
        threshold === undefined ? [] : [[left, threshold]],
      );
    });

    it('says what is due and cites Art. 33 ¶2', () => {
      // Act
      const [reminder] = owedOn('2026-02-26', received);
      // Assess
      expect(reminder).toMatchObject({
        kind: 'answer',
        deadline: '2026-02-28',
        text: '答复期限',
        article: '《条例》第三十三条第二款',
        provisional: false,
        toOffice: false,
        assignee: '李四',
        maskedName: '张*',
        receiptNo: 'DC-2026-0001',
      });
    });

    it('sends each threshold once over a month of daily sweeps across the Spring Festival', () => {
      // Prepare
      const days = workingDaysBetween(calendar, '2026-02-05', '2026-03-04');
      // Act
      const sent = sweepDays(days, received);
      // Assess: Sat 2/14 and Sat 2/28 are make-up working days; 2/15–2/23 rest.
      expect(sent).toEqual([
        ['2026-02-14', 'answer#2026-02-28#5'],
        ['2026-02-26', 'answer#2026-02-28#2'],
        ['2026-02-28', 'answer#2026-02-28#0'],
        ['2026-03-02', 'overdue#2026-02-28#2026-03-02'],
        ['2026-03-03', 'overdue#2026-02-28#2026-03-03'],
        ['2026-03-04', 'overdue#2026-02-28#2026-03-04'],
      ]);
    });

    it('catches up a missed threshold on the next sweep with one reminder, the tightest reached', () => {
      // Prepare: no sweep ran on the make-up Saturday 2/14, nor from 2/24 to 2/26.
      const days = ['2026-02-13', '2026-02-27', '2026-02-28'];
      // Act
      const sent = sweepDays(days, received);
      // Assess: on 2/27 the request is inside both 5 and 2: only 2 is sent.
      expect(sent).toEqual([
        ['2026-02-27', 'answer#2026-02-28#2'],
        ['2026-02-28', 'answer#2026-02-28#0'],
      ]);
    });

    it('reminds a request registered inside a threshold on its first sweep', () => {
      // Act: first run of the tracker on 2/25, three working days before the deadline.
      const sent = sweepDays(['2026-02-25'], received);
      // Assess
      expect(sent).toEqual([['2026-02-25', 'answer#2026-02-28#5']]);
    });

    it("follows the district's own thresholds", () => {
      // Act
      const sent = sweepDays(workingDaysBetween(calendar, '2026-02-05', '2026-02-28'), received, {
        thresholds: [10, 3],
      });
      // Assess: 10 working days before Sat 2/28 is Mon 2/9, counting Sat 2/14.
      expect(sent).toEqual([
        ['2026-02-09', 'answer#2026-02-28#10'],
        ['2026-02-25', 'answer#2026-02-28#3'],
      ]);
    });

    it('starts the thresholds afresh for the deadline an extension moves (Art. 33 ¶2)', () => {
      // Prepare
      const extended = [
        ...received,
        { type: 'extended' as const, on: '2026-02-27', workingDays: 5, approvedBy: '王五' },
      ];
      // Act
      const sent = sweepDays(workingDaysBetween(calendar, '2026-02-24', '2026-03-09'), extended);
      const [reminder] = owedOn('2026-03-09', extended);
      // Assess: 2/28 + 5 working days = Fri 3/6, with 5 of them left on the make-up Saturday 2/28.
      // Recorded on 2/27, the extension leaves 6 working days that day: no reminder at once.
      expect(sent).toEqual([
        ['2026-02-24', 'answer#2026-02-28#5'],
        ['2026-02-26', 'answer#2026-02-28#2'],
        ['2026-02-28', 'answer#2026-03-06#5'],
        ['2026-03-04', 'answer#2026-03-06#2'],
        ['2026-03-06', 'answer#2026-03-06#0'],
        ['2026-03-09', 'overdue#2026-03-06#2026-03-09'],
      ]);
      expect(reminder?.text).toContain('已延长5个工作日');
    });

    it('reminds of a deadline the agency set under Art. 35, citing it', () => {
      // Act
      const [reminder] = owedOn('2026-03-13', [
        ...received,
        { type: 'deadlineSet', on: '2026-02-10', dueOn: '2026-03-16', reason: '申请数量巨大' },
      ]);
      // Assess
      expect(reminder).toMatchObject({
        kind: 'answer',
        deadline: '2026-03-16',
        threshold: 2,
        workingDaysLeft: 1,
        article: '《条例》第三十五条',
      });
      expect(reminder?.text).toContain('第三十五条');
    });

    it('owes no answer reminder while a correction is awaited: the period restarts on its arrival (Art. 30)', () => {
      // Act
      const owed = owedOn('2026-02-26', [
        ...received,
        { type: 'correctionRequested', on: '2026-01-28' },
      ]);
      // Assess
      expect(owed).toEqual([]);
    });

    it('owes no answer reminder while a consultation pauses the clock (Art. 33 ¶3)', () => {
      // Act
      const owed = owedOn('2026-02-26', [
        ...received,
        { type: 'consultationStarted', on: '2026-02-12', party: 'third-party' },
      ]);
      // Assess
      expect(owed).toEqual([]);
    });

    it('counts the days left without the time a consultation paused the clock', () => {
      // Prepare: paused from Thu 2/12 to Tue 2/24: 2/13, Sat 2/14 and 2/24 not counted, so the
      // deadline moves three working days, from Sat 2/28 to Wed 3/4.
      const consulted = [
        ...received,
        { type: 'consultationStarted' as const, on: '2026-02-12', party: 'agency' as const },
        { type: 'consultationEnded' as const, on: '2026-02-24', reply: 'agreed' as const },
      ];
      // Act
      const [reminder] = owedOn('2026-03-02', consulted);
      // Assess
      expect(reminder).toMatchObject({
        kind: 'answer',
        deadline: '2026-03-04',
        threshold: 2,
        workingDaysLeft: 2,
      });
    });

    it('says in its text that a deadline reaching into a year without a holiday notice is provisional', () => {
      // Prepare: the calendar before the 2026 notice (published 2025-11-04).
      const before2026Notice = new WorkingCalendar({
        notices: NATIONAL_NOTICES.filter((notice) => notice.year <= 2025),
      });
      // Act: received 12/15, due Mon 2026-01-12 counting Monday to Friday (1/1 and 1/2 included).
      const [reminder] = owedOn('2026-01-06', [receivedInPerson('2025-12-15')], {
        calendar: before2026Notice,
      });
      // Assess
      expect(reminder).toMatchObject({
        kind: 'answer',
        deadline: '2026-01-12',
        threshold: 5,
        workingDaysLeft: 4,
        provisional: true,
      });
      expect(reminder?.text).toBe('答复期限（暂定：2026年节假日安排尚未公布，公布后重新计算）');
    });
  });

  describe('consultation-over (Art. 32 third parties, Art. 34 other agencies: 15 working days to reply)', () => {
    // Consulted on Fri 9/25, a rest day (中秋节): the 15 working days end on Thu 10/22,
    // counting Sat 10/10 and skipping 10/1–7.
    const consulted = (party: 'third-party' | 'agency') => [
      receivedInPerson('2026-09-18'),
      { type: 'consultationStarted' as const, on: '2026-09-25', party },
    ];

    it('owes nothing while the consulted party may still reply', () => {
      // Act
      const owed = owedOn('2026-10-22', consulted('third-party'));
      // Assess
      expect(owed).toEqual([]);
    });

    it('asks staff to decide once a third party let its 15 working days pass (Art. 32)', () => {
      // Act
      const owed = owedOn('2026-10-23', consulted('third-party'));
      // Assess
      expect(owed.find((reminder) => reminder.kind === 'consultation-over')).toMatchObject({
        deadline: '2026-10-22',
        threshold: 0,
        workingDaysLeft: -1,
        article: '《条例》第三十二条',
      });
      expect(owed[0]?.text).toContain('请依法决定是否公开');
    });

    it('tells staff that an agency silent for 15 working days consents (Art. 34)', () => {
      // Act
      const owed = owedOn('2026-10-23', consulted('agency'));
      // Assess
      const reminder = owed.find((candidate) => candidate.kind === 'consultation-over');
      expect(reminder?.article).toBe('《条例》第三十四条');
      expect(reminder?.text).toContain('视为同意公开');
    });

    it('gives consultations whose windows end the same day one reminder naming both articles', () => {
      // Act
      const owed = owedOn('2026-10-23', [
        ...consulted('third-party'),
        { type: 'consultationStarted', on: '2026-09-25', party: 'agency' },
      ]);
      // Assess
      const over = owed.filter((reminder) => reminder.kind === 'consultation-over');
      expect(over).toHaveLength(1);
      expect(over[0]?.article).toBe('《条例》第三十二条、第三十四条');
      expect(over[0]?.text).toContain('征求第三方意见');
      expect(over[0]?.text).toContain('征求其他机关意见');
    });

    it('owes nothing once the reply is recorded', () => {
      // Act
      const owed = owedOn('2026-10-26', [
        ...consulted('agency'),
        { type: 'consultationEnded', on: '2026-10-20', reply: 'agreed' },
      ]);
      // Assess
      expect(kinds(owed)).not.toContain('consultation-over');
    });
  });

  describe('fee-unpaid (国办函〔2020〕109号: pay within 20 working days of the notice)', () => {
    // Noticed Mon 9/21: the 20th working day is Mon 10/26 (9/25–27 and 10/1–7 rest, Sat 10/10 worked).
    const noticed = [
      receivedInPerson('2026-09-18'),
      { type: 'feeNoticed' as const, on: '2026-09-21', yuan: 300, scale: 'item' as const },
    ];

    it.each([
      ['2026-10-20', []],
      ['2026-10-21', ['fee-unpaid']],
      ['2026-10-26', ['fee-unpaid']],
    ])('on %s owes %j: 3 working days or fewer left to pay', (asOf, expected) => {
      // Act
      const owed = owedOn(asOf, noticed);
      // Assess
      expect(kinds(owed)).toEqual(expected);
    });

    it('cites 109号 and keys the reminder by the payment deadline', () => {
      // Act
      const [reminder] = owedOn('2026-10-21', noticed);
      // Assess
      expect(reminder && reminderKey(reminder)).toBe('fee-unpaid#2026-10-26#0');
      expect(reminder).toMatchObject({
        workingDaysLeft: 3,
        article: '《条例》第四十二条；国办函〔2020〕109号',
      });
      expect(reminder?.text).toContain('视为放弃申请');
    });

    it('owes nothing once the fee is paid', () => {
      // Act
      const owed = owedOn('2026-10-22', [...noticed, { type: 'feePaid', on: '2026-10-21' }]);
      // Assess
      expect(kinds(owed)).not.toContain('fee-unpaid');
    });

    it('owes nothing, not even overdue, once the window lapsed: the sweep closes the request', () => {
      // Act
      const owed = owedOn('2026-12-01', noticed);
      // Assess
      expect(owed).toEqual([]);
    });
  });

  describe('overdue (Art. 33 ¶2: the deadline passed with no answer)', () => {
    const received = [receivedInPerson('2026-09-18')];

    it('reminds the office too, once a day, keyed by the sweep day', () => {
      // Act
      const first = owedOn('2026-10-23', received);
      const next = owedOn('2026-10-26', received);
      // Assess
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({
        kind: 'overdue',
        deadline: '2026-10-22',
        threshold: '2026-10-23',
        workingDaysLeft: -1,
        toOffice: true,
        article: '《条例》第三十三条第二款',
      });
      expect(first[0]?.text).toBe('答复期限已过，尚未答复');
      expect(next.map(reminderKey)).toEqual(['overdue#2026-10-22#2026-10-26']);
    });

    it('owes nothing once the request is decided', () => {
      // Act
      const owed = owedOn('2026-10-26', [
        ...received,
        { type: 'decided', on: '2026-10-26', outcome: 'disclosed' },
      ]);
      // Assess
      expect(owed).toEqual([]);
    });
  });
});

describe('Function: tightestThresholdReached', () => {
  it.each([
    [6, undefined],
    [5, 5],
    [3, 5],
    [2, 2],
    [1, 2],
    [0, 0],
  ])('with %i working days left and thresholds 5, 2, 0 returns %s', (left, expected) => {
    // Act
    const threshold = tightestThresholdReached([5, 2, 0], left);
    // Assess
    expect(threshold).toBe(expected);
  });

  it('does not depend on the order the district lists its thresholds in', () => {
    // Act
    const threshold = tightestThresholdReached([0, 5, 2], 1);
    // Assess
    expect(threshold).toBe(2);
  });
});
