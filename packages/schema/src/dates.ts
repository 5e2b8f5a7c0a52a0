import * as z from 'zod';
import { CLOCK_DATE_SPAN } from './calendar-span.js';
import { messageIssue } from './messages.js';

/**
 * A calendar date written `YYYY-MM-DD`, read in the district's time zone.
 * Dates are never `Date` objects in ogi: a `Date` is an instant, and the same
 * instant falls on different days in UTC (Lambda) and in Asia/Shanghai.
 */
export const IsoDate = z.iso.date({
  error: 'date must be a real calendar date written YYYY-MM-DD',
});
export type IsoDate = z.infer<typeof IsoDate>;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date the statutory clock computes with (a lifecycle event's dates, a
 * receipt date, the day a clock is judged on): an `IsoDate` within
 * `CLOCK_DATE_SPAN`, refused naming the field outside it, so that it never
 * reaches the working calendar's range error.
 */
export const ClockDate = IsoDate.refine(
  // A date of the wrong shape already failed as `invalidDate`.
  (date) => !DATE_SHAPE.test(date) || (date >= CLOCK_DATE_SPAN.from && date <= CLOCK_DATE_SPAN.to),
  messageIssue('dateOutsideClock'),
);
