import type { IsoDate } from '@ogi/schema';
import { toDayNumber, weekdayOf } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * The weekday of a date as a mail names it (`星期一` … `星期日`).
 *
 * @example
 * weekdayZh('2026-10-22'); // '星期四'
 */
export function weekdayZh(date: IsoDate): string {
  return WEEKDAYS_ZH[weekdayOf(toDayNumber(date))] ?? '';
}

/**
 * A date with its weekday, as the digest shows a deadline.
 *
 * @example
 * dateWithWeekdayZh('2026-10-10'); // '2026-10-10（星期六）'
 */
export function dateWithWeekdayZh(date: IsoDate): string {
  return `${date}（${weekdayZh(date)}）`;
}

/** Working days left before a deadline, in words: `还剩3个工作日`, `今天到期`, `已超过2个工作日`. */
export function workingDaysLeftZh(workingDaysLeft: number): string {
  if (workingDaysLeft > 0) return `还剩${workingDaysLeft}个工作日`;
  if (workingDaysLeft === 0) return '今天到期';
  return `已超过${-workingDaysLeft}个工作日`;
}

/**
 * Whether a deadline rests on a year whose holiday notice is not loaded: the
 * calendar then counted Monday to Friday there, and the date may still move.
 */
export function isProvisionalDeadline(calendar: WorkingCalendar, deadline: IsoDate): boolean {
  return deadline > calendar.coverage.to;
}

/** What a provisional deadline says in the mail. */
export function provisionalNoteZh(deadline: IsoDate): string {
  return `（暂定：${deadline.slice(0, 4)}年节假日安排尚未公布，公布后重新计算）`;
}
