import { fromDayNumber, toDayNumber } from '../day-number.js';
import type { ProblemList } from './notice-text-error.js';
import type { LinedHoliday, LinedMakeUpDay } from './schedule-item.js';

/**
 * Refuses a day that two holidays both claim, and a day both rest (inside a
 * holiday) and work (a make-up day), each at the line that brought it; a
 * holiday or make-up day already in the data (no line) is named by its year's
 * notice, and the problem goes to `fallbackLine`.
 */
export function checkRestAndWork(
  holidays: readonly LinedHoliday[],
  makeUpDays: readonly LinedMakeUpDay[],
  year: number,
  problems: ProblemList,
  fallbackLine = 1,
): void {
  const restDays = new Map<number, LinedHoliday>();
  const overlapping = new Set<string>();
  for (const holiday of holidays) {
    for (let day = toDayNumber(holiday.from); day <= toDayNumber(holiday.to); day++) {
      const other = restDays.get(day);
      if (!other) {
        restDays.set(day, holiday);
      } else if (!overlapping.has(`${other.name}|${holiday.name}`)) {
        overlapping.add(`${other.name}|${holiday.name}`);
        const where = placeOf(other, year);
        problems.add(
          holiday.line ?? fallbackLine,
          `${fromDayNumber(day)}已是${other.name}的放假日（${where.zh}），${holiday.name}不能再占用`,
          `${fromDayNumber(day)} is already a rest day of ${other.name} (${where.en}), ${holiday.name} cannot take it too`,
        );
      }
    }
  }
  for (const makeUpDay of makeUpDays) {
    const holiday = restDays.get(toDayNumber(makeUpDay.on));
    if (!holiday) continue;
    const where = placeOf(holiday, year);
    problems.add(
      makeUpDay.line ?? fallbackLine,
      `${makeUpDay.on}既是${holiday.name}的放假日（${where.zh}），又是上班日`,
      `${makeUpDay.on} is both a rest day of ${holiday.name} (${where.en}) and a working day`,
    );
  }
}

function placeOf(holiday: LinedHoliday, year: number): { zh: string; en: string } {
  return holiday.line === undefined
    ? { zh: `${year}年通知`, en: `the ${year} notice` }
    : { zh: `第${holiday.line}行`, en: `line ${holiday.line}` };
}
