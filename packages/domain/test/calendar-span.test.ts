import { CALENDAR_SPAN, CLOCK_DATE_SPAN, ClockDate, LifecycleEvent } from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  computeClock,
  fromDayNumber,
  toDayNumber,
  WorkingCalendar,
} from '../src/index.js';

const calendar = new WorkingCalendar();

describe('Class: WorkingCalendar, at the ends of CALENDAR_SPAN', () => {
  it('answers for the first and the last day of the span', () => {
    // Act
    const first = calendar.dayInfo(CALENDAR_SPAN.from);
    const last = calendar.dayInfo(CALENDAR_SPAN.to);
    const across = calendar.countWorkingDays(CALENDAR_SPAN.from, CALENDAR_SPAN.to);

    // Assess: 2000-01-01 was a Saturday, 2099-12-31 is a Thursday (no notice: Monday to Friday).
    expect(first).toMatchObject({ working: false, kind: 'weekend', provisional: true });
    expect(last).toMatchObject({ working: true, kind: 'workday', provisional: true });
    expect(across).toBeGreaterThan(25_000);
  });

  it.each(['1999-12-31', '2100-01-01'])(
    'throws a CalendarRangeError for %s whose message states the span truly',
    (date) => {
      // Act
      const act = () => calendar.isWorkingDay(date);

      // Assess
      expect(act).toThrow(CalendarRangeError);
      expect(act).toThrow(
        `date ${date} is outside the span the working calendar computes with, 2000-01-01 to 2099-12-31`,
      );
    },
  );

  it.each([
    ['2099-12-30', 20],
    ['2000-01-03', -5],
  ])('throws a CalendarRangeError when %s plus %i working days leaves the span', (date, n) => {
    // Act
    const act = () => calendar.addWorkingDays(date, n);

    // Assess
    expect(act).toThrow(CalendarRangeError);
    expect(act).toThrow(`${n} working days from ${date} leave the span`);
  });
});

describe('Constant: CLOCK_DATE_SPAN', () => {
  it('lies inside CALENDAR_SPAN with a year of working days to spare at each end', () => {
    // Act
    const after = calendar.addWorkingDays(CLOCK_DATE_SPAN.to, 240);
    const before = calendar.addWorkingDays(CLOCK_DATE_SPAN.from, -240);

    // Assess
    expect(after.date <= CALENDAR_SPAN.to).toBe(true);
    expect(before.date >= CALENDAR_SPAN.from).toBe(true);
  });

  it('refuses, naming the reason, the dates just outside it and accepts its ends', () => {
    // Act
    const results = ['2018-12-31', '2019-01-01', '2098-12-31', '2099-01-01'].map(
      (date) => ClockDate.safeParse(date).success,
    );

    // Assess
    expect(results).toEqual([false, true, true, false]);
  });

  it('lets the clock compute, without throwing, a request with any dates ClockDate accepts', () => {
    // Prepare: the longest a request runs, at any place in the span.
    const from = toDayNumber(CLOCK_DATE_SPAN.from);
    const to = toDayNumber(CLOCK_DATE_SPAN.to);
    const day = fc.integer({ min: from, max: to }).map(fromDayNumber);
    fc.assert(
      fc.property(day, day, (received, asOf) => {
        const events = [
          { type: 'received', on: received, channel: 'in-person' },
          { type: 'correctionRequested', on: received, applicantDueOn: CLOCK_DATE_SPAN.to },
          { type: 'correctionReceived', on: received },
          { type: 'consultationStarted', on: received, party: 'agency' },
          { type: 'feeNoticed', on: received, yuan: 100, scale: 'item' },
          { type: 'extended', on: received, workingDays: 20, approvedBy: '负责人' },
        ].map((event) => LifecycleEvent.parse(event));

        // Act
        const act = () =>
          computeClock({ calendar, events, asOf, settings: { correctionPeriodWorkingDays: 60 } });

        // Assess
        expect(act).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
