import type { IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { Clock } from '../../clock/types.js';
import { isProvisionalDeadline, provisionalNoteZh } from '../format.js';
import type { Reminder, TrackedRequest } from '../types.js';

/** What every reminder rule reads: one request, its clock as of the sweep's day, and that day. */
export interface ReminderRuleInput {
  readonly request: TrackedRequest;
  /** The request's clock computed as of `asOf`. */
  readonly clock: Clock;
  /** The sweep's day, in the district's time zone. */
  readonly asOf: IsoDate;
  readonly calendar: WorkingCalendar;
}

/** The working days a reminder of the correction-notice window comes before its last day (Art. 30). */
export const CORRECTION_NOTICE_LEAD_WORKING_DAYS = 2;
/** The working days left of the 20 to pay when the fee reminder goes (109号). */
export const FEE_PAYMENT_LEAD_WORKING_DAYS = 3;

/** True once the request is closed: decided, withdrawn or deemed withdrawn. */
export function isClosed({ request, clock }: ReminderRuleInput): boolean {
  return (
    clock.phase === 'decided' ||
    clock.phase === 'withdrawn' ||
    clock.phase === 'deemed-withdrawn' ||
    request.status === 'decided' ||
    request.status === 'withdrawn' ||
    request.status === 'deemed-withdrawn'
  );
}

/**
 * One reminder for the request. Working days left count from the sweep's day
 * unless the rule gives them (the answer's, which skip pauses); a provisional
 * deadline says so at the end of the text.
 */
export function reminderOf(
  input: Pick<ReminderRuleInput, 'request' | 'asOf' | 'calendar'>,
  fields: Pick<Reminder, 'kind' | 'deadline' | 'threshold' | 'article' | 'text'> & {
    readonly workingDaysLeft?: number;
    readonly toOffice?: boolean;
  },
): Reminder {
  const { request, calendar, asOf } = input;
  const provisional = isProvisionalDeadline(calendar, fields.deadline);
  return {
    requestId: request.id,
    receiptNo: request.receiptNo,
    assignee: request.assignee,
    maskedName: request.maskedName,
    kind: fields.kind,
    deadline: fields.deadline,
    threshold: fields.threshold,
    workingDaysLeft: fields.workingDaysLeft ?? calendar.countWorkingDays(asOf, fields.deadline),
    provisional,
    article: fields.article,
    text: provisional ? `${fields.text}${provisionalNoteZh(fields.deadline)}` : fields.text,
    toOffice: fields.toOffice ?? false,
  };
}
