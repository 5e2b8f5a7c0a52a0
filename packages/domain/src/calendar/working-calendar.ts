import { CALENDAR_SPAN, type CalendarOverride, type IsoDate } from '@ogi/schema';
import { fromDayNumber, isWeekend, toDayNumber } from './day-number.js';
import { NATIONAL_NOTICES } from './national-notices.js';
import type { CalendarResult, DayInfo, DayKind, HolidayNotice } from './types.js';

/** The first and last day any calendar answers for (`CALENDAR_SPAN`); outside them it throws. */
const FIRST_DAY = toDayNumber(CALENDAR_SPAN.from);
const LAST_DAY = toDayNumber(CALENDAR_SPAN.to);
/** The tables reach one day past each end: arithmetic on the first and last day reads its neighbour. */
const RANGE_FROM = FIRST_DAY - 1;
const RANGE_TO = LAST_DAY + 1;

export interface CalendarOptions {
  /** The State Council notices to use; defaults to every notice in the repository. */
  readonly notices?: readonly HolidayNotice[];
  /** District rest days on top of the notices. */
  readonly extraHolidays?: readonly CalendarOverride[];
  /** District working days on top of the notices. */
  readonly extraWorkingDays?: readonly CalendarOverride[];
  /** Names the district in explanations of its own overrides. */
  readonly districtName?: string;
}

interface SpecialDay {
  readonly kind: Exclude<DayKind, 'workday' | 'weekend'>;
  readonly name: string;
  readonly source: string;
}

export interface YearSchedule {
  readonly year: number;
  readonly notice?: string;
  readonly amendments: readonly string[];
  readonly provisional: boolean;
  readonly holidays: readonly { name: string; from: IsoDate; to: IsoDate; days: number }[];
  readonly makeUpWorkdays: readonly { on: IsoDate; for: string }[];
  readonly localHolidays: readonly CalendarOverride[];
  readonly localWorkingDays: readonly CalendarOverride[];
  readonly restDays: number;
  readonly workingDays: number;
}

/**
 * A date, or the result of working-day arithmetic from a date, outside
 * `CALENDAR_SPAN`. Input never gets here: `ClockDate` of `@ogi/schema` keeps
 * every date the clock is given well inside the span.
 */
export class CalendarRangeError extends RangeError {
  /** The date given, or the date the arithmetic started from. */
  readonly date: IsoDate;

  constructor(date: IsoDate, workingDays?: number) {
    const span = `${CALENDAR_SPAN.from} to ${CALENDAR_SPAN.to}`;
    super(
      workingDays === undefined
        ? `date ${date} is outside the span the working calendar computes with, ${span}`
        : `${workingDays} working days from ${date} leave the span the working calendar computes with, ${span}`,
    );
    this.name = 'CalendarRangeError';
    this.date = date;
  }
}

/**
 * The working-day calendar of one district: the State Council's notices plus
 * the district's own rest and working days.
 *
 * Every query is O(1): the constructor builds, once, a prefix count of working
 * days and the list of working days in order, so adding N working days is one
 * array lookup. A result that depends on a day outside the loaded notices is
 * flagged `provisional` instead of being silently computed as Monday–Friday.
 *
 * @example
 * const calendar = new WorkingCalendar();
 * calendar.addWorkingDays('2026-09-18', 20); // { date: '2026-10-22', provisional: false }
 */
export class WorkingCalendar {
  /** First and last day covered by a loaded notice. */
  readonly coverage: { readonly from: IsoDate; readonly to: IsoDate };
  readonly notices: readonly HolidayNotice[];
  /**
   * A fingerprint of everything that moves a deadline: the coverage and every
   * day whose working status differs from Monday–Friday. Two calendars with
   * the same version compute the same dates; a request stores the version its
   * deadlines were computed with, so a sweep knows when to recompute them.
   */
  readonly version: string;
  private readonly coveredFrom: number;
  private readonly coveredTo: number;
  private readonly special = new Map<number, SpecialDay>();
  private readonly specialDaysInOrder: readonly number[];
  private readonly local: {
    holidays: readonly CalendarOverride[];
    workingDays: readonly CalendarOverride[];
  };
  /** workingThrough[i]: working days in [RANGE_FROM, RANGE_FROM + i]. */
  private readonly workingThrough: Int32Array;
  /** The day numbers of the working days, in order. */
  private readonly workingDays: Int32Array;
  /** working[i]: 1 when RANGE_FROM + i is a working day. */
  private readonly working: Uint8Array;

