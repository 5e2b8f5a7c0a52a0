import { type Clock, EVENT_LABELS_ZH } from '@ogi/domain';
import { outcomeRow } from '@ogi/schema';
import {
  type FoundRequest,
  lifecycleEventsOf,
  maskApplicant,
  type RequestRecord,
} from '@ogi/store';
import { publicLetter, sentLetters } from './letters.js';

export const STATUS_LABELS_ZH: Record<RequestRecord['status'], string> = {
  submitted: '已提交，待确认收到',
  processing: '办理中',
  'awaiting-correction': '待补正',
  decided: '已答复',
  withdrawn: '已撤回',
  'deemed-withdrawn': '视为撤回',
};

/** What the applicant sees of a request: no staff names, personal data masked, the letters sent to them. */
export function publicView(found: FoundRequest, clock: Clock) {
  const { record } = found;
  return {
    receiptNo: record.receiptNo,
    status: record.status,
    statusLabel: STATUS_LABELS_ZH[record.status],
    submittedOn: record.submittedOn,
    receivedOn: record.receivedOn ?? null,
    dueOn: clock.dueOn,
    nextDeadline: clock.nextDeadline,
    provisional: clock.provisional,
    paused: clock.paused,
    outcome: record.outcome
      ? { code: record.outcome, label: outcomeRow(record.outcome).label }
      : null,
    applicant: maskApplicant(record.applicant),
    information: record.submission.information,
    attachments: found.attachments.map((attachment) => ({
      attachmentId: attachment.attachmentId,
      fileName: attachment.fileName,
      purpose: attachment.purpose,
      status: attachment.status,
    })),
    letters: sentLetters(found).map((letter) => publicLetter(record.receiptNo, letter)),
    timeline: lifecycleEventsOf(found.events).map((event) => ({
      type: event.type,
      label: EVENT_LABELS_ZH[event.type],
      on: event.on,
      ...('applicantDueOn' in event && event.applicantDueOn
        ? { applicantDueOn: event.applicantDueOn }
        : {}),
      ...('items' in event && event.items ? { items: event.items } : {}),
      ...('outcome' in event
        ? { outcome: event.outcome, outcomeLabel: outcomeRow(event.outcome).label }
        : {}),
      ...('yuan' in event ? { yuan: event.yuan } : {}),
    })),
    explanation: clock.explanation.map((line) => line.text),
  };
}
