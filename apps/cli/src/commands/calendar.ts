import { weekdayNameZh } from '@ogi/domain';
import { loadDistrict, todayIn } from '../districts.js';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';

/** `ogi calendar [--year Y] [--district ID] [--json]`: coverage and a year's rest and make-up days. */
export function calendarCommand(options: Record<string, string | boolean | undefined>): void {
  const district = loadDistrict(
    typeof options.district === 'string' ? options.district : undefined,
  );
  const yearText =
    typeof options.year === 'string' ? options.year : todayIn(district.timeZone).slice(0, 4);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2001 || year > 2098) {
    throw new UsageError('--year: must be a year from 2001 to 2098', [
      { path: 'year', zh: '年份应在2001至2098之间', en: 'must be a year from 2001 to 2098' },
    ]);
  }
  const { calendar } = district;
  const schedule = calendar.yearSchedule(year);
  if (options.json) {
    printJson({ coverage: calendar.coverage, ...schedule });
    return;
  }
  const lines = [
    `节假日数据覆盖 coverage: ${calendar.coverage.from} — ${calendar.coverage.to}`,
    '',
    `${year}年 ${schedule.notice ?? '（国务院办公厅节假日安排尚未收录 no notice loaded: provisional, Monday–Friday assumed）'}`,
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
  if (schedule.provisional) lines.push('注意：本年数据不完整，按周一至周五推算 (provisional)');
  process.stdout.write(`${lines.join('\n')}\n`);
}
