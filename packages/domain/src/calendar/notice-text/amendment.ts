import type { IsoDate } from '@ogi/schema';
import { fromDayNumber, toDayNumber, weekdayNameZh } from '../day-number.js';
import type { HolidayNotice } from '../types.js';
import { makeUpDaysFor } from './festivals.js';
import { checkedDate, monthDayZh, WRITTEN_DATE, writtenDate } from './notice-dates.js';
import {
  type AmendmentTitle,
  datedItems,
  type NoticeHead,
  type NoticeLine,
} from './notice-lines.js';
import type { ProblemList } from './notice-text-error.js';
import { checkRestAndWork } from './rest-and-work.js';
import {
  checkInNoticeYear,
  type LinedHoliday,
  type LinedMakeUpDay,
  namedSchedule,
  noticeDays,
  periodZh,
  readScheduleItem,
} from './schedule-item.js';
import { citation } from './yearly-notice.js';

const EXTENSION = new RegExp(
  `^延长(\\d{4})年(\\S+?)假期至(${WRITTEN_DATE}),(${WRITTEN_DATE})起正常上班。?$`,
);

interface Change {
  readonly holidays: readonly LinedHoliday[];
  readonly makeUpDays: readonly LinedMakeUpDay[];
  /** What changed, in the words `HolidayNotice.amendments[].change` keeps. */
  readonly summary: string;
}

interface AmendmentPlace {
  readonly base: HolidayNotice;
  /** The holiday of `base.holidays` the amendment changes. */
  readonly old: LinedHoliday;
  readonly line: number;
  readonly problems: ProblemList;
}

/**
 * Applies an amendment to its year's notice in `notices`: 调整 (the 2019
 * Labour Day notice) replaces the festival's rest period and make-up days
 * with the ones its numbered line gives (`2019年5月1日至4日放假调休,共4天。
 * 4月28日(星期日)、5月5日(星期日)上班。`); 延长 (the 2020 Spring Festival
 * notice) extends the holiday (`延长2020年春节假期至2月2日(…星期日),2月3日
 * (星期一)起正常上班。`) and cancels the make-up days it now covers. The
 * result is checked as a whole, like a year's notice, and lists the
 * amendment. Adds a problem and answers undefined for what does not check.
 * `title` is `head.title`, known to be an amendment's.
 */
export function readAmendment(
  head: NoticeHead,
  title: AmendmentTitle,
  lines: readonly NoticeLine[],
  notices: readonly HolidayNotice[],
  problems: ProblemList,
): HolidayNotice | undefined {
  const before = problems.count;
  const base = notices.find((notice) => notice.year === title.year);
  const notice = citation(head);
  if (!base) {
    problems.add(
      title.line,
      `尚无${title.year}年的节假日安排通知，无法调整：请先添加该年的通知`,
      `there is no ${title.year} notice to amend: add that year's notice first`,
    );
    return undefined;
  }
  if (base.amendments?.some((amendment) => amendment.notice === notice)) {
    problems.add(
      title.line,
      `${title.year}年的通知已按本通知调整过`,
      `the ${title.year} notice already has this amendment`,
    );
    return undefined;
  }
  const old = base.holidays.find((holiday) => holiday.name.split('、').includes(title.festival));
  if (!old) {
    problems.add(
      title.line,
      `${title.year}年的通知中没有${title.festival}`,
      `the ${title.year} notice has no ${title.festival}`,
    );
    return undefined;
  }
  const items = datedItems(lines);
  const [item] = items;
  if (!item || items.length > 1) {
    problems.add(
      item?.line ?? title.line,
      `调整通知应有且只有一个写明日期的编号行，本通知有${items.length}个`,
      `an amendment has exactly one numbered line with dates, this one has ${items.length}`,
    );
    return undefined;
  }
  const place = { base, old, line: item.line, problems };
  const change = title.extendsHoliday
    ? extension(item.body, title.festival, place)
    : replacement(item.body, title.festival, place);
  if (!change) return undefined;
  checkRestAndWork(change.holidays, change.makeUpDays, base.year, problems, item.line);
  if (problems.count > before) return undefined;
  return {
    year: base.year,
    notice: base.notice,
    issuedOn: base.issuedOn,
    amendments: [
      ...(base.amendments ?? []),
      { notice, issuedOn: head.issuedOn, change: change.summary },
    ],
    ...noticeDays(change.holidays, change.makeUpDays),
  };
}

