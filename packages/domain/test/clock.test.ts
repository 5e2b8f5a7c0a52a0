import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeClock, fromDayNumber, toDayNumber } from '../src/index.js';
import { calendar, clockOf, events, receivedInPerson } from './support.js';

describe('Function: computeClock', () => {
  describe('receipt date (Art. 31; 国办公开办函〔2015〕207号)', () => {
    it.each([
      ['in-person', undefined, '第三十一条第一项'],
      ['post', undefined, '签收之日'],
      ['letter', undefined, '确认之日'],
      ['online', 'system', '双方确认之日'],
      ['fax', 'phone', '双方确认之日'],
      ['email', undefined, '207号'],
    ] as const)(
      'starts the clock on the receipt day of a %s request and says why',
      (channel, confirmedBy, basis) => {
        // Act
        const clock = clockOf([
          { type: 'received', on: '2026-09-18', channel, ...(confirmedBy ? { confirmedBy } : {}) },
        ]);
        // Assess
        expect(clock.receipt?.on).toBe('2026-09-18');
        expect(clock.receipt?.basis).toContain(basis);
        expect(clock.dueOn).toBe('2026-10-22');
      },
    );

    it('does not start the clock for an online submission until both sides confirm it (Art. 31(3))', () => {
      // Act
      const submitted = clockOf([{ type: 'submitted', on: '2026-09-16' }]);
      const confirmed = clockOf([
        { type: 'submitted', on: '2026-09-16' },
        { type: 'received', on: '2026-09-18', channel: 'online', confirmedBy: 'sms' },
      ]);
      // Assess
      expect(submitted).toMatchObject({ phase: 'awaiting-receipt', dueOn: null, receipt: null });
      expect(submitted.explanation[0]?.text).toContain('双方确认之日');
      expect(confirmed.dueOn).toBe('2026-10-22');
      expect(confirmed.receipt?.basis).toContain('短信');
    });
  });

  describe('answer period (Art. 33 ¶2: 20 working days)', () => {
    it.each([
      ['2025-03-10', '2025-04-08'],
      ['2025-03-11', '2025-04-09'],
      ['2025-03-12', '2025-04-10'],
      ['2025-03-13', '2025-04-11'],
      ['2025-03-14', '2025-04-14'],
      ['2025-03-15', '2025-04-14'],
      ['2025-03-16', '2025-04-14'],
      ['2025-09-30', '2025-11-04'],
      ['2025-01-27', '2025-03-03'],
      ['2024-12-31', '2025-02-05'],
    ])('answers a request received on %s by %s', (receivedOn, dueOn) => {
      // Act
      const clock = clockOf([receivedInPerson(receivedOn)]);
      // Assess
      expect(clock.dueOn).toBe(dueOn);
      expect(clock.periodWorkingDays).toBe(20);
    });

    it('explains the RULES.md check value: counts Sun 9/20 and Sat 10/10, skips 9/25–27 and 10/1–7', () => {
      // Act
      const clock = clockOf([receivedInPerson('2026-09-18')]);
      const days = clock.explanation.filter((line) => line.counted !== undefined);
      // Assess
      expect(days.map((line) => [line.kind, line.from, line.to, line.counted])).toEqual([
        ['make-up-workday', '2026-09-20', '2026-09-20', true],
        ['holiday', '2026-09-25', '2026-09-27', false],
        ['holiday', '2026-10-01', '2026-10-07', false],
        ['make-up-workday', '2026-10-10', '2026-10-10', true],
        ['weekends', '2026-09-18', '2026-10-22', false],
      ]);
      expect(days[1]?.text).toContain('中秋节');
      expect(days[2]?.text).toContain('国庆节');
      expect(days[4]?.text).toContain('4个');
    });

    it('reports days used and left, and overdue once the deadline has passed', () => {
      // Act
      const midway = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-10-12' });
      const onTheDay = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-10-22' });
      const late = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-10-26' });
      // Assess
      expect(midway).toMatchObject({ workingDaysUsed: 12, workingDaysLeft: 8, overdue: false });
      expect(onTheDay).toMatchObject({ workingDaysUsed: 20, workingDaysLeft: 0, overdue: false });
      expect(late).toMatchObject({ workingDaysLeft: -2, overdue: true, phase: 'running' });
    });

    it('records a decision after the deadline as late', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'decided', on: '2026-10-23', outcome: 'disclosed' },
      ]);
      // Assess
      expect(clock).toMatchObject({ phase: 'decided', overdue: false, workingDaysLeft: null });
      expect(clock.decision).toEqual({ on: '2026-10-23', outcome: 'disclosed', late: true });
    });

    it('judges days left against asOf, defaulting to the last event day', () => {
      // Act
      const byLastEvent = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'agency' },
        { type: 'consultationEnded', on: '2026-09-22', party: 'agency' },
      ]);
      // Assess: Sun 9/20 (make-up day) and 9/21 counted, 9/22 paused: two days used, 18 left.
      expect(byLastEvent).toMatchObject({
        asOf: '2026-09-22',
        workingDaysUsed: 2,
        workingDaysLeft: 18,
        dueOn: '2026-10-23',
      });
    });
  });

  describe('extension (Art. 33 ¶2: once, at most 20 working days, approved by the head of the office)', () => {
    it('adds the approved working days to the original deadline', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'extended', on: '2026-10-20', workingDays: 20, approvedBy: '王主任' },
      ]);
      // Assess
      expect(clock.originalDueOn).toBe('2026-10-22');
      expect(clock.dueOn).toBe('2026-11-19');
      expect(clock.periodWorkingDays).toBe(40);
      expect(
        clock.explanation.some((line) => line.kind === 'extension' && line.text.includes('王主任')),
      ).toBe(true);
    });
  });

  describe('correction (Art. 30)', () => {
    it('sets the correction-notice deadline 7 working days after receipt', () => {
      // Act
      const clock = clockOf([receivedInPerson('2026-09-18')]);
      // Assess
      expect(clock.correctionNoticeDueOn).toBe('2026-09-29');
      expect(clock.nextDeadline).toEqual({ kind: 'correction-notice', on: '2026-09-29' });
    });

    it('stops the answer period while a correction is awaited, with the district default of 15 working days', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
        { asOf: '2026-09-30' },
      );
      // Assess
      expect(clock).toMatchObject({ phase: 'awaiting-correction', dueOn: null, startedOn: null });
      expect(clock.correction).toMatchObject({
        applicantDueOn: '2026-10-20',
        lapsed: false,
        noticeLate: false,
      });
      expect(clock.nextDeadline).toEqual({ kind: 'applicant-correction', on: '2026-10-20' });
    });

    it('uses the applicant deadline the notice states, or the district setting', () => {
      // Act
      const stated = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22', applicantDueOn: '2026-10-09' },
      ]);
      const setting = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
        { settings: { correctionPeriodWorkingDays: 10 } },
      );
      // Assess
      expect(stated.correction?.applicantDueOn).toBe('2026-10-09');
      expect(setting.correction?.applicantDueOn).toBe('2026-10-13');
    });

    it('restarts the 20 working days from the day the correction arrives (new day 0)', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22' },
        { type: 'correctionReceived', on: '2026-09-30' },
      ]);
      // Assess
      expect(clock.startedOn).toBe('2026-09-30');
      expect(clock.dueOn).toBe('2026-11-03');
      expect(clock.phase).toBe('running');
    });

    it('marks a correction lapsed once the applicant deadline has passed (outcome （六）1)', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
        { asOf: '2026-10-21' },
      );
      // Assess
      expect(clock.correction?.lapsed).toBe(true);
      expect(clock.explanation.some((line) => line.text.includes('（六）1'))).toBe(true);
    });

    it('flags a correction notice sent after the 7 working days and says it breaks Art. 30', () => {
      // Act
      const late = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-30' },
      ]);
      const inTime = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-29' },
      ]);
      const lineOf = (clock: typeof late) =>
        clock.explanation.find((line) => line.kind === 'correction' && line.from)?.text;
      // Assess
      expect(late.correction?.noticeLate).toBe(true);
      expect(lineOf(late)).toContain('2026-09-29（周二）');
      expect(lineOf(late)).toContain('违反《条例》第三十条');
      expect(inTime.correction?.noticeLate).toBe(false);
      expect(lineOf(inTime)).not.toContain('违反');
    });
  });

  describe('consultation (Art. 32, 34; Art. 33 ¶3: consultation time does not count)', () => {
    it('does not count the working days after the consultation starts up to and including the day it ends', () => {
      // Prepare: 9/18 + 20 = 10/22; a consultation 9/21 → 9/24 takes 3 working days out.
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'third-party' },
        { type: 'consultationEnded', on: '2026-09-24', party: 'third-party' },
      ]);
      // Assess
      expect(clock.dueOn).toBe('2026-10-27');
      expect(clock.pauses).toEqual([
        {
          kind: 'consultation',
          from: '2026-09-21',
          to: '2026-09-24',
          open: false,
          workingDaysExcluded: 3,
        },
      ]);
    });

    it('excludes no holiday twice when a pause spans the National Day holiday', () => {
      // Prepare: 9/24 → 10/9 holds 9/28, 9/29, 9/30, 10/8, 10/9: five working days.
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-24', party: 'agency' },
        { type: 'consultationEnded', on: '2026-10-09', party: 'agency' },
      ]);
      // Assess
      expect(clock.pauses[0]?.workingDaysExcluded).toBe(5);
      expect(clock.dueOn).toBe(calendar.addWorkingDays('2026-10-22', 5).date);
      expect(clock.dueOn).toBe('2026-10-29');
    });

    it('keeps an open consultation paused until the 15-working-day reply period runs out (Art. 32)', () => {
      // Act
      const open = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'consultationStarted', on: '2026-10-12', party: 'third-party' },
        ],
        { asOf: '2026-10-20' },
      );
      const silent = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'consultationStarted', on: '2026-10-12', party: 'third-party' },
        ],
        { asOf: '2026-11-03' },
      );
      // Assess: 12 days were used by 10/12; the rest run from 11/02, the reply deadline.
      expect(open).toMatchObject({
        phase: 'paused',
        paused: true,
        overdue: false,
        workingDaysLeft: 8,
      });
      expect(open.consultations[0]?.replyDueOn).toBe('2026-11-02');
      expect(open.dueOn).toBe('2026-11-12');
      expect(open.nextDeadline).toEqual({ kind: 'consultation-reply', on: '2026-11-02' });
      expect(silent).toMatchObject({ phase: 'running', paused: false, dueOn: '2026-11-12' });
      expect(silent.consultations[0]?.replyPeriodOver).toBe(true);
    });

    it('counts the days after the reply period when the consultation is recorded as ended late', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-10-12', party: 'third-party' },
        { type: 'consultationEnded', on: '2026-11-10', party: 'third-party' },
      ]);
      // Assess
      expect(clock.pauses[0]?.to).toBe('2026-11-02');
      expect(clock.dueOn).toBe('2026-11-12');
    });

    it('joins overlapping consultations so no day is excluded twice', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'third-party', ref: 'A' },
        { type: 'consultationStarted', on: '2026-09-22', party: 'agency', ref: 'B' },
        { type: 'consultationEnded', on: '2026-09-23', ref: 'A' },
        { type: 'consultationEnded', on: '2026-09-24', ref: 'B' },
      ]);
      // Assess: the union 9/21 → 9/24 excludes 3 working days, as one consultation would.
      expect(clock.dueOn).toBe('2026-10-27');
    });

    it('stops the clock at a consultation that starts on the due day: the answer is due the day it ends (Art. 33 ¶3)', () => {
      // Prepare: received in person 2025-03-07, due 2025-04-07; consulted 04-07 → 04-15.
      const life = [
        receivedInPerson('2025-03-07'),
        { type: 'consultationStarted', on: '2025-04-07', party: 'third-party' },
        { type: 'consultationEnded', on: '2025-04-15', party: 'third-party' },
      ] as const;
      // Act
      const clock = clockOf([...life]);
      const answered = clockOf([
        ...life,
        { type: 'decided', on: '2025-04-15', outcome: 'disclosed' },
      ]);
      // Assess: no working day was left at the pause, so the deadline is the day it ends.
      expect(clockOf([receivedInPerson('2025-03-07')]).dueOn).toBe('2025-04-07');
      expect(clock.dueOn).toBe('2025-04-15');
      expect(clock.overdue).toBe(false);
      expect(answered.decision).toEqual({ on: '2025-04-15', outcome: 'disclosed', late: false });
    });

    it('ignores a pause that starts on the rest day after the due day (Art. 33 ¶3)', () => {
      // Prepare: received 2025-03-06, due Thu 2025-04-03; Fri 04-04 is the Qingming holiday.
      // Act
      const clock = clockOf([
        receivedInPerson('2025-03-06'),
        { type: 'consultationStarted', on: '2025-04-04', party: 'agency' },
        { type: 'consultationEnded', on: '2025-04-10', party: 'agency' },
      ]);
      // Assess
      expect(clock.dueOn).toBe('2025-04-03');
    });

    it('ignores a pause that starts after the deadline has already passed', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-10-26', party: 'third-party' },
        { type: 'consultationEnded', on: '2026-10-30', party: 'third-party' },
      ]);
      // Assess
      expect(clock.dueOn).toBe('2026-10-22');
    });
  });

  describe('fees (Art. 42; 国办函〔2020〕109号)', () => {
    const noticed = { type: 'feeNoticed', on: '2026-09-21', yuan: 3000, scale: 'item' } as const;

    it('gives the applicant 20 working days to pay and pauses the clock until payment by default', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        noticed,
        { type: 'feePaid', on: '2026-09-24' },
      ]);
      // Assess
      expect(clock.fee).toMatchObject({
        payByOn: '2026-10-26',
        paidOn: '2026-09-24',
        pausesClock: true,
      });
      expect(clock.dueOn).toBe('2026-10-27');
    });

    it('stops the clock at a fee notice sent on the due day: the answer is due the day it is paid (109号)', () => {
      // Prepare: received in person 2025-03-07, due 2025-04-07.
      const life = [
        receivedInPerson('2025-03-07'),
        { type: 'feeNoticed', on: '2025-04-07', yuan: 300, scale: 'page' },
        { type: 'feePaid', on: '2025-04-10' },
      ] as const;
      // Act
      const clock = clockOf([...life]);
      const answered = clockOf([
        ...life,
        { type: 'decided', on: '2025-04-10', outcome: 'disclosed' },
      ]);
      // Assess
      expect(clock.dueOn).toBe('2025-04-10');
      expect(answered.decision?.late).toBe(false);
    });

    it('keeps the clock running through the fee period when the district says so', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), noticed, { type: 'feePaid', on: '2026-09-24' }],
        {
          settings: { feePausesClock: false },
        },
      );
      // Assess
      expect(clock.dueOn).toBe('2026-10-22');
      expect(clock.pauses).toEqual([]);
    });

    it('marks an unpaid fee lapsed after the payment period (outcome （六）2)', () => {
      // Act
      const pending = clockOf([receivedInPerson('2026-09-18'), noticed], { asOf: '2026-10-26' });
      const lapsed = clockOf([receivedInPerson('2026-09-18'), noticed], { asOf: '2026-10-27' });
      // Assess
      expect(pending).toMatchObject({ phase: 'paused', fee: { lapsed: false } });
      expect(pending.nextDeadline).toEqual({ kind: 'fee-payment', on: '2026-10-26' });
      expect(lapsed.fee?.lapsed).toBe(true);
      expect(lapsed.explanation.some((line) => line.text.includes('（六）2'))).toBe(true);
    });

    it.each([
      ['pauses', true],
      ['does not pause', false],
    ])(
      'shows a lapsed fee window, not an overdue answer, when the fee %s the clock (109号: deemed withdrawn)',
      (_pauses, feePausesClock) => {
        // Act: payable by 2026-10-26; the answer deadline has passed by 2026-11-20 either way.
        const clock = clockOf([receivedInPerson('2026-09-18'), noticed], {
          asOf: '2026-11-20',
          settings: { feePausesClock },
        });
        // Assess
        expect(clock).toMatchObject({
          phase: 'fee-lapsed',
          overdue: false,
          paused: false,
          workingDaysLeft: null,
          fee: { lapsed: true, payByOn: '2026-10-26' },
        });
        expect(clock.nextDeadline).toEqual({ kind: 'deemed-withdrawal', on: '2026-10-27' });
        expect(clock.explanation.at(-1)?.text).toContain('视为撤回');
        expect(clock.explanation.at(-1)?.text).not.toContain('已逾期');
      },
    );
  });

  describe('later deadline for mass requests (Art. 35)', () => {
    it('replaces the statutory deadline with the one the agency set, and keeps both', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        {
          type: 'deadlineSet',
          on: '2026-09-25',
          dueOn: '2026-12-18',
          reason: '申请数量明显超过合理范围',
        },
      ]);
      // Assess
      expect(clock).toMatchObject({ dueOn: '2026-12-18', statutoryDueOn: '2026-10-22' });
      expect(
        clock.explanation.some((line) => line.kind === 'art35' && line.text.includes('第三十五条')),
      ).toBe(true);
    });
  });

  describe('provisional deadlines (RULES: a year outside the notices is never silently Monday–Friday)', () => {
    it('flags a deadline that reaches into 2027 as provisional and says so', () => {
      // Act
      const inside = clockOf([receivedInPerson('2026-11-26')]);
      const across = clockOf([receivedInPerson('2026-12-10')]);
      // Assess
      expect(inside.provisional).toBe(false);
      expect(across.provisional).toBe(true);
      expect(across.explanation.some((line) => line.kind === 'provisional')).toBe(true);
    });
  });

  describe('withdrawal', () => {
    it('closes the clock when the applicant withdraws', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'withdrawn', on: '2026-09-25' }],
        {
          asOf: '2026-11-30',
        },
      );
      // Assess
      expect(clock).toMatchObject({ phase: 'withdrawn', overdue: false, nextDeadline: null });
    });
  });
});

