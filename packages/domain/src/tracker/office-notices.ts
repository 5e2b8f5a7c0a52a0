import type { IsoDate } from '@ogi/schema';
import { fromDayNumber, toDayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { dateWithWeekdayZh } from './format.js';
import type { OfficeNotice } from './types.js';

/** Art. 49: the annual report is published by 31 January (a district may set another day). */
export const DEFAULT_REPORT_DEADLINE = '01-31';

export interface OfficeNoticesInput {
  /** The sweep's day, in the district's time zone. */
  readonly asOf: IsoDate;
  readonly calendar: WorkingCalendar;
  /** The district's report deadline, `MM-DD` (`reportDeadline` of its config). */
  readonly reportDeadline?: string;
  /** The years whose annual report the district has published. */
  readonly publishedReportYears: readonly number[];
}

/**
 * The district-wide reminders of one sweep day, for the office:
 *
 * - `annual-report-unpublished`: from 2 January until the report deadline
 *   (both included), while last year's annual report is unpublished (Art. 49);
 * - `holiday-notice-missing`: from 1 November, while next year's State
 *   Council holiday notice is not in the calendar, and on any day while this
 *   year's is not: deadlines in such a year are counted Monday to Friday and
 *   are provisional until the notice is loaded.
 */
export function officeNotices(input: OfficeNoticesInput): OfficeNotice[] {
  return [...annualReportNotices(input), ...holidayNoticeNotices(input)];
}

function annualReportNotices(input: OfficeNoticesInput): OfficeNotice[] {
  const { asOf, publishedReportYears } = input;
  const thisYear = Number(asOf.slice(0, 4));
  const reportYear = thisYear - 1;
  const deadline = dayOfYear(thisYear, input.reportDeadline ?? DEFAULT_REPORT_DEADLINE);
  if (asOf < `${thisYear}-01-02` || asOf > deadline) return [];
  if (publishedReportYears.includes(reportYear)) return [];
  return [
    {
      kind: 'annual-report-unpublished',
      year: reportYear,
      deadline,
      text: `${reportYear}年政府信息公开工作年度报告尚未公布：应于${dateWithWeekdayZh(deadline)}前向社会公布（《条例》第四十九条）`,
    },
  ];
}

function holidayNoticeNotices({ asOf, calendar }: OfficeNoticesInput): OfficeNotice[] {
  const thisYear = Number(asOf.slice(0, 4));
  const years = asOf.slice(5) >= '11-01' ? [thisYear, thisYear + 1] : [thisYear];
  return years
    .filter(
      (year) => calendar.coverage.from > `${year}-01-01` || calendar.coverage.to < `${year}-12-31`,
    )
    .map((year) => ({
      kind: 'holiday-notice-missing',
      year,
      deadline: null,
      text: `国务院办公厅关于${year}年部分节假日安排的通知尚未载入系统日历：${year}年内的期限暂按周一至周五计算，均为暂定，载入后重新计算；请联系系统管理员载入`,
    }));
}

/** `MM-DD` in `year`, moved back to the month's last day when the month is shorter (02-29, 02-30). */
function dayOfYear(year: number, monthDay: string): IsoDate {
  const month = Number(monthDay.slice(0, 2));
  const firstOfNextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  const lastOfMonth = fromDayNumber(toDayNumber(firstOfNextMonth) - 1);
  const day = Math.min(Number(monthDay.slice(3)), Number(lastOfMonth.slice(8)));
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
