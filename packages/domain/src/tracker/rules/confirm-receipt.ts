import type { Reminder } from '../types.js';
import { type ReminderRuleInput, reminderOf } from './context.js';

const CHANNEL_ZH = { online: '网上', fax: '传真' } as const;

/**
 * Art. 31(3): an online or fax request is received on the day both sides
 * confirm it. From one working day after submission until staff record the
 * confirmation, the reminder is owed (always under the same key, so it goes
 * once and a missed morning catches up).
 */
export function confirmReceiptReminders(input: ReminderRuleInput): Reminder[] {
  const { request, clock, asOf, calendar } = input;
  if (request.status !== 'submitted' || clock.phase !== 'awaiting-receipt') return [];
  if (request.channel !== 'online' && request.channel !== 'fax') return [];
  const deadline = calendar.addWorkingDays(request.submittedOn, 1).date;
  if (asOf < deadline) return [];
  return [
    reminderOf(input, {
      kind: 'confirm-receipt',
      deadline,
      threshold: 0,
      article: '《条例》第三十一条第三项',
      text: `${CHANNEL_ZH[request.channel]}提交的申请尚未确认收到：请与申请人确认，以双方确认之日为收到申请之日`,
    }),
  ];
}
