import type { IsoDate } from '@ogi/schema';
import { isWeekend, toDayNumber, weekdayNameZh } from '../day-number.js';
import type { HolidayNotice } from '../types.js';
import { makeUpDaysFor } from './festivals.js';
import {
  checkedDate,
  isoDate,
  monthDayZh,
  WRITTEN_DATE,
  type WrittenDate,
  weekdayNameEn,
  writtenDate,
  writtenDates,
} from './notice-dates.js';
import type { ProblemList } from './notice-text-error.js';

/** A holiday with the line it was read from (none for one already in the data). */
export interface LinedHoliday {
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly line?: number;
}

/** A make-up working day with the line it was read from (none for one already in the data). */
export interface LinedMakeUpDay {
  readonly on: IsoDate;
  readonly for: string;
  readonly line?: number;
}

export interface ScheduleItem {
  readonly holiday: LinedHoliday;
  readonly makeUpDays: readonly LinedMakeUpDay[];
}

/** Where an item is read: the notice's year, the line, where its problems go. */
export interface ItemPlace {
  readonly year: number;
  readonly line: number;
  readonly problems: ProblemList;
}

const NAMED_ITEM = /^([^:\d]+):(.+)$/;
const REST = new RegExp(
  `^(${WRITTEN_DATE})(?:至(${WRITTEN_DATE}))?放假(?:调休)?(?:(\\d+)天)?(?:,(.+))?$`,
);
const DAY_COUNT = /^共(\d+)天$/;
const MAKE_UP_DAYS = new RegExp(`^${WRITTEN_DATE}(?:、${WRITTEN_DATE})*上班$`);

/** A numbered line's holiday and its schedule (`元旦:1月1日…`); undefined when it names no holiday first. */
export function namedSchedule(body: string): { name: string; schedule: string } | undefined {
  const named = NAMED_ITEM.exec(body);
  return named ? { name: (named[1] ?? '').trim(), schedule: named[2] ?? '' } : undefined;
}

/** The holidays and make-up days as `HolidayNotice` keeps them: without their lines, the make-up days by date. */
export function noticeDays(
  holidays: readonly LinedHoliday[],
  makeUpDays: readonly LinedMakeUpDay[],
): Pick<HolidayNotice, 'holidays' | 'makeUpWorkdays'> {
  return {
    holidays: holidays.map(({ name, from, to }) => ({ name, from, to })),
    makeUpWorkdays: makeUpDays
      .map((day) => ({ on: day.on, for: day.for }))
      .sort((a, b) => a.on.localeCompare(b.on)),
  };
}

/**
 * One holiday's schedule after its name, as notices write it (after NFKC):
 * the rest period (`1月1日(周四)至3日(周六)放假调休,共3天`, `1月1日放假,与周末连休`,
 * `1月1日(周三)放假1天,不调休`, `5月1日放假`), then its make-up working days
 * (`1月4日(周日)上班`), and sentences of encouragement (`鼓励…`) that change
 * no day. Checks every date, weekday label and day count; adds a problem and
 * answers undefined for what it cannot read.
 */
export function readScheduleItem(
  body: string,
  name: string,
  place: ItemPlace,
): ScheduleItem | undefined {
  const { line, problems } = place;
  const [first = '', ...others] = body
    .split('。')
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  const rest = REST.exec(first);
  if (!rest) {
    problems.add(
      line,
      `无法识别放假日期“${first}”：应如“1月1日（周四）至3日（周六）放假调休，共3天”`,
      `cannot read the rest period "${first}": expected e.g. 1月1日（周四）至3日（周六）放假调休，共3天`,
    );
    return undefined;
  }
  const [, fromText = '', toText, inlineDays, tail] = rest;
  const period = restPeriod(writtenDate(fromText), toText ? writtenDate(toText) : undefined, place);
  if (!period) return undefined;
  const holiday: LinedHoliday = { name, ...period, line };
  const days = toDayNumber(period.to) - toDayNumber(period.from) + 1;
  if (inlineDays !== undefined) checkDayCount(Number(inlineDays), days, period, place);
  if (tail !== undefined) readTail(tail, days, period, place);

  const makeUpDays: LinedMakeUpDay[] = [];
  for (const sentence of others) {
    if (MAKE_UP_DAYS.test(sentence)) {
      for (const written of writtenDates(sentence)) {
        const on = makeUpDate(written, period.from, place);
        if (on) makeUpDays.push({ on, for: makeUpDaysFor(name), line });
      }
    } else if (!sentence.startsWith('鼓励')) {
      problems.add(
        line,
        `无法识别“${sentence}”：放假日期之后应为“M月D日（周X）上班”`,
        `cannot read "${sentence}": after the rest period, expected e.g. M月D日（周X）上班`,
      );
    }
  }
  for (const date of [period.from, period.to, ...makeUpDays.map((day) => day.on)]) {
    checkInNoticeYear(date, place);
  }
  return { holiday, makeUpDays };
}

/**
 * The dates of a rest period. A date without a year is in the notice's year;
 * a period written across the year end without years (12月31日至1月2日) starts
 * in the December before; an end without a month or year takes the start's.
 */