  constructor(options: CalendarOptions = {}) {
    this.notices = [...(options.notices ?? NATIONAL_NOTICES)].sort((a, b) => a.year - b.year);
    const years = contiguousYears(this.notices);
    this.coverage = { from: `${years.first}-01-01`, to: `${years.last}-12-31` };
    this.coveredFrom = toDayNumber(this.coverage.from);
    this.coveredTo = toDayNumber(this.coverage.to);
    this.local = {
      holidays: options.extraHolidays ?? [],
      workingDays: options.extraWorkingDays ?? [],
    };
    this.loadNotices();
    this.loadOverrides(options);
    this.specialDaysInOrder = [...this.special.keys()].sort((a, b) => a - b);

    const length = RANGE_TO - RANGE_FROM + 1;
    this.working = new Uint8Array(length);
    for (let i = 0; i < 7; i++) this.working[i] = isWeekend(RANGE_FROM + i) ? 0 : 1;
    // The week repeats: doubling copies fill the span in a few native calls, not a cold loop.
    for (let filled = 7; filled < length; filled *= 2) this.working.copyWithin(filled, 0, filled);
    for (const [day, special] of this.special) {
      const i = day - RANGE_FROM;
      if (i >= 0 && i < length) this.working[i] = isWorkingKind(special.kind) ? 1 : 0;
    }
    this.workingThrough = new Int32Array(length);
    const workingDays = new Int32Array(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      if (this.working[i] === 1) workingDays[count++] = RANGE_FROM + i;
      this.workingThrough[i] = count;
    }
    this.workingDays = workingDays.slice(0, count);
    this.version = this.fingerprint();
  }

