import type { Clock } from '../../clock/types.js';
import type { Reminder } from '../types.js';
import { type ReminderRuleInput, reminderOf } from './context.js';

/** The article an answer deadline rests on: Art. 35 when the agency set it, otherwise Art. 33 ¶2. */
export function answerArticle(clock: Clock): string {
  return clock.art35 ? '《条例》第三十五条' : '《条例》第三十三条第二款';
}

/** The answer deadline named as the mail shows it: extended, or set under Art. 35. */
export function answerDeadlineZh(clock: Clock): string {
  if (clock.art35) return '答复期限（依第三十五条确定）';
  if (clock.extension) return `答复期限（已延长${clock.extension.workingDays}个工作日）`;
  return '答复期限';
}

/**
 * The tightest of the district's thresholds that `workingDaysLeft` has
 * reached, or undefined when none has.
 *
 * Only the tightest is owed: a request found inside the 2-day threshold is
 * reminded once at 2, and the wider 5 counts as covered. A first run or a
 * missed morning thus catches up with one mail, never two about the same
 * deadline in one digest.
 */
export function tightestThresholdReached(
  thresholds: readonly number[],
  workingDaysLeft: number,
): number | undefined {
  let tightest: number | undefined;
  for (const threshold of thresholds) {
    if (workingDaysLeft <= threshold && (tightest === undefined || threshold < tightest)) {
      tightest = threshold;
    }
  }
  return tightest;
}

/**
 * Art. 33 ¶2 (or the Art. 35 deadline): the answer is due within one of the
 * district's thresholds (`email.remindWorkingDaysBefore`). The deadline and
 * the days left are the clock's, so pauses, the extension and an Art. 35
 * deadline are in them; a new deadline (an extension) starts the thresholds
 * afresh, since the key holds the deadline.
 *
 * Nothing is owed while the clock is paused: a consultation or an unpaid fee
 * stops the days from running, so the deadline is not yet fixed and the days
 * left do not fall; the consultation and fee reminders cover that time, and
 * the answer's reminders resume when the clock does. Nothing is owed while a
 * correction is awaited either: the period then has not started.
 */
export function answerReminders(
  input: ReminderRuleInput,
  thresholds: readonly number[],
): Reminder[] {
  const { clock } = input;
  if (clock.phase !== 'running' || clock.dueOn === null || clock.workingDaysLeft === null) {
    return [];
  }
  if (clock.workingDaysLeft < 0) return [];
  const threshold = tightestThresholdReached(thresholds, clock.workingDaysLeft);
  if (threshold === undefined) return [];
  return [
    reminderOf(input, {
      kind: 'answer',
      deadline: clock.dueOn,
      threshold,
      workingDaysLeft: clock.workingDaysLeft,
      article: answerArticle(clock),
      text: answerDeadlineZh(clock),
    }),
  ];
}
