import type { HolidayNotice } from '../types.js';
import { datedItems, type NoticeHead, type NoticeLine } from './notice-lines.js';
import type { ProblemList } from './notice-text-error.js';
import { checkRestAndWork } from './rest-and-work.js';
import {
  type LinedHoliday,
  type LinedMakeUpDay,
  namedSchedule,
  noticeDays,
  readScheduleItem,
} from './schedule-item.js';

/** `国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）`, or the title alone. */
export function citation(head: NoticeHead): string {
  return head.documentNumber ? `${head.title.title}（${head.documentNumber}）` : head.title.title;
}

/**
 * A year's notice from its numbered lines, `X、<节日>：<schedule>`, each
 * checked, then checked together: no day in two holidays, none both rest and
 * work. Adds a problem and answers undefined for what does not check.
 */
export function readYearlyNotice(
  head: NoticeHead,
  lines: readonly NoticeLine[],
  problems: ProblemList,
): HolidayNotice | undefined {
  const { year } = head.title;
  const before = problems.count;
  const holidays: LinedHoliday[] = [];
  const makeUpDays: LinedMakeUpDay[] = [];
  for (const { line, body } of datedItems(lines)) {
    const named = namedSchedule(body);
    if (!named) {
      problems.add(
        line,
        '无法识别本行：应为“X、节日名：日期放假……”，如“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。”',
        'cannot read this line: expected "X、<holiday>：<dates>放假…", such as 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。',
      );
      continue;
    }
    const item = readScheduleItem(named.schedule, named.name, {
      year,
      line,
      problems,
    });
    if (!item) continue;
    holidays.push(item.holiday);
    makeUpDays.push(...item.makeUpDays);
  }
  if (holidays.length === 0 && problems.count === before) {
    problems.add(
      head.title.line,
      '找不到各节日的放假安排（“一、元旦：……”等编号各行）',
      'no holiday lines found (the numbered lines 一、元旦：… and so on)',
    );
  }
  checkRestAndWork(holidays, makeUpDays, year, problems);
  if (problems.count > before) return undefined;
  return {
    year,
    notice: citation(head),
    issuedOn: head.issuedOn,
    ...noticeDays(holidays, makeUpDays),
  };
}
