import type { IsoDate } from '@ogi/schema';
import { toDayNumber, weekdayOf } from '../day-number.js';
import type { ProblemList } from './notice-text-error.js';

/**
 * A date as notices write it, after NFKC: `2018年12月30日`, `2月4日`, `10日`,
 * with an optional note in brackets (`(周四)`, `(农历除夕、周二)`,
 * `(农历正月初九,星期日)`).
 */
export const WRITTEN_DATE = String.raw`(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\([^)]*\))?`;

const WRITTEN_DATE_PARTS = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?$/;
const WEEKDAY_LABEL = /(?:周|星期)[一二三四五六日天]/g;
const WEEKDAY_DIGITS = '日一二三四五六';
const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** The parts of one written date; the year and month are absent where the text leaves them out. */
export interface WrittenDate {
  readonly year?: number;
  readonly month?: number;
  readonly day: number;
  /** The weekday labels in its brackets (周四, 星期日), as written, wherever the note puts them. */
  readonly weekdayLabels: readonly string[];
}

/** Splits a date matched by `WRITTEN_DATE` into its parts. */
export function writtenDate(text: string): WrittenDate {
  const parts = WRITTEN_DATE_PARTS.exec(text);
  if (!parts) throw new Error(`not a written date: ${text}`);
  const [, year, month, day, note] = parts;
  // Wherever the note puts it (农历除夕、周二; 农历正月初九,星期日; 农历除夕 周二), a weekday is checked.
  const weekdayLabels = [...(note ?? '').matchAll(WEEKDAY_LABEL)].map((label) => label[0]);
  return {
    ...(year ? { year: Number(year) } : {}),
    ...(month ? { month: Number(month) } : {}),
    day: Number(day),
    weekdayLabels,
  };
}

/** Every date matched by `WRITTEN_DATE` in `text`, in order. */
export function writtenDates(text: string): WrittenDate[] {
  return [...text.matchAll(new RegExp(WRITTEN_DATE, 'g'))].map((match) => writtenDate(match[0]));
}

/** The number of days of a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `5月1日`, as a notice writes a date of its own year. */
export function monthDayZh(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `Thursday`. */
export function weekdayNameEn(date: IsoDate): string {
  return WEEKDAYS_EN[weekdayOf(toDayNumber(date))] ?? '';
}

/**
 * The ISO date of year-month-day, checked: refuses (adding a problem at
 * `line`, and answering undefined) a date that does not exist, and adds a
 * problem for each weekday label that is not the date's weekday.
 */
export function checkedDate(
  year: number,
  month: number,
  day: number,
  weekdayLabels: readonly string[],
  line: number,
  problems: ProblemList,
): IsoDate | undefined {
  if (month < 1 || month > 12) {
    problems.add(
      line,
      `${month}月${day}日不存在：没有${month}月`,
      `${month}月${day}日 does not exist: there is no month ${month}`,
    );
    return undefined;
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    problems.add(
      line,
      `${month}月${day}日不存在：${year}年${month}月只有${length}天`,
      `${month}月${day}日 does not exist: month ${month} of ${year} has ${length} days`,
    );
    return undefined;
  }
  const date = isoDate(year, month, day);
  const weekday = weekdayOf(toDayNumber(date));
  for (const label of weekdayLabels) {
    const labelled = WEEKDAY_DIGITS.indexOf(label.slice(-1).replace('天', '日'));
    if (labelled !== weekday) {
      problems.add(
        line,
        `${month}月${day}日标注为${label}，但${date}是星期${WEEKDAY_DIGITS[weekday]}`,
        `${month}月${day}日 is labelled ${label}, but ${date} is a ${weekdayNameEn(date)}`,
      );
    }
  }
  return date;
}
