import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  CalendarRangeError,
  dateIn,
  isWeekend,
  NATIONAL_NOTICES,
  toDayNumber,
  WorkingCalendar,
  weekdayNameZh,
} from '../src/index.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down.

const calendar = new WorkingCalendar();
const only2025 = NATIONAL_NOTICES.filter((notice) => notice.year === 2025);

describe('Class: WorkingCalendar, beyond the national notices', () => {
  it("lists a year's schedule with the district's own days and counts its rest and working days", () => {
    // Prepare: 广西's 三月三 and a hypothetical local working Saturday; a 2026 day stays out.
    const district = new WorkingCalendar({
      extraHolidays: [{ on: '2025-04-21', name: '三月三' }],
      extraWorkingDays: [
        { on: '2025-04-26', name: '补班' },
        { on: '2026-01-10', name: '补班' },
      ],
    });
    // Act
    const year = district.yearSchedule(2025);
    // Assess
    expect(year).toEqual({
      year: 2025,
      notice: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
      amendments: [],
      provisional: false,
      holidays: [
        { name: '元旦', from: '2025-01-01', to: '2025-01-01', days: 1 },
        { name: '春节', from: '2025-01-28', to: '2025-02-04', days: 8 },
        { name: '清明节', from: '2025-04-04', to: '2025-04-06', days: 3 },
        { name: '劳动节', from: '2025-05-01', to: '2025-05-05', days: 5 },
        { name: '端午节', from: '2025-05-31', to: '2025-06-02', days: 3 },
        { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', days: 8 },
      ],
      makeUpWorkdays: [
        { on: '2025-01-26', for: '春节' },
        { on: '2025-02-08', for: '春节' },
        { on: '2025-04-27', for: '劳动节' },
        { on: '2025-09-28', for: '国庆节' },
        { on: '2025-10-11', for: '国庆节' },
      ],
      localHolidays: [{ on: '2025-04-21', name: '三月三' }],
      localWorkingDays: [{ on: '2025-04-26', name: '补班' }],
      restDays: 117,
      workingDays: 248,
    });
  });

  it('names the amendments of a notice in its year schedule', () => {
    // Act & Assess: the 2019 Labour Day holiday was lengthened in March 2019.
    expect(calendar.yearSchedule(2019).amendments).toEqual([
      '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）',
    ]);
  });

  it('cites the district rules, unnamed, for a district day when no district name is given', () => {
    // Prepare
    const district = new WorkingCalendar({ extraHolidays: [{ on: '2025-04-21', name: '三月三' }] });
    // Act & Assess
    expect(district.dayInfo('2025-04-21')).toEqual({
      date: '2025-04-21',
      working: false,
      kind: 'local-holiday',
      name: '三月三',
      source: '本地区规定',
      provisional: false,
    });
  });

  it('marks a district day in a year without a notice as provisional', () => {
    // Prepare
    const district = new WorkingCalendar({
      districtName: '南宁市',
      extraHolidays: [{ on: '2027-04-09', name: '三月三' }],
    });
    // Act & Assess
    expect(district.dayInfo('2027-04-09')).toMatchObject({
      working: false,
      kind: 'local-holiday',
      source: '南宁市规定',
      provisional: true,
    });
  });

  it('takes the notices in any order', () => {
    // Act
    const reversed = new WorkingCalendar({ notices: [...NATIONAL_NOTICES].reverse() });
    // Assess
    expect(reversed.coverage).toEqual({ from: '2019-01-01', to: '2026-12-31' });
    expect(reversed.version).toBe(calendar.version);
  });

  it('refuses to build a calendar without any notice', () => {
    // Act & Assess
    expect(() => new WorkingCalendar({ notices: [] })).toThrow(
      'a calendar needs at least one holiday notice',
    );
  });

  it('keeps the version of a calendar the same from one release to the next', () => {
    // Prepare: stored requests carry the version their deadlines were computed
    // with; a new fingerprint for the same days would mark every one stale.
    const of2025 = new WorkingCalendar({ notices: only2025 });
    // Act & Assess
    expect(of2025.version).toBe('cal-2gobqjrz8pe');
  });
});

describe('Class: WorkingCalendar, its day lists', () => {
  it('lists the notable days after the first date up to and including the second', () => {
    // Act
    const days = calendar.notableDays('2025-10-01', '2025-10-08');
    // Assess
    expect(days.map((day) => day.date)).toEqual([
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
  });

  it('counts the rest days after the first date up to and including the second', () => {
    // Act & Assess: 10/1–10/8 off, Saturday 10/11 worked, Sunday 10/12 off.
    expect(calendar.countRestDays('2025-09-30', '2025-10-12')).toBe(9);
  });

  it('refuses a date it cannot read', () => {
    // Act & Assess
    expect(() => calendar.notableDays('', '2026-01-01')).toThrow(CalendarRangeError);
  });
});

describe('Function: dateIn, outside the districts of China', () => {
  it.each([
    ['Asia/Tokyo', '2026-09-17T15:30:00Z', '2026-09-18'],
    ['America/New_York', '2026-09-18T02:00:00Z', '2026-09-17'],
  ])('asks the time-zone database for %s: %s falls on %s', (zone, instant, expected) => {
    // Act: twice, the second time through the formatter it keeps.
    const first = dateIn(zone, new Date(instant));
    const second = dateIn(zone, new Date(instant));
    // Assess
    expect([first, second]).toEqual([expected, expected]);
  });
});

describe('Functions: day arithmetic', () => {
  it('adds calendar days across the end of a year', () => {
    // Act & Assess
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2027-01-02', -3)).toBe('2026-12-30');
  });

  it('names the weekday in Chinese', () => {
    // Act & Assess
    expect(['2026-09-20', '2026-09-21', '2026-09-26'].map(weekdayNameZh)).toEqual([
      '周日',
      '周一',
      '周六',
    ]);
  });

  it('knows Saturday and Sunday from the weekdays', () => {
    // Act & Assess
    expect(
      ['2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21'].map((date) =>
        isWeekend(toDayNumber(date)),
      ),
    ).toEqual([false, true, true, false]);
  });
});