function restPeriod(
  from: WrittenDate,
  to: WrittenDate | undefined,
  place: ItemPlace,
): { from: IsoDate; to: IsoDate } | undefined {
  const { line, problems } = place;
  if (from.month === undefined) {
    problems.add(line, `${from.day}日缺少月份`, `${from.day}日 needs its month`);
    return undefined;
  }
  const crossesYearEnd = to?.month !== undefined && to.month < from.month;
  const fromYear = from.year ?? (to?.year ?? place.year) - (crossesYearEnd ? 1 : 0);
  const fromDate = checkedDate(fromYear, from.month, from.day, from.weekdayLabels, line, problems);
  if (!to) return fromDate ? { from: fromDate, to: fromDate } : undefined;
  const toYear = to.year ?? fromYear + (crossesYearEnd ? 1 : 0);
  const toDate = checkedDate(
    toYear,
    to.month ?? from.month,
    to.day,
    to.weekdayLabels,
    line,
    problems,
  );
  if (!fromDate || !toDate) return undefined;
  if (toDate < fromDate) {
    problems.add(
      line,
      `放假结束日${toDate}早于开始日${fromDate}`,
      `the rest period ends on ${toDate}, before it starts on ${fromDate}`,
    );
    return undefined;
  }
  return { from: fromDate, to: toDate };
}

function readTail(
  tail: string,
  days: number,
  period: { from: IsoDate; to: IsoDate },
  place: ItemPlace,
): void {
  const count = DAY_COUNT.exec(tail);
  if (count) {
    checkDayCount(Number(count[1]), days, period, place);
  } else if (tail === '与周末连休') {
    checkNextToWeekend(period, place);
  } else if (tail !== '不调休') {
    place.problems.add(
      place.line,
      `无法识别“${tail}”：应为“共N天”“与周末连休”或“不调休”`,
      `cannot read "${tail}": expected 共N天, 与周末连休 or 不调休`,
    );
  }
}

function checkDayCount(
  stated: number,
  days: number,
  period: { from: IsoDate; to: IsoDate },
  place: ItemPlace,
): void {
  if (stated === days) return;
  place.problems.add(
    place.line,
    `写明共${stated}天，但${period.from}至${period.to}是${days}天`,
    `says ${stated} days (共${stated}天), but ${period.from} to ${period.to} is ${days} days`,
  );
}

/** 与周末连休: the period must end on a Friday or start on a Monday. */
function checkNextToWeekend(period: { from: IsoDate; to: IsoDate }, place: ItemPlace): void {
  if (isWeekend(toDayNumber(period.to) + 1) || isWeekend(toDayNumber(period.from) - 1)) return;
  place.problems.add(
    place.line,
    `${period.from}（${weekdayNameZh(period.from)}）不与周末相连，却写“与周末连休”`,
    `${period.from} is a ${weekdayNameEn(period.from)}, not next to a weekend, yet the line says 与周末连休`,
  );
}

/**
 * A make-up day without a year is in the year that puts it nearest its
 * holiday: 12月29日 of the holiday 2018-12-30…2019-01-01 is 2018-12-29.
 */
function makeUpDate(
  written: WrittenDate,
  holidayFrom: IsoDate,
  place: ItemPlace,
): IsoDate | undefined {
  const month = written.month ?? Number(holidayFrom.slice(5, 7));
  const year = written.year ?? nearestYear(month, written.day, holidayFrom, place.year);
  return checkedDate(year, month, written.day, written.weekdayLabels, place.line, place.problems);
}

/**
 * The notice's year or the year before, whichever puts month-day nearer
 * `holidayFrom`. Day numbers are plain arithmetic, so a day that does not
 * exist (2月29日 of 2025) is placed all the same, then refused as it is.
 */
function nearestYear(month: number, day: number, holidayFrom: IsoDate, year: number): number {
  const distance = (candidate: number) =>
    Math.abs(toDayNumber(isoDate(candidate, month, day)) - toDayNumber(holidayFrom));
  return distance(year - 1) < distance(year) ? year - 1 : year;
}

/** A year's notice dates the days of its year, and may reach back into the December before. */
export function checkInNoticeYear(date: IsoDate, place: ItemPlace): void {
  if (date >= `${place.year - 1}-12-01` && date <= `${place.year}-12-31`) return;
  place.problems.add(
    place.line,
    `${date}不在${place.year}年（及上一年12月）之内`,
    `${date} is outside ${place.year} (and the December before it)`,
  );
}

/** `5月1日至4日`, `2018年12月30日至2019年1月1日`: a period as the notice of `year` writes it. */
export function periodZh(from: IsoDate, to: IsoDate, year: number): string {
  const withYear = (date: IsoDate) =>
    Number(date.slice(0, 4)) === year
      ? monthDayZh(date)
      : `${date.slice(0, 4)}年${monthDayZh(date)}`;
  if (from === to) return withYear(from);
  const end = to.slice(0, 7) === from.slice(0, 7) ? `${Number(to.slice(8, 10))}日` : withYear(to);
  return `${withYear(from)}至${end}`;
}
