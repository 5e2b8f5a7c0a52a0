import { describe, expect, it } from 'vitest';
import { clockOf, receivedInPerson } from './support.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down:
// mostly the day on which a window closes, where `>` and `>=` part ways.

describe('Function: computeClock, at the edges of its windows', () => {
  describe('correction (Art. 30)', () => {
    it('counts a correction notice sent on the 7th working day as in time', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-29' },
      ]);
      // Assess
      expect(clock.correctionNoticeDueOn).toBe('2026-09-29');
      expect(clock.correction?.noticeLate).toBe(false);
    });

    it('keeps waiting for the correction on the last day the applicant has', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
        { asOf: '2026-10-20' },
      );
      // Assess
      expect(clock.correction).toMatchObject({ applicantDueOn: '2026-10-20', lapsed: false });
      expect(clock.nextDeadline).toEqual({ kind: 'applicant-correction', on: '2026-10-20' });
    });

    it('restarts the period from a correction that arrives the day it was asked for', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22' },
        { type: 'correctionReceived', on: '2026-09-22' },
      ]);
      // Assess
      expect(clock).toMatchObject({
        phase: 'running',
        startedOn: '2026-09-22',
        dueOn: '2026-10-27',
      });
      expect(clock.correction?.receivedOn).toBe('2026-09-22');
      expect(clock.nextDeadline).toEqual({ kind: 'answer', on: '2026-10-27' });
    });

    it('names the correction notice as the next deadline up to its last day, and the answer after it', () => {
      // Act
      const onTheDay = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-09-29' });
      const dayAfter = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-09-30' });
      // Assess
      expect(onTheDay.nextDeadline).toEqual({ kind: 'correction-notice', on: '2026-09-29' });
      expect(dayAfter.nextDeadline).toEqual({ kind: 'answer', on: '2026-10-22' });
    });

    it('closes the clock when a lapsed correction deems the request withdrawn', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22' },
        { type: 'deemedWithdrawn', on: '2026-10-21', reason: 'correction-lapsed' },
      ]);
      // Assess
      expect(clock).toMatchObject({
        phase: 'deemed-withdrawn',
        paused: false,
        overdue: false,
        nextDeadline: null,
        decision: null,
      });
      expect(clock.correction?.lapsed).toBe(true);
    });

    it('names the deadline of the applicant, not of the notice, while a correction is awaited', () => {
      // Act
      const clock = clockOf(
        [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
        { asOf: '2026-09-25' },
      );
      // Assess
      expect(clock).toMatchObject({ workingDaysUsed: null, workingDaysLeft: null });
      expect(clock.nextDeadline).toEqual({ kind: 'applicant-correction', on: '2026-10-20' });
    });

    it('never marks a correction lapsed once it has arrived, however late the clock is read', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'correctionRequested', on: '2026-09-22' },
          { type: 'correctionReceived', on: '2026-09-30' },
        ],
        { asOf: '2026-10-28' },
      );
      // Assess
      expect(clock.correction).toMatchObject({ applicantDueOn: '2026-10-20', lapsed: false });
    });

    it('ignores a correction dated before the correction was asked for', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'correctionReceived', on: '2026-09-21' },
          { type: 'correctionRequested', on: '2026-09-22' },
        ],
        { asOf: '2026-09-25' },
      );
      // Assess
      expect(clock.phase).toBe('awaiting-correction');
      expect(clock.correction?.receivedOn).toBeUndefined();
    });

    it('says a correction notice sent after the 7 working days came late (Art. 30)', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-30' },
      ]);
      // Assess
      const line = clock.explanation.find((candidate) => candidate.kind === 'correction');
      expect(line?.text).toContain(
        '晚于收到申请之日起7个工作日的告知期限（2026-09-29（周二）），违反《条例》第三十条的规定',
      );
    });
  });

  describe('consultation (Art. 32, 34; Art. 33 ¶3)', () => {
    it('keeps the clock paused on the last day of the reply period', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'consultationStarted', on: '2026-10-12', party: 'agency' },
        ],
        { asOf: '2026-11-02' },
      );
      // Assess
      expect(clock).toMatchObject({ phase: 'paused', paused: true, workingDaysLeft: 8 });
      expect(clock.consultations[0]?.replyPeriodOver).toBe(false);
      expect(clock.pauses[0]).toMatchObject({ to: '2026-11-02', open: true });
      expect(clock.nextDeadline).toEqual({ kind: 'consultation-reply', on: '2026-11-02' });
    });

    it('ends the consultation that an end names by its party, whatever the order', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'third-party' },
        { type: 'consultationStarted', on: '2026-09-22', party: 'agency' },
        { type: 'consultationEnded', on: '2026-09-23', party: 'agency' },
        { type: 'consultationEnded', on: '2026-09-29', party: 'third-party' },
      ]);
      // Assess
      expect(clock.consultations.map((c) => [c.party, c.endedOn])).toEqual([
        ['third-party', '2026-09-29'],
        ['agency', '2026-09-23'],
      ]);
      expect(clock.dueOn).toBe('2026-10-29');
    });

    it('ends the consultation that an end names by its reference, whatever the order', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'agency', ref: 'A' },
        { type: 'consultationStarted', on: '2026-09-22', party: 'agency', ref: 'B' },
        { type: 'consultationEnded', on: '2026-09-23', ref: 'B' },
        { type: 'consultationEnded', on: '2026-09-29', ref: 'A' },
      ]);
      // Assess
      expect(clock.consultations.map((c) => [c.ref, c.endedOn])).toEqual([
        ['A', '2026-09-29'],
        ['B', '2026-09-23'],
      ]);
    });

    it('ends the oldest open consultation when the end names neither party nor reference', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'agency', ref: 'A' },
        { type: 'consultationStarted', on: '2026-09-22', party: 'third-party', ref: 'B' },
        { type: 'consultationEnded', on: '2026-09-23' },
      ]);
      // Assess
      expect(clock.consultations.map((c) => [c.ref, c.endedOn])).toEqual([
        ['A', '2026-09-23'],
        ['B', undefined],
      ]);
      expect(clock.paused).toBe(true);
    });

    it('pauses only from the restart when a consultation began while a correction was awaited', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22' },
        { type: 'consultationStarted', on: '2026-09-23', party: 'agency' },
        { type: 'correctionReceived', on: '2026-09-28' },
        { type: 'consultationEnded', on: '2026-10-12', party: 'agency' },
      ]);
      // Assess: 9/28 → 10/12 holds 9/29, 9/30, 10/8, 10/9, 10/10 (make-up day), 10/12.
      expect(clock.pauses).toEqual([
        {
          kind: 'consultation',
          from: '2026-09-28',
          to: '2026-10-12',
          open: false,
          workingDaysExcluded: 6,
        },
      ]);
      expect(clock.dueOn).toBe('2026-11-09');
    });

    it('ignores a consultation that ended before the period restarted after a correction', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'agency' },
        { type: 'consultationEnded', on: '2026-09-22', party: 'agency' },
        { type: 'correctionRequested', on: '2026-09-23' },
        { type: 'correctionReceived', on: '2026-09-28' },
      ]);
      // Assess
      expect(clock.pauses).toEqual([]);
      expect(clock.dueOn).toBe('2026-10-30');
    });

    it('keeps same-day events in the order they happened: a consultation started and ended on one day', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'agency' },
        { type: 'consultationEnded', on: '2026-09-21', party: 'agency' },
      ]);
      // Assess
      expect(clock.consultations[0]?.endedOn).toBe('2026-09-21');
      expect(clock).toMatchObject({ paused: false, pauses: [], dueOn: '2026-10-22' });
    });

    it('ignores the end of a consultation that was never started', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationEnded', on: '2026-09-21', party: 'agency' },
      ]);
      // Assess
      expect(clock).toMatchObject({ consultations: [], pauses: [], dueOn: '2026-10-22' });
    });

    it('no longer waits on a consultation once it has ended, however late the clock is read', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'consultationStarted', on: '2026-09-21', party: 'agency' },
          { type: 'consultationEnded', on: '2026-09-24', party: 'agency' },
        ],
        { asOf: '2026-09-30' },
      );
      // Assess
      expect(clock.consultations[0]?.replyPeriodOver).toBe(false);
      expect(clock.nextDeadline).toEqual({ kind: 'answer', on: '2026-10-27' });
    });

    it('counts the days after the deadline as overdue even when a consultation began after it', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-10-26', party: 'third-party' },
        { type: 'consultationEnded', on: '2026-10-30', party: 'third-party' },
      ]);
      // Assess: 10/23, 10/26 … 10/30 are six working days past 10/22.
      expect(clock).toMatchObject({ dueOn: '2026-10-22', overdue: true, workingDaysLeft: -6 });
    });
  });

  describe('fees (国办函〔2020〕109号)', () => {
    it('takes a fee paid the day it was noticed as paid, with no pause', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
        { type: 'feePaid', on: '2026-09-21' },
      ]);
      // Assess
      expect(clock.fee).toMatchObject({ paidOn: '2026-09-21', lapsed: false });
      expect(clock.pauses).toEqual([]);
      expect(clock.dueOn).toBe('2026-10-22');
    });

    it('names the fee payment as the next deadline when it falls before a consultation reply', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
        { type: 'consultationStarted', on: '2026-10-12', party: 'agency' },
      ]);
      // Assess
      expect(clock.nextDeadline).toEqual({ kind: 'fee-payment', on: '2026-10-26' });
    });

    it('names the answer as the next deadline when it falls before the fee payment', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'feeNoticed', on: '2026-10-12', yuan: 100, scale: 'item' },
        ],
        { settings: { feePausesClock: false } },
      );
      // Assess
      expect(clock.fee?.payByOn).toBe('2026-11-09');
      expect(clock.nextDeadline).toEqual({ kind: 'answer', on: '2026-10-22' });
    });

    it('flags the clock provisional when only the payment window reaches a year without a notice', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-11-20'),
          { type: 'feeNoticed', on: '2026-12-10', yuan: 100, scale: 'item' },
        ],
        { settings: { feePausesClock: false } },
      );
      // Assess
      expect(clock).toMatchObject({ dueOn: '2026-12-18', provisional: true });
      expect(clock.fee?.payByOn).toBe('2027-01-07');
    });

    it('pauses from the notice to the payment and closes the pause once paid', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
          { type: 'feePaid', on: '2026-09-24' },
        ],
        { asOf: '2026-11-02' },
      );
      // Assess
      expect(clock.pauses).toEqual([
        { kind: 'fee', from: '2026-09-21', to: '2026-09-24', open: false, workingDaysExcluded: 3 },
      ]);
      expect(clock.fee?.lapsed).toBe(false);
      expect(clock).toMatchObject({ phase: 'running', dueOn: '2026-10-27', overdue: true });
    });

    it('closes the fee pause when the payment window has run out unpaid', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
        ],
        { asOf: '2026-10-27' },
      );
      // Assess
      expect(clock.pauses).toEqual([
        { kind: 'fee', from: '2026-09-21', to: '2026-10-26', open: false, workingDaysExcluded: 20 },
      ]);
      expect(clock.paused).toBe(false);
    });

    it('does not take the payment of an earlier fee notice for a later one', () => {
      // Act
      const clock = clockOf(
        [
          receivedInPerson('2026-09-18'),
          { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
          { type: 'feePaid', on: '2026-09-22' },
          { type: 'feeNoticed', on: '2026-09-24', yuan: 200, scale: 'item' },
        ],
        { asOf: '2026-09-30' },
      );
      // Assess
      expect(clock.fee).toMatchObject({
        noticedOn: '2026-09-24',
        yuan: 200,
        payByOn: '2026-10-29',
      });
      expect(clock.fee?.paidOn).toBeUndefined();
      expect(clock.nextDeadline).toEqual({ kind: 'fee-payment', on: '2026-10-29' });
    });
  });

  describe('answer period (Art. 33 ¶2)', () => {
    it('counts a decision made on the last day as in time', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'decided', on: '2026-10-22', outcome: 'disclosed' },
      ]);
      // Assess
      expect(clock.decision).toEqual({ on: '2026-10-22', outcome: 'disclosed', late: false });
      expect(clock).toMatchObject({ workingDaysUsed: 20, nextDeadline: null });
    });

    it('orders the events by date before reading them', () => {
      // Act
      const clock = clockOf([
        { type: 'consultationEnded', on: '2026-09-24', party: 'third-party' },
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-09-21', party: 'third-party' },
      ]);
      // Assess
      expect(clock).toMatchObject({ asOf: '2026-09-24', dueOn: '2026-10-27' });
      expect(clock.consultations[0]?.endedOn).toBe('2026-09-24');
    });

    it('has used no day and has all 20 left when judged before the request arrived', () => {
      // Act
      const clock = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-09-10' });
      // Assess
      expect(clock).toMatchObject({ workingDaysUsed: 0, workingDaysLeft: 20, overdue: false });
    });
    it('records no decision as late while the period waits for a correction', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'correctionRequested', on: '2026-09-22' },
        { type: 'decided', on: '2026-10-30', outcome: 'disclosed' },
      ]);
      // Assess
      expect(clock).toMatchObject({ phase: 'decided', dueOn: null, nextDeadline: null });
      expect(clock.decision).toEqual({ on: '2026-10-30', outcome: 'disclosed', late: false });
    });

    it('closes the clock on the first closing event: a decision after a withdrawal is not the answer', () => {
      // Act
      const clock = clockOf([
        receivedInPerson('2026-09-18'),
        { type: 'withdrawn', on: '2026-09-25' },
        { type: 'decided', on: '2026-09-28', outcome: 'disclosed' },
      ]);
      // Assess
      expect(clock).toMatchObject({ phase: 'withdrawn', decision: null, nextDeadline: null });
    });

    it('does not flag a request received on the first day of the notices as provisional', () => {
      // Act
      const clock = clockOf([receivedInPerson('2019-01-01')]);
      // Assess
      expect(clock).toMatchObject({ dueOn: '2019-01-29', provisional: false });
    });

    it('records the confirmation of an online request with its receipt (Art. 31(3))', () => {
      // Act
      const clock = clockOf([
        { type: 'received', on: '2026-09-18', channel: 'online', confirmedBy: 'sms' },
      ]);
      // Assess
      expect(clock.receipt).toEqual({
        channel: 'online',
        on: '2026-09-18',
        confirmedBy: 'sms',
        basis:
          '通过互联网渠道提交的，以双方确认之日为收到申请之日（《条例》第三十一条第三项）；确认方式：短信',
      });
    });

    it('gives a request with no receipt an empty clock', () => {
      // Act
      const clock = clockOf([
        { type: 'submitted', on: '2026-09-16' },
        { type: 'withdrawn', on: '2026-09-17' },
      ]);
      // Assess
      expect(clock).toMatchObject({
        phase: 'awaiting-receipt',
        asOf: '2026-09-17',
        consultations: [],
        pauses: [],
        paused: false,
        overdue: false,
        provisional: false,
        nextDeadline: null,
      });
      expect(clock.explanation[0]?.text).toContain('双方确认之日');
    });
  });
});