describe('Property: the pause convention (RULES.md, Consultation)', () => {
  const day = fc
    .integer({ min: toDayNumber('2019-06-01'), max: toDayNumber('2026-10-31') })
    .map(fromDayNumber);

  it('resumes with the working days that were left when the pause began', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 15 }),
        (receivedOn, usedBefore, length) => {
          // Prepare: a pause that starts after `usedBefore` working days (20: on the due day) and lasts `length` of them.
          const startedOn = calendar.addWorkingDays(receivedOn, usedBefore).date;
          const endedOn = calendar.addWorkingDays(startedOn, length).date;
          // Act
          const clock = computeClock({
            calendar,
            events: events(
              { type: 'received', on: receivedOn, channel: 'in-person' },
              { type: 'consultationStarted', on: startedOn, party: 'agency' },
              { type: 'consultationEnded', on: endedOn, party: 'agency' },
            ),
          });
          // Assess
          return clock.dueOn === calendar.addWorkingDays(endedOn, 20 - usedBefore).date;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never puts an answer deadline on a rest day', () => {
    fc.assert(
      fc.property(day, fc.nat(20), (receivedOn, extension) => {
        const inputs = [{ type: 'received', on: receivedOn, channel: 'post' } as const];
        const clock = computeClock({
          calendar,
          events: events(
            ...inputs,
            ...(extension > 0
              ? [
                  {
                    type: 'extended',
                    on: receivedOn,
                    workingDays: extension,
                    approvedBy: '负责人',
                  } as const,
                ]
              : []),
          ),
        });
        return clock.dueOn !== null && calendar.isWorkingDay(clock.dueOn);
      }),
      { numRuns: 2000 },
    );
  });
});
