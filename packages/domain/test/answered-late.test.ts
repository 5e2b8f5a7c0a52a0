import type { LifecycleEventInput } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, answeredLate } from '../src/index.js';
import { clockOf, receivedInPerson } from './support.js';

/** Received in person on Fri 18 September 2026: the answer is due on 22 October (Art. 33 ¶2). */
const received = receivedInPerson('2026-09-18');

function judged(closing: LifecycleEventInput, before: LifecycleEventInput[] = []) {
  const clock = clockOf([received, ...before, closing]);
  return answeredLate(clock, closing.on);
}

describe('Function: answeredLate (Art. 33 ¶2: answer within 20 working days)', () => {
  it.each([
    ['2026-09-21', false],
    ['2026-10-22', false],
    ['2026-10-23', true],
  ])('judges a decision on %s, against the deadline of 22 October, late: %s', (on, late) => {
    // Prepare
    const decision: LifecycleEventInput = { type: 'decided', on, outcome: 'disclosed' };
    // Act
    const result = judged(decision);
    // Assess
    expect(result).toBe(late);
  });

  it('judges a decision within an approved extension on time (Art. 33 ¶2)', () => {
    // Prepare
    const extension: LifecycleEventInput = {
      type: 'extended',
      on: '2026-10-20',
      workingDays: 20,
      approvedBy: '办公室主任',
    };
    // Act
    const result = judged({ type: 'decided', on: '2026-11-05', outcome: 'disclosed' }, [extension]);
    // Assess
    expect(result).toBe(false);
  });

  it.each([
    ['the statutory deadline', []],
    [
      'an Art. 35 deadline',
      [
        {
          type: 'deadlineSet',
          on: '2026-09-25',
          dueOn: '2026-12-18',
          reason: '申请数量明显超过合理范围',
        },
      ] satisfies LifecycleEventInput[],
    ],
  ] as const)(
    "judges every decision day as the clock's own verdict does, against %s",
    (_deadline, before) => {
      // Prepare
      const days = Array.from({ length: 120 }, (_, i) => addCalendarDays('2026-09-19', i));
      // Act
      const verdicts = days.map((on) => {
        const clock = clockOf([received, ...before, { type: 'decided', on, outcome: 'disclosed' }]);
        return { on, late: answeredLate(clock, on), clockSays: clock.decision?.late };
      });
      // Assess
      expect(verdicts.filter((day) => day.late !== day.clockSays)).toEqual([]);
      expect(new Set(verdicts.map((day) => day.late))).toEqual(new Set([false, true]));
    },
  );

  it('judges a withdrawal while the applicant was still correcting the request on time: no answer period ran (Art. 30)', () => {
    // Act
    const result = judged({ type: 'withdrawn', on: '2026-12-01' }, [
      { type: 'correctionRequested', on: '2026-09-21' },
    ]);
    // Assess
    expect(result).toBe(false);
  });

  it.each([
    ['2026-10-22', false],
    ['2026-10-26', true],
  ])(
    'judges a withdrawal on %s late only when the deadline had passed before it: %s',
    (on, late) => {
      // Act
      const result = judged({ type: 'withdrawn', on });
      // Assess
      expect(result).toBe(late);
    },
  );

  it.each([
    [
      'correction-lapsed',
      [{ type: 'correctionRequested', on: '2026-09-21' }] satisfies LifecycleEventInput[],
      '2026-12-01',
    ],
    [
      'fee-unpaid',
      [{ type: 'feeNoticed', on: '2026-10-12', yuan: 300, scale: 'item', quantity: 3 }],
      '2026-12-01',
    ],
  ] as const)(
    'never judges a deemed withdrawal (%s) late: the applicant let it lapse',
    (reason, before, on) => {
      // Act
      const result = judged({ type: 'deemedWithdrawn', on, reason }, [...before]);
      // Assess
      expect(result).toBe(false);
    },
  );

  it('returns null for a request still open, even past its deadline', () => {
    // Prepare
    const clock = clockOf([received], { asOf: '2026-11-30' });
    // Act
    const result = answeredLate(clock, null);
    // Assess
    expect(clock.overdue).toBe(true);
    expect(result).toBeNull();
  });
});