  /** Whether the government offices of the district work on `date`. */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(this.checked(date));
  }

  /** Why `date` is or is not a working day. */
  dayInfo(date: IsoDate): DayInfo {
    return this.dayInfoOf(this.checked(date));
  }

  /**
   * The `n`th working day after `date` (day 0 is `date` itself, whatever it
   * is), or for negative `n` the |n|th working day before it. O(1).
   */
  addWorkingDays(date: IsoDate, n: number): CalendarResult {
    const start = this.checked(date);
    const result = this.addWorkingDayNumbers(start, n);
    const provisional =
      n >= 0 ? !this.coversSpan(start + 1, result) : !this.coversSpan(result, start - 1);
    return { date: fromDayNumber(result), provisional };
  }

  /** Working days in (from, to]; negative when `to` is before `from`. O(1). */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    return this.countWorkingDayNumbers(this.checked(from), this.checked(to));
  }

  /** True when every day of [from, to] lies inside the loaded notices. */
  covers(from: IsoDate, to: IsoDate): boolean {
    return this.coversSpan(this.checked(from), this.checked(to));
  }

  /** The days of (from, to] that are not ordinary weekdays or weekends: holidays, make-up days, local days. */
  notableDays(from: IsoDate, to: IsoDate): DayInfo[] {
    const start = this.checked(from);
    const end = this.checked(to);
    const days: DayInfo[] = [];
    for (const day of this.specialDaysInOrder) {
      if (day > end) break;
      if (day > start) days.push(this.dayInfoOf(day));
    }
    return days;
  }

  /** Rest days in (from, to]. */
  countRestDays(from: IsoDate, to: IsoDate): number {
    const start = this.checked(from);
    const end = this.checked(to);
    return end - start - this.countWorkingDayNumbers(start, end);
  }

  /** A year's holidays and make-up days, as the notice gives them, with the district's own. */
  yearSchedule(year: number): YearSchedule {
    const notice = this.notices.find((candidate) => candidate.year === year);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const inYear = (date: IsoDate) => date.startsWith(`${year}-`);
    const workingDays = this.countWorkingDays(`${year - 1}-12-31`, to);
    const daysInYear = toDayNumber(to) - toDayNumber(from) + 1;
    return {
      year,
      ...(notice ? { notice: notice.notice } : {}),
      amendments: notice?.amendments?.map((amendment) => amendment.notice) ?? [],
      provisional: !this.covers(from, to),
      holidays:
        notice?.holidays.map((holiday) => ({
          ...holiday,
          days: toDayNumber(holiday.to) - toDayNumber(holiday.from) + 1,
        })) ?? [],
      makeUpWorkdays: notice?.makeUpWorkdays ?? [],
      localHolidays: this.local.holidays.filter((day) => inYear(day.on)),
      localWorkingDays: this.local.workingDays.filter((day) => inYear(day.on)),
      restDays: daysInYear - workingDays,
      workingDays,
    };
  }

  /** @internal Day-number form of addWorkingDays, for the clock's inner loop. */
  addWorkingDayNumbers(start: number, n: number): number {
    if (n === 0) return start;
    const index =
      n > 0 ? this.workingThroughDay(start) + n - 1 : this.workingThroughDay(start - 1) + n;
    const result = this.workingDays[index];
    if (result === undefined || result < FIRST_DAY || result > LAST_DAY) {
      throw new CalendarRangeError(fromDayNumber(start), n);
    }
    return result;
  }

  /** @internal Day-number form of countWorkingDays. */
  countWorkingDayNumbers(from: number, to: number): number {
    return this.workingThroughDay(to) - this.workingThroughDay(from);
  }

  /** @internal */
  coversSpan(from: number, to: number): boolean {
    return from > to || (from >= this.coveredFrom && to <= this.coveredTo);
  }

  /** @internal */
  isWorkingDayNumber(day: number): boolean {
    const working = this.working[day - RANGE_FROM];
    if (working === undefined) throw new CalendarRangeError(fromDayNumber(day));
    return working === 1;
  }

  private workingThroughDay(day: number): number {
    const value = this.workingThrough[day - RANGE_FROM];
    if (value === undefined) throw new CalendarRangeError(fromDayNumber(day));
    return value;
  }

  private dayInfoOf(day: number): DayInfo {
    const date = fromDayNumber(day);
    const provisional = !this.coversSpan(day, day);
    const special = this.special.get(day);
    if (special) {
      return {
        date,
        working: this.isWorkingDayNumber(day),
        kind: special.kind,
        name: special.name,
        source: special.source,
        provisional,
      };
    }
    const weekend = isWeekend(day);
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', provisional };
  }

  private fingerprint(): string {
    const parts = [this.coverage.from, this.coverage.to];
    // Only a special day can differ from Monday–Friday: visiting those, in
    // order, spares a cold start a pass over the whole span.
    for (const day of this.specialDaysInOrder) {
      const i = day - RANGE_FROM;
      if (i < 0 || i >= this.working.length) continue;
      const weekend = isWeekend(day);
      if ((this.working[i] === 1) === weekend) parts.push(`${i}${weekend ? 'w' : 'r'}`);
    }
    return `cal-${hash53(parts.join(','))}`;
  }

  private checked(date: IsoDate): number {
    const day = toDayNumber(date);
    if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) {
      throw new CalendarRangeError(date);
    }
    return day;
  }

  private loadNotices(): void {
    for (const notice of this.notices) {
      for (const holiday of notice.holidays) {
        for (let day = toDayNumber(holiday.from); day <= toDayNumber(holiday.to); day++) {
          this.special.set(day, { kind: 'holiday', name: holiday.name, source: notice.notice });
        }
      }
      for (const workday of notice.makeUpWorkdays) {
        this.special.set(toDayNumber(workday.on), {
          kind: 'make-up-workday',
          name: `${workday.for}调休`,
          source: notice.notice,
        });
      }
    }
  }

  private loadOverrides(options: CalendarOptions): void {
    const source = options.districtName ? `${options.districtName}规定` : '本地区规定';
    for (const holiday of this.local.holidays) {
      this.special.set(toDayNumber(holiday.on), {
        kind: 'local-holiday',
        name: holiday.name,
        source,
      });
    }
    for (const workday of this.local.workingDays) {
      this.special.set(toDayNumber(workday.on), {
        kind: 'local-workday',
        name: workday.name,
        source,
      });
    }
  }
}

/** The first and last year of the unbroken run of notices that starts with the earliest one. */
function contiguousYears(notices: readonly HolidayNotice[]): { first: number; last: number } {
  const first = notices[0]?.year;
  if (first === undefined) throw new Error('a calendar needs at least one holiday notice');
  let last = first;
  for (const notice of notices.slice(1)) {
    if (notice.year !== last + 1) break;
    last = notice.year;
  }
  return { first, last };
}

/** cyrb53: a fast, well-spread 53-bit string hash (no crypto needed: this detects change, not tampering). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function isWorkingKind(kind: SpecialDay['kind']): boolean {
  return kind === 'make-up-workday' || kind === 'local-workday';
}
