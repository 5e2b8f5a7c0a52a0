import * as z from 'zod';

/**
 * A calendar date written `YYYY-MM-DD`, read in the district's time zone.
 * Dates are never `Date` objects in ogi: a `Date` is an instant, and the same
 * instant falls on different days in UTC (Lambda) and in Asia/Shanghai.
 */
export const IsoDate = z.iso.date({
  error: 'date must be a real calendar date written YYYY-MM-DD',
});
export type IsoDate = z.infer<typeof IsoDate>;
