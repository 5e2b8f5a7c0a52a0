import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, NATIONAL_NOTICES, toDayNumber, WorkingCalendar } from '../src/index.js';

const calendar = new WorkingCalendar();

describe('Class: WorkingCalendar', () => {
  describe('Method: addWorkingDays (RULES: counting starts the day after the start date)', () => {
    // [start, what it is, 20th, 7th, 1st working day after]
    it.each([
      // An ordinary week: each weekday start, then the weekend.
      ['2025-03-10', 'Monday', '2025-04-08', '2025-03-19', '2025-03-11'],
      ['2025-03-11', 'Tuesday', '2025-04-09', '2025-03-20', '2025-03-12'],
      ['2025-03-12', 'Wednesday', '2025-04-10', '2025-03-21', '2025-03-13'],
      ['2025-03-13', 'Thursday', '2025-04-11', '2025-03-24', '2025-03-14'],
      ['2025-03-14', 'Friday', '2025-04-14', '2025-03-25', '2025-03-17'],
      ['2025-03-15', 'Saturday: as the Friday before', '2025-04-14', '2025-03-25', '2025-03-17'],
      ['2025-03-16', 'Sunday: as the Friday before', '2025-04-14', '2025-03-25', '2025-03-17'],
      // Spring Festival 2024 (国办发明电〔2023〕7号: 2/10–17 off, 2/4 and 2/18 worked).
      ['2024-02-04', 'a make-up Sunday', '2024-03-07', '2024-02-19', '2024-02-05'],
      ['2024-02-08', 'the Thursday before', '2024-03-13', '2024-02-23', '2024-02-09'],
      ['2024-02-09', 'the last day before the holiday', '2024-03-14', '2024-02-26', '2024-02-18'],
      ['2024-02-10', 'the first holiday', '2024-03-14', '2024-02-26', '2024-02-18'],
      ['2024-02-17', 'the last holiday', '2024-03-14', '2024-02-26', '2024-02-18'],
      ['2024-02-18', 'the make-up Sunday after', '2024-03-15', '2024-02-27', '2024-02-19'],
      // Spring Festival 2025 (国办发明电〔2024〕12号: 1/28–2/4 off, 1/26 and 2/8 worked).
      ['2025-01-24', 'the Friday before', '2025-02-27', '2025-02-10', '2025-01-26'],
      ['2025-01-26', 'a make-up Sunday', '2025-02-28', '2025-02-11', '2025-01-27'],
      ['2025-01-27', 'the last day before the holiday', '2025-03-03', '2025-02-12', '2025-02-05'],
      ['2025-01-28', 'the first holiday (除夕)', '2025-03-03', '2025-02-12', '2025-02-05'],
      ['2025-02-04', 'the last holiday', '2025-03-03', '2025-02-12', '2025-02-05'],
      ['2025-02-08', 'a make-up Saturday', '2025-03-07', '2025-02-18', '2025-02-10'],
      // Spring Festival 2026 (2/15–23 off, 2/14 and 2/28 worked).
      ['2026-02-13', 'the Friday before', '2026-03-19', '2026-03-02', '2026-02-14'],
      ['2026-02-14', 'a make-up Saturday', '2026-03-20', '2026-03-03', '2026-02-24'],
      ['2026-02-15', 'the first holiday', '2026-03-20', '2026-03-03', '2026-02-24'],
      ['2026-02-23', 'the last holiday', '2026-03-20', '2026-03-03', '2026-02-24'],
      ['2026-02-28', 'a make-up Saturday', '2026-03-27', '2026-03-10', '2026-03-02'],
      // National Day 2024 (10/1–7 off, 9/29 and 10/12 worked).
      ['2024-09-27', 'the Friday before', '2024-10-30', '2024-10-12', '2024-09-29'],
      ['2024-09-29', 'a make-up Sunday', '2024-10-31', '2024-10-14', '2024-09-30'],
      ['2024-09-30', 'the last day before the holiday', '2024-11-01', '2024-10-15', '2024-10-08'],
      ['2024-10-01', 'National Day', '2024-11-01', '2024-10-15', '2024-10-08'],
      ['2024-10-07', 'the last holiday', '2024-11-01', '2024-10-15', '2024-10-08'],
      ['2024-10-12', 'a make-up Saturday', '2024-11-08', '2024-10-22', '2024-10-14'],
      // National Day and Mid-Autumn 2025 (10/1–8 off, 9/28 and 10/11 worked).
      ['2025-09-26', 'the Friday before', '2025-10-30', '2025-10-13', '2025-09-28'],
      ['2025-09-28', 'a make-up Sunday', '2025-10-31', '2025-10-14', '2025-09-29'],
      ['2025-09-30', 'the last day before the holiday', '2025-11-04', '2025-10-16', '2025-10-09'],
      ['2025-10-03', 'inside the holiday', '2025-11-04', '2025-10-16', '2025-10-09'],
      ['2025-10-08', 'the last holiday (中秋 in lieu)', '2025-11-04', '2025-10-16', '2025-10-09'],
      ['2025-10-11', 'a make-up Saturday', '2025-11-07', '2025-10-21', '2025-10-13'],
      // Mid-Autumn and National Day 2026 (9/25–27, 10/1–7 off; 9/20 and 10/10 worked).
      ['2026-09-18', 'the RULES.md check value', '2026-10-22', '2026-09-29', '2026-09-20'],
      ['2026-09-20', 'a make-up Sunday', '2026-10-23', '2026-09-30', '2026-09-21'],
      ['2026-09-30', 'the last day before National Day', '2026-11-03', '2026-10-15', '2026-10-08'],
      ['2026-10-05', 'inside National Day', '2026-11-03', '2026-10-15', '2026-10-08'],
      ['2026-10-10', 'a make-up Saturday', '2026-11-06', '2026-10-20', '2026-10-12'],
      // Year ends.
      ['2024-12-13', 'mid-December 2024', '2025-01-13', '2024-12-24', '2024-12-16'],
      [
        '2024-12-31',
        "New Year's Eve into the 2025 Spring Festival",
        '2025-02-05',
        '2025-01-10',
        '2025-01-02',
      ],
      ['2025-12-12', 'mid-December 2025', '2026-01-12', '2025-12-23', '2025-12-15'],
      ['2025-12-31', "New Year's Eve 2025", '2026-01-29', '2026-01-12', '2026-01-04'],
      ['2026-01-01', "New Year's Day 2026", '2026-01-29', '2026-01-12', '2026-01-04'],
      [
        '2026-01-04',
        'the make-up Sunday after New Year 2026',
        '2026-01-30',
        '2026-01-13',
        '2026-01-05',
      ],
      ['2023-12-29', 'the Friday before New Year 2024', '2024-01-29', '2024-01-10', '2024-01-02'],
      ['2022-12-30', 'the Friday before New Year 2023', '2023-02-02', '2023-01-11', '2023-01-03'],
      // Earlier years' notices, amendments included.
      [
        '2020-01-20',
        'before the 2020 Spring Festival, extended by 国办发明电〔2020〕1号',
        '2020-02-25',
        '2020-02-06',
        '2020-01-21',
      ],
      [
        '2019-04-26',
        'before the amended 2019 Labour Day (国办发明电〔2019〕3号)',
        '2019-05-27',
        '2019-05-08',
        '2019-04-28',
      ],
      [
        '2023-09-27',
        'before the joint 2023 Mid-Autumn and National Day',
        '2023-10-31',
        '2023-10-12',
        '2023-09-28',
      ],
    ])('returns the working days after %s (%s)', (start, _what, twentieth, seventh, first) => {
      // Act
      const results = [20, 7, 1].map((n) => calendar.addWorkingDays(start, n));
      // Assess
      expect(results.map((result) => result.date)).toEqual([twentieth, seventh, first]);
      expect(results.every((result) => !result.provisional)).toBe(true);
    });

    it('returns the start itself for zero working days, whatever day it is', () => {
      // Act & Assess
      expect(calendar.addWorkingDays('2026-10-01', 0)).toEqual({
        date: '2026-10-01',
        provisional: false,
      });
    });

    it('counts backwards for a negative number of working days', () => {
      // Act
      const before = calendar.addWorkingDays('2025-10-09', -1);
      // Assess
      expect(before.date).toBe('2025-09-30');
    });

    it('flags a deadline that reaches into a year with no notice as provisional', () => {
      // Prepare: the 2027 notice is not in the data (as of 2026-11-26).
      // Act
      const inside = calendar.addWorkingDays('2026-11-26', 20);
      const across = calendar.addWorkingDays('2026-12-10', 20);
      const lastDay = calendar.addWorkingDays('2026-12-31', 1);
      // Assess
      expect(inside).toEqual({ date: '2026-12-24', provisional: false });
      expect(across.provisional).toBe(true);
      expect(lastDay).toEqual({ date: '2027-01-01', provisional: true });
    });

    it('flags a backwards count that reaches before the first notice as provisional', () => {
      // Act
      const result = calendar.addWorkingDays('2019-01-03', -3);
      // Assess
      expect(result.provisional).toBe(true);
    });

    it('throws a range error outside 2000–2099', () => {
      // Act & Assess
      expect(() => calendar.addWorkingDays('1999-12-31', 1)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays('2099-12-30', 20)).toThrow(RangeError);
    });
  });

  describe('Method: countWorkingDays', () => {
    it('counts the working days after the first date up to and including the second', () => {
      // Act & Assess: the RULES.md check value, both ways.
      expect(calendar.countWorkingDays('2026-09-18', '2026-10-22')).toBe(20);
      expect(calendar.countWorkingDays('2026-10-22', '2026-09-18')).toBe(-20);
      expect(calendar.countWorkingDays('2026-10-01', '2026-10-07')).toBe(0);
    });
  });

  describe('Method: dayInfo', () => {
    it.each([
      ['2026-10-01', false, 'holiday', '国庆节'],
      ['2026-10-10', true, 'make-up-workday', '国庆节调休'],
      ['2026-10-11', false, 'weekend', undefined],
      ['2026-10-12', true, 'workday', undefined],
    ])('describes %s as working=%s, %s', (date, working, kind, name) => {
      // Act
      const info = calendar.dayInfo(date);
      // Assess
      expect(info).toMatchObject({ date, working, kind, provisional: false });
      expect(info.name).toBe(name);
    });

    it('names the notice a holiday comes from', () => {
      // Act & Assess
      expect(calendar.dayInfo('2025-10-08').source).toContain('国办发明电〔2024〕12号');
    });

    it('marks days after the last notice as provisional Monday–Friday days', () => {
      // Act
      const newYear2027 = calendar.dayInfo('2027-01-01');
      // Assess
      expect(newYear2027).toMatchObject({ working: true, kind: 'workday', provisional: true });
    });
  });

  describe('Constructor: district overrides (RULES: a district may add local holidays or working days)', () => {
    it('skips a local holiday and counts a local working day', () => {
      // Prepare: 广西 rests on 三月三; a hypothetical local make-up Saturday.
      const local = new WorkingCalendar({
        extraHolidays: [{ on: '2026-04-20', name: '三月三' }],
        extraWorkingDays: [{ on: '2026-04-25', name: '三月三调休' }],
        districtName: '南宁市',
      });
      // Act
      const national = calendar.addWorkingDays('2026-04-17', 5).date;
      const withLocal = local.addWorkingDays('2026-04-17', 5).date;
      // Assess
      expect(national).toBe('2026-04-24');
      expect(withLocal).toBe('2026-04-25');
      expect(local.dayInfo('2026-04-20')).toMatchObject({
        kind: 'local-holiday',
        source: '南宁市规定',
      });
    });
  });

  describe('Property: coverage', () => {
    it('ends where the notices end and starts with the first', () => {
      // Assess
      expect(calendar.coverage).toEqual({ from: '2019-01-01', to: '2026-12-31' });
    });

    it('ends before a gap in the notices', () => {
      // Prepare
      const gap = new WorkingCalendar({ notices: NATIONAL_NOTICES.filter((n) => n.year !== 2024) });
      // Assess
      expect(gap.coverage.to).toBe('2023-12-31');
      expect(gap.addWorkingDays('2023-12-20', 20).provisional).toBe(true);
    });
  });

  describe('Property: version', () => {
    it('is the same for two calendars that compute the same dates', () => {
      // Prepare
      const again = new WorkingCalendar();
      const renamed = new WorkingCalendar({ districtName: '大场镇' });
      // Assess
      expect(again.version).toBe(calendar.version);
      expect(renamed.version).toBe(calendar.version);
    });

    it("changes with a district's working day, a local holiday or a new year's notice", () => {
      // Prepare
      const versions = [
        calendar.version,
        new WorkingCalendar({ extraWorkingDays: [{ on: '2026-10-03', name: '加班' }] }).version,
        new WorkingCalendar({ extraHolidays: [{ on: '2026-04-20', name: '三月三' }] }).version,
        new WorkingCalendar({ notices: NATIONAL_NOTICES.filter((n) => n.year !== 2026) }).version,
      ];
      // Assess
      expect(new Set(versions).size).toBe(versions.length);
    });

    it('ignores an override that changes no day (a local working day that is a weekday anyway)', () => {
      // Prepare
      const noop = new WorkingCalendar({
        extraWorkingDays: [{ on: '2026-04-21', name: '无变化' }],
      });
      // Assess
      expect(noop.version).toBe(calendar.version);
    });
  });

  describe('Method: yearSchedule', () => {
    it("lists a year's holidays and make-up days with the notice they come from", () => {
      // Act
      const year = calendar.yearSchedule(2026);
      // Assess
      expect(year.notice).toContain('2026年部分节假日安排');
      expect(year.makeUpWorkdays.map((day) => day.on)).toEqual([
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ]);
      expect(year.holidays.find((h) => h.name === '春节')).toMatchObject({
        from: '2026-02-15',
        to: '2026-02-23',
        days: 9,
      });
      expect(year.restDays + year.workingDays).toBe(365);
      expect(year.provisional).toBe(false);
    });

    it('says a year without a notice is provisional', () => {
      // Act & Assess
      expect(calendar.yearSchedule(2027)).toMatchObject({ provisional: true, holidays: [] });
    });
  });
});

const coveredDay = fc
  .integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-12-31') })
  .map(fromDayNumber);

describe('Properties of working-day arithmetic', () => {
  it('never puts a deadline on a rest day', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const { date } = calendar.addWorkingDays(start, n);
        return calendar.isWorkingDay(date);
      }),
      { numRuns: 5000 },
    );
  });

  it('adds a then b working days the same as a + b', () => {
    fc.assert(
      fc.property(coveredDay, fc.nat(40), fc.nat(40), (start, a, b) => {
        const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(start, a).date, b).date;
        return stepwise === calendar.addWorkingDays(start, a + b).date;
      }),
      { numRuns: 5000 },
    );
  });

  it('counts back exactly the working days it added', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const { date } = calendar.addWorkingDays(start, n);
        return calendar.countWorkingDays(start, date) === n;
      }),
      { numRuns: 5000 },
    );
  });

  it('gives a rest day the same deadline as the working day before it', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
        fc.pre(!calendar.isWorkingDay(start));
        const previousWorkingDay = calendar.addWorkingDays(start, -1).date;
        return (
          calendar.addWorkingDays(start, n).date ===
          calendar.addWorkingDays(previousWorkingDay, n).date
        );
      }),
      { numRuns: 3000 },
    );
  });
});
