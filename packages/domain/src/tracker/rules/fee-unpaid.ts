import { STATUTE } from '../../statute.js';
import type { Reminder } from '../types.js';
import {
  FEE_PAYMENT_LEAD_WORKING_DAYS,
  isClosed,
  type ReminderRuleInput,
  reminderOf,
} from './context.js';

/**
 * 国办函〔2020〕109号: the applicant pays within 20 working days of the fee
 * notice, or the request is deemed withdrawn. The reminder is owed once the
 * fee is unpaid with 3 working days (or fewer) left, up to the last day.
 */
export function feeUnpaidReminders(input: ReminderRuleInput): Reminder[] {
  const { clock, asOf, calendar } = input;
  const fee = clock.fee;
  if (fee === null || fee.paidOn !== undefined || isClosed(input) || asOf > fee.payByOn) {
    return [];
  }
  if (calendar.countWorkingDays(asOf, fee.payByOn) > FEE_PAYMENT_LEAD_WORKING_DAYS) return [];
  return [
    reminderOf(input, {
      kind: 'fee-unpaid',
      deadline: fee.payByOn,
      threshold: 0,
      article: '《条例》第四十二条；国办函〔2020〕109号',
      text: `申请人尚未缴纳信息处理费：缴费期限为收到收费通知次日起${STATUTE.feePaymentWorkingDays}个工作日，逾期未缴纳的视为放弃申请`,
    }),
  ];
}
