import type { Reminder } from '../types.js';
import { answerArticle, answerDeadlineZh } from './answer.js';
import { type ReminderRuleInput, reminderOf } from './context.js';

/**
 * The answer deadline (Art. 33 ¶2, or Art. 35) has passed with no answer:
 * owed once a day (the sweep's day is the threshold) until the request is
 * closed, and the office is told as well.
 */
export function overdueReminders(input: ReminderRuleInput): Reminder[] {
  const { clock, asOf } = input;
  if (!clock.overdue || clock.dueOn === null || clock.workingDaysLeft === null) return [];
  return [
    reminderOf(input, {
      kind: 'overdue',
      deadline: clock.dueOn,
      threshold: asOf,
      workingDaysLeft: clock.workingDaysLeft,
      article: answerArticle(clock),
      text: `${answerDeadlineZh(clock)}已过，尚未答复`,
      toOffice: true,
    }),
  ];
}
