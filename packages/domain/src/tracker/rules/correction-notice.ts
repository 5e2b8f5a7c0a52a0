import { STATUTE } from '../../statute.js';
import type { Reminder } from '../types.js';
import {
  CORRECTION_NOTICE_LEAD_WORKING_DAYS,
  isClosed,
  type ReminderRuleInput,
  reminderOf,
} from './context.js';

/**
 * Art. 30: a correction is asked for once, within 7 working days of receipt.
 * The reminder is owed while that window closes within 2 working days (its
 * last day included), no correction was asked for and nothing was decided.
 * Once the window has passed a notice can only be late, so nothing is owed.
 */
export function correctionNoticeReminders(input: ReminderRuleInput): Reminder[] {
  const { clock, asOf, calendar } = input;
  const deadline = clock.correctionNoticeDueOn;
  if (deadline === null || clock.correction !== null || clock.decision !== null) return [];
  if (isClosed(input) || asOf > deadline) return [];
  if (calendar.countWorkingDays(asOf, deadline) > CORRECTION_NOTICE_LEAD_WORKING_DAYS) return [];
  return [
    reminderOf(input, {
      kind: 'correction-notice',
      deadline,
      threshold: 0,
      article: '《条例》第三十条',
      text: `告知补正期限：申请内容不明确需要补正的，应在收到申请之日起${STATUTE.correctionNoticeWorkingDays}个工作日内一次性告知申请人`,
    }),
  ];
}
