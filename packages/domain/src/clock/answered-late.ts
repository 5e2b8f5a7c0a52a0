import type { IsoDate } from '@ogi/schema';
import type { Clock } from './types.js';

/**
 * Whether a closed request was answered after its deadline (Art. 33 ¶2: 20
 * working days, or the extension, or the Art. 35 deadline): the fact the
 * annual report's narrative needs to say 均已按时答复. Null while the request
 * is open. A decision is late when the clock says so. A withdrawal answers
 * nothing, but one that came after the deadline had passed leaves a request
 * the agency had let run late, so it counts as late; a deemed withdrawal
 * closes on the applicant's lapse (Art. 30, 109号) while the clock stands
 * still, and never is.
 *
 * @example
 * const clock = computeClock({ calendar, events: state.events });
 * answeredLate(clock, state.closedOn) // false for a decision before `clock.dueOn`
 */
export function answeredLate(
  clock: Pick<Clock, 'phase' | 'dueOn' | 'decision'>,
  closedOn: IsoDate | null,
): boolean | null {
  if (closedOn === null) return null;
  switch (clock.phase) {
    case 'decided':
      return clock.decision?.late ?? null;
    case 'withdrawn':
      return clock.dueOn !== null && closedOn > clock.dueOn;
    case 'deemed-withdrawn':
      return false;
    default:
      return null;
  }
}
