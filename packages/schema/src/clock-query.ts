import * as z from 'zod';
import { ClockDate } from './dates.js';
import { LifecycleEvent } from './events.js';

/** A question to the statutory clock: a request's events, judged as of a day (the CLI's `deadline`, the API's what-if). */
export const ClockQuery = z.strictObject({
  /** A district id; absent, the national calendar and default settings apply. */
  district: z.string().min(1).max(40).optional(),
  /** The day to judge "overdue" and the days left on; absent, today in the district. */
  asOf: ClockDate.optional(),
  events: z.array(LifecycleEvent).min(1).max(500),
});
export type ClockQuery = z.infer<typeof ClockQuery>;
