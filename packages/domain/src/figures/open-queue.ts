import type { IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { AgedOpenRequest, OpenQueueFigures, OpenRequest } from './types.js';
import { WorkingDayCounts } from './working-day-counts.js';

/** How many of the oldest open requests the figures list unless told otherwise. */
export const OLDEST_OPEN_LISTED = 10;

/**
 * The open queue as of `asOf` (today in the district's time zone): how many
 * requests are open, awaiting confirmation of receipt, overdue and extended;
 * the spread of working days since receipt; and the `oldest` received ones
 * (10 unless set), longest open first, each with its working days elapsed
 * and left.
 *
 * Both are counted from the stored dates the way the clock counts them:
 * receipt is day 0 (Art. 33 ¶2), and the days left run to the stored answer
 * deadline, which already holds the extension and the pauses so far; once
 * it has passed they are negative and the request is overdue. While a
 * correction is awaited no deadline runs (Art. 30) and none is left.
 *
 * @example openQueueFigures({ requests, calendar, asOf: '2025-06-16' }).oldest[0]?.workingDaysLeft
 */
export function openQueueFigures(input: {
  readonly requests: Iterable<OpenRequest>;
  readonly calendar: WorkingCalendar;
  readonly asOf: IsoDate;
  readonly oldest?: number;
}): OpenQueueFigures {
  const { calendar, asOf } = input;
  const elapsed = new WorkingDayCounts();
  const received: AgedOpenRequest[] = [];
  let total = 0;
  let awaitingReceipt = 0;
  let overdue = 0;
  let extended = 0;
  for (const request of input.requests) {
    total += 1;
    if (request.extendedOn !== null) extended += 1;
    if (request.receivedOn === null) {
      awaitingReceipt += 1;
      continue;
    }
    const aged = age({ ...request, receivedOn: request.receivedOn }, calendar, asOf);
    if (aged.overdue) overdue += 1;
    elapsed.add(aged.workingDaysElapsed);
    received.push(aged);
  }
  received.sort(
    (a, b) =>
      a.receivedOn.localeCompare(b.receivedOn) || a.receiptNo.localeCompare(b.receiptNo, 'en'),
  );
  return {
    asOf,
    total,
    awaitingReceipt,
    overdue,
    extended,
    workingDaysElapsed: elapsed.spread(),
    oldest: received.slice(0, Math.max(0, input.oldest ?? OLDEST_OPEN_LISTED)),
  };
}

function age(
  request: OpenRequest & { readonly receivedOn: IsoDate },
  calendar: WorkingCalendar,
  asOf: IsoDate,
): AgedOpenRequest {
  const { dueOn } = request;
  return {
    ...request,
    // A receipt recorded for a later day than the figures' (another time zone) has taken none yet.
    workingDaysElapsed: Math.max(0, calendar.countWorkingDays(request.receivedOn, asOf)),
    // Negative once the deadline passed: `countWorkingDays` counts backwards then.
    workingDaysLeft: dueOn === null ? null : calendar.countWorkingDays(asOf, dueOn),
    overdue: dueOn !== null && dueOn < asOf,
  };
}
