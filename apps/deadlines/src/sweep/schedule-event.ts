import { dateIn, type WorkingCalendar } from '@ogi/domain';
import { ClockDate, type IsoDate } from '@ogi/schema';
import * as z from 'zod';

/**
 * The event EventBridge Scheduler invokes the tracker with: its input, which
 * may name the day to sweep as of (`{ "date": "2026-10-08" }`, to catch up a
 * day or to test; within `CLOCK_DATE_SPAN`); anything else in it is ignored.
 */
export const ScheduleEvent = z
  .looseObject({ date: ClockDate.optional() })
  .nullish()
  .transform((event) => event ?? {});

/**
 * The day a scheduled run acts as of: the event's `date`, else today in the
 * district's time zone (Lambda runs in UTC; 07:30 in Beijing is already the
 * new day there).
 * @throws Error naming the field when the event's date is not a date.
 */
export function sweepDay(event: unknown, timeZone: string, now: Date): IsoDate {
  const parsed = ScheduleEvent.safeParse(event);
  if (!parsed.success) {
    throw new Error(
      `the schedule's input is not { "date"?: "YYYY-MM-DD" }: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data.date ?? dateIn(timeZone, now);
}

/**
 * Whether the scheduled run of `asOf` should do nothing: the schedule fires
 * every morning, because make-up working days (调休) fall on weekends, and
 * the working calendar decides. A run whose input names its day always
 * sweeps (a catch-up or a test).
 */
export function isRestMorning(event: unknown, asOf: IsoDate, calendar: WorkingCalendar): boolean {
  const named = ScheduleEvent.safeParse(event).data?.date !== undefined;
  return !named && !calendar.isWorkingDay(asOf);
}
