import { weekdayNameZh, type YearSchedule } from '@ogi/domain';

/** A year's notice, rest days, make-up working days and totals, as `ogi calendar` prints them. */
export function yearScheduleLines(schedule: YearSchedule): string[] {
  return [
    `${schedule.year}年 ${schedule.notice ?? '（国务院办公厅节假日安排尚未收录 no notice loaded: provisional, Monday–Friday assumed）'}`,
    ...schedule.amendments.map((amendment) => `  调整 amended by ${amendment}`),
    '',
    '放假 rest days:',
    ...schedule.holidays.map(
      (holiday) =>
        `  ${holiday.from}（${weekdayNameZh(holiday.from)}）— ${holiday.to}（${weekdayNameZh(holiday.to)}）  ${holiday.name}  ${holiday.days}天`,
    ),
    ...schedule.localHolidays.map(
      (day) => `  ${day.on}（${weekdayNameZh(day.on)}）  ${day.name}（本地区）`,
    ),
    '',
    '调休上班 make-up working days:',
    ...schedule.makeUpWorkdays.map((day) => `  ${day.on}（${weekdayNameZh(day.on)}）  ${day.for}`),
    ...schedule.localWorkingDays.map(
      (day) => `  ${day.on}（${weekdayNameZh(day.on)}）  ${day.name}（本地区）`,
    ),
    '',
    `全年工作日 working days: ${schedule.workingDays}；休息日 rest days (weekends included): ${schedule.restDays}`,
  ];
}
