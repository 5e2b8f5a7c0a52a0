import type { IsoDate } from '@ogi/schema';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date. Calendar arithmetic runs on
 * these integers; time zones never enter, because an IsoDate is already a
 * district-local calendar day.
 */
export function toDayNumber(date: IsoDate): number {
  // Howard Hinnant's days_from_civil: integer arithmetic, no Date allocation.
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  const year = digits(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` of a day number; 2000–2099 come from a table built once. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return (
    ISO_TABLE[dayNumber - TABLE_FROM] ?? new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
  );
}

function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

const TABLE_FROM = Date.UTC(2000, 0, 1) / MS_PER_DAY;
const TABLE_TO = Date.UTC(2099, 11, 31) / MS_PER_DAY;
const ISO_TABLE: readonly string[] = Array.from({ length: TABLE_TO - TABLE_FROM + 1 }, (_, i) =>
  new Date((TABLE_FROM + i) * MS_PER_DAY).toISOString().slice(0, 10),
);

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export function weekdayNameZh(date: IsoDate): string {
  return WEEKDAY_ZH[weekdayOf(toDayNumber(date))] ?? '';
}

/** Adds calendar days (not working days). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
