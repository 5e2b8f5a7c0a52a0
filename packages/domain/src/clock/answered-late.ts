import type { IsoDate } from '@ogi/schema';
import type { Clock } from './types.js';

/**
 * Whether a closed request was answered after its deadline (Art. 33 ¶2: 20
 * working days, or the extension, or the Art. 35 deadline): the fact the
 * annual report's narrative needs to say 均已按时答复. Null while the request
 * is open. A request closed after the deadline in force was answered late:
 * a decision so judged is the clock's own `decision.late`; a withdrawal
 * answers nothing, but one that came after the deadline had passed leaves a
 * request the agency had let run late. A deemed withdrawal closes on the
 * applicant's lapse (Art. 30, 109号) while the clock stands still, and never
 * is late.
 *
 * @example
 * const clock = computeClock({ calendar, events: state.events });
 * answeredLate(clock, state.closedOn) // false for a decision before `clock.dueOn`
 */
export function answeredLate(
  clock: Pick<Clock, 'phase' | 'dueOn'>,
  closedOn: IsoDate | null,
): boolean | null {
  if (closedOn === null) return null;
  return clock.phase !== 'deemed-withdrawn' && clock.dueOn !== null && closedOn > clock.dueOn;
}
