import type { IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Clock } from '../clock/types.js';
import { dateWithWeekdayZh, isProvisionalDeadline } from './format.js';
import { reminderOf } from './rules/context.js';
import type { Lapse, Reminder, TrackedRequest } from './types.js';

const CORRECTION_ARTICLE = '《条例》第三十条';
const FEE_ARTICLE = '《条例》第四十二条；国办函〔2020〕109号';

/**
 * The window that lapsed as of `asOf`, making the request deemed withdrawn:
 * the applicant's correction period with no correction (Art. 30; outcome
 * （六）1), or the 20 working days to pay a fee notice with no payment
 * (109号; outcome （六）2). Null while the request is open and neither has
 * lapsed, or once it is closed.
 *
 * A window whose last day lies in a year whose holiday notice is not loaded
 * is not treated as lapsed: that day may still move when the notice comes,
 * and closing a request is not undone by a reminder. The office is warned
 * meanwhile (`officeNotices`), and the first sweep after the notice is loaded
 * closes it.
 *
 * @example
 * lapseOf(clock, '2026-11-02', calendar);
 * // { reason: 'fee-unpaid', windowClosedOn: '2026-10-30', article: '《条例》第四十二条；国办函〔2020〕109号' }
 */
export function lapseOf(clock: Clock, asOf: IsoDate, calendar: WorkingCalendar): Lapse | null {
  if (
    clock.phase === 'decided' ||
    clock.phase === 'withdrawn' ||
    clock.phase === 'deemed-withdrawn'
  ) {
    return null;
  }
  const lapsed = (closedOn: IsoDate) =>
    asOf > closedOn && !isProvisionalDeadline(calendar, closedOn);
  const correction = clock.correction;
  if (correction && correction.receivedOn === undefined && lapsed(correction.applicantDueOn)) {
    return {
      reason: 'correction-lapsed',
      windowClosedOn: correction.applicantDueOn,
      article: CORRECTION_ARTICLE,
    };
  }
  const fee = clock.fee;
  if (fee && fee.paidOn === undefined && lapsed(fee.payByOn)) {
    return { reason: 'fee-unpaid', windowClosedOn: fee.payByOn, article: FEE_ARTICLE };
  }
  return null;
}

const CLOSE_TEXT: Record<Lapse['reason'], (closedOn: IsoDate) => string> = {
  'correction-lapsed': (closedOn) =>
    `申请人未在补正期限${dateWithWeekdayZh(closedOn)}前补正，视为放弃申请：请登记“视为撤回”，按“（六）1”办结`,
  'fee-unpaid': (closedOn) =>
    `申请人未在缴费期限${dateWithWeekdayZh(closedOn)}前缴纳信息处理费，视为放弃申请：请登记“视为撤回”，按“（六）2”办结`,
};

/**
 * The reminder that asks staff to record a deemed withdrawal, for a district
 * that turned automatic closing off. Owed once per lapsed window (threshold 0).
 */
export function closeLapsedReminder(input: {
  readonly request: TrackedRequest;
  readonly lapse: Lapse;
  readonly asOf: IsoDate;
  readonly calendar: WorkingCalendar;
}): Reminder {
  const { lapse } = input;
  return reminderOf(input, {
    kind: 'close-lapsed',
    deadline: lapse.windowClosedOn,
    threshold: 0,
    article: lapse.article,
    text: CLOSE_TEXT[lapse.reason](lapse.windowClosedOn),
  });
}
