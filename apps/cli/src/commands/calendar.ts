import { loadDistrict, todayIn } from '../districts.js';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';
import { yearScheduleLines } from '../year-schedule-lines.js';

export type CalendarOptions = Record<string, string | boolean | undefined>;

/**
 * `ogi calendar [--year Y] [--district ID] [--json]`: coverage and a year's
 * rest and make-up days; `ogi calendar add-notice FILE …` adds a notice.
 */
export async function calendarCommand(
  positionals: readonly string[],
  options: CalendarOptions,
): Promise<void> {
  const [sub, ...rest] = positionals;
  if (sub === 'add-notice') {
    return (await import('./add-notice.js')).addNoticeCommand(rest, options);
  }
  if (sub !== undefined) throw new UsageError(`unexpected argument: ${sub}`);
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
    ...yearScheduleLines(schedule),
  ];
  if (schedule.provisional) lines.push('注意：本年数据不完整，按周一至周五推算 (provisional)');
  process.stdout.write(`${lines.join('\n')}\n`);
}
