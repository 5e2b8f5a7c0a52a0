import type { IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Clock } from '../clock/types.js';
import { lapseOf } from './lapse.js';
import { reminderKey } from './reminder-key.js';
import { answerReminders } from './rules/answer.js';
import { confirmReceiptReminders } from './rules/confirm-receipt.js';
import { consultationOverReminders } from './rules/consultation-over.js';
import { correctionNoticeReminders } from './rules/correction-notice.js';
import { feeUnpaidReminders } from './rules/fee-unpaid.js';
import { overdueReminders } from './rules/overdue.js';
import type { Reminder, TrackedRequest } from './types.js';

/** `email.remindWorkingDaysBefore` when the district does not set it. */
export const DEFAULT_REMIND_WORKING_DAYS_BEFORE: readonly number[] = [5, 2, 0];

export interface RemindersInput {
  readonly request: TrackedRequest;
  /** The request's clock computed as of `asOf`. */
  readonly clock: Clock;
  /** The sweep's day, in the district's time zone. */
  readonly asOf: IsoDate;
  readonly calendar: WorkingCalendar;
  /** Working days before the answer deadline to remind at (`email.remindWorkingDaysBefore`). */
  readonly thresholds?: readonly number[];
}

/**
 * Every reminder one request is owed as of `asOf`, whether or not an earlier
 * sweep sent it: the sweep drops those whose `reminderKey` it has already
 * claimed. So a request that comes inside a threshold on a morning the sweep
 * did not run, or that was registered late, is reminded by the next sweep.
 *
 * - `confirm-receipt`: online or fax, not confirmed, one working day after submission (Art. 31(3));
 * - `correction-notice`: the 7-working-day window closes within 2 working days (Art. 30);
 * - `answer`: the tightest threshold the days left have reached (Art. 33 ¶2; Art. 35);
 * - `consultation-over`: the consulted party's 15 working days ended, no reply (Art. 32, 34);
 * - `fee-unpaid`: 3 working days or fewer left to pay (109号);
 * - `overdue`: the answer deadline passed; once a day, to the office too.
 *
 * A request whose correction or fee window lapsed is owed nothing here: the
 * sweep closes it, or asks staff to (`closeLapsedReminder`).
 *
 * @example
 * remindersFor({ request, clock: computeClock({ calendar, events, asOf }), asOf, calendar });
 */
export function remindersFor(input: RemindersInput): Reminder[] {
  const thresholds = input.thresholds ?? DEFAULT_REMIND_WORKING_DAYS_BEFORE;
  if (lapseOf(input.clock, input.asOf, input.calendar)) return [];
  const reminders = [
    ...confirmReceiptReminders(input),
    ...correctionNoticeReminders(input),
    ...answerReminders(input, thresholds),
    ...consultationOverReminders(input),
    ...feeUnpaidReminders(input),
    ...overdueReminders(input),
  ];
  const byKey = new Map(reminders.map((reminder) => [reminderKey(reminder), reminder]));
  return [...byKey.values()].sort((a, b) =>
    a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0,
  );
}