/** 调整: the festival's new rest period and make-up days replace the old ones. */
function replacement(body: string, festival: string, place: AmendmentPlace): Change | undefined {
  const { base, old, line, problems } = place;
  const item = readScheduleItem(namedSchedule(body)?.schedule ?? body, old.name, {
    year: base.year,
    line,
    problems,
  });
  if (!item) return undefined;
  const holidays = base.holidays.map((holiday) => (holiday === old ? item.holiday : holiday));
  const makeUpDays = [
    ...base.makeUpWorkdays.filter((day) => day.for !== makeUpDaysFor(old.name)),
    ...item.makeUpDays,
  ];
  const workdays = item.makeUpDays.map((day) => dayWithWeekday(day.on)).join('、');
  const period = periodZh(item.holiday.from, item.holiday.to, base.year);
  return {
    holidays,
    makeUpDays,
    summary: `${festival} ${period}放假${workdays ? `，${workdays}上班` : ''}`,
  };
}

/** 延长: the holiday runs to a later day; make-up days inside it are cancelled. */
function extension(body: string, festival: string, place: AmendmentPlace): Change | undefined {
  const { base, old, line, problems } = place;
  const parts = EXTENSION.exec(body);
  if (!parts) {
    problems.add(
      line,
      '无法识别本行：应如“延长2020年春节假期至2月2日（星期日），2月3日（星期一）起正常上班。”',
      'cannot read this line: expected e.g. 延长2020年春节假期至2月2日（星期日），2月3日（星期一）起正常上班。',
    );
    return undefined;
  }
  const [, yearText, name = '', toText = '', resumeText = ''] = parts;
  if (Number(yearText) !== base.year || name !== festival) {
    problems.add(
      line,
      `本行延长的是${yearText}年${name}假期，标题却是${base.year}年${festival}`,
      `this line extends the ${yearText} ${name} holiday, the title the ${base.year} ${festival} one`,
    );
    return undefined;
  }
  const to = dateOfYear(toText, base.year, line, problems);
  const resume = dateOfYear(resumeText, base.year, line, problems);
  if (!to || !resume) return undefined;
  if (to <= old.to) {
    problems.add(
      line,
      `延长至${to}，但${old.name}原已放假至${old.to}`,
      `extends to ${to}, but ${old.name} already ran to ${old.to}`,
    );
    return undefined;
  }
  checkInNoticeYear(to, { year: base.year, line, problems });
  const dayAfter = fromDayNumber(toDayNumber(to) + 1);
  if (resume !== dayAfter) {
    problems.add(
      line,
      `${resume}起上班，但假期延长至${to}，应为${dayAfter}起上班`,
      `work resumes on ${resume}, but the holiday now ends on ${to}: it resumes on ${dayAfter}`,
    );
  }
  const holiday: LinedHoliday = { ...old, to, line };
  const cancelled = base.makeUpWorkdays.filter((day) => day.on >= old.from && day.on <= to);
  const cancelledText = cancelled.map((day) => dayWithWeekday(day.on)).join('、');
  return {
    holidays: base.holidays.map((each) => (each === old ? holiday : each)),
    makeUpDays: base.makeUpWorkdays.filter((day) => !cancelled.includes(day)),
    summary: `${festival}假期延长至${monthDayZh(to)}${cancelledText ? `，原定${cancelledText}上班取消` : ''}`,
  };
}

function dateOfYear(
  text: string,
  year: number,
  line: number,
  problems: ProblemList,
): IsoDate | undefined {
  const written = writtenDate(text);
  if (written.month === undefined) {
    problems.add(line, `${written.day}日缺少月份`, `${written.day}日 needs its month`);
    return undefined;
  }
  return checkedDate(
    written.year ?? year,
    written.month,
    written.day,
    written.weekdayLabels,
    line,
    problems,
  );
}

/** `4月28日（周日）`. */
function dayWithWeekday(date: IsoDate): string {
  return `${monthDayZh(date)}（${weekdayNameZh(date)}）`;
}
