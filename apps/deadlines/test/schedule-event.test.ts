import { WorkingCalendar } from '@ogi/domain';
import { describe, expect, it } from 'vitest';
import { isRestMorning, sweepDay } from '../src/sweep/schedule-event.js';

describe('Function: sweepDay', () => {
  it('returns the date the schedule input names', () => {
    // Act
    const day = sweepDay({ date: '2026-10-08' }, 'Asia/Shanghai', new Date('2026-11-27T00:00:00Z'));

    // Assess
    expect(day).toBe('2026-10-08');
  });

  it("returns today in the district's time zone for an empty input or an EventBridge event", () => {
    // Prepare: 23:30 UTC is already 07:30 the next morning in Beijing.
    const now = new Date('2026-10-07T23:30:00Z');

    // Act
    const days = [
      sweepDay({}, 'Asia/Shanghai', now),
      sweepDay(undefined, 'Asia/Shanghai', now),
      sweepDay({ 'detail-type': 'Scheduled Event', time: now.toISOString() }, 'Asia/Shanghai', now),
      sweepDay({}, 'Asia/Urumqi', new Date('2026-10-07T17:30:00Z')),
    ];

    // Assess
    expect(days).toEqual(['2026-10-08', '2026-10-08', '2026-10-08', '2026-10-07']);
  });

  it('throws naming the field when the date is not a real day', () => {
    // Act
    const attempt = () => sweepDay({ date: '2026-02-30' }, 'Asia/Shanghai', new Date());

    // Assess
    expect(attempt).toThrow(/date:/);
  });

  it('throws naming the field for a day outside the span the clock computes with', () => {
    // Act
    const attempt = () => sweepDay({ date: '2150-01-01' }, 'Asia/Shanghai', new Date());

    // Assess
    expect(attempt).toThrow(/date:/);
  });
});

describe('Function: isRestMorning', () => {
  const calendar = new WorkingCalendar();

  it('skips a scheduled weekend and holiday morning (国务院办公厅 2026 notice: 10-01..10-07 国庆节)', () => {
    // Act
    const mornings = ['2026-11-28', '2026-11-29', '2026-10-05'].map((day) =>
      isRestMorning({}, day, calendar),
    );

    // Assess
    expect(mornings).toEqual([true, true, true]);
  });

  it('sweeps a working weekday and a make-up Saturday (2026-09-20 and 10-10 are 调休 working days)', () => {
    // Act
    const mornings = ['2026-11-27', '2026-09-20', '2026-10-10'].map((day) =>
      isRestMorning({ 'detail-type': 'Scheduled Event' }, day, calendar),
    );

    // Assess
    expect(mornings).toEqual([false, false, false]);
  });

  it('sweeps a rest day the input names, for a catch-up or a test', () => {
    // Act
    const named = isRestMorning({ date: '2026-11-28' }, '2026-11-28', calendar);

    // Assess
    expect(named).toBe(false);
  });
});
