import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIn, fromDayNumber, toDayNumber, weekdayOf } from '../src/index.js';

describe('Function: toDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11_016],
    ['2026-09-18', 20_714],
    ['1900-03-01', -25_508],
  ])('returns the days since 1970-01-01 for %s', (date, expected) => {
    // Act & Assess
    expect(toDayNumber(date)).toBe(expected);
  });

  it('round-trips with fromDayNumber and agrees with Date.UTC, inside and outside the table', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        return (
          toDayNumber(date) === dayNumber &&
          Date.UTC(
            Number(date.slice(0, 4)),
            Number(date.slice(5, 7)) - 1,
            Number(date.slice(8, 10)),
          ) /
            86_400_000 ===
            dayNumber
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('knows 2026-09-18 was a Friday', () => {
    // Act & Assess
    expect(weekdayOf(toDayNumber('2026-09-18'))).toBe(5);
  });
});

describe('Function: dateIn', () => {
  it.each([
    ['2026-09-17T23:30:00Z', 'Asia/Shanghai', '2026-09-18'],
    ['2026-09-17T15:59:59Z', 'Asia/Shanghai', '2026-09-17'],
    ['2026-09-17T16:00:00Z', 'Asia/Shanghai', '2026-09-18'],
    ['2026-09-17T23:30:00Z', 'UTC', '2026-09-17'],
    ['2026-12-31T18:00:00Z', 'Asia/Urumqi', '2027-01-01'],
  ])('puts the instant %s on the right day in %s', (instant, zone, expected) => {
    // Act & Assess
    expect(dateIn(zone, new Date(instant))).toBe(expected);
  });

  it.each(['Asia/Shanghai', 'Asia/Urumqi'])(
    'agrees with the time-zone database in %s for any instant from 2000 to 2100',
    (zone) => {
      // Prepare: what the runtime's database says, the way dateIn once asked it.
      const database = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      const instants = fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2100-12-31T23:59:59Z'),
        noInvalidDate: true,
      });

      // Act & Assess
      fc.assert(
        fc.property(instants, (instant) => dateIn(zone, instant) === database.format(instant)),
        { numRuns: 5000 },
      );
    },
  );
});
