import { CONSULTED_PARTIES, type ConsultedParty, type IsoDate } from '@ogi/schema';
import { STATUTE } from '../../statute.js';
import type { Reminder } from '../types.js';
import { isClosed, type ReminderRuleInput, reminderOf } from './context.js';

const BY_PARTY: Record<ConsultedParty, { article: string; text: string }> = {
  'third-party': {
    article: '第三十二条',
    text: `征求第三方意见已满${STATUTE.consultationReplyWorkingDays}个工作日未收到意见：请依法决定是否公开并作出答复`,
  },
  agency: {
    article: '第三十四条',
    text: `征求其他机关意见已满${STATUTE.consultationReplyWorkingDays}个工作日未收到意见，视为同意公开：请作出答复`,
  },
};

/**
 * Art. 32 (third parties) and Art. 34 (other agencies): the consulted party's
 * 15 working days ended with no reply recorded, so the agency decides now.
 * Owed once per reply deadline from the first day after it; consultations
 * whose windows end on the same day share one reminder naming each party.
 */
export function consultationOverReminders(input: ReminderRuleInput): Reminder[] {
  const { clock, asOf } = input;
  if (isClosed(input)) return [];
  const partiesByDeadline = new Map<IsoDate, Set<ConsultedParty>>();
  for (const consultation of clock.consultations) {
    if (consultation.endedOn !== undefined || asOf <= consultation.replyDueOn) continue;
    const parties = partiesByDeadline.get(consultation.replyDueOn) ?? new Set();
    partiesByDeadline.set(consultation.replyDueOn, parties.add(consultation.party));
  }
  return [...partiesByDeadline].map(([deadline, parties]) => {
    const rules = CONSULTED_PARTIES.filter((party) => parties.has(party)).map(
      (party) => BY_PARTY[party],
    );
    return reminderOf(input, {
      kind: 'consultation-over',
      deadline,
      threshold: 0,
      article: `《条例》${rules.map((rule) => rule.article).join('、')}`,
      text: rules.map((rule) => rule.text).join('；'),
    });
  });
}
