import type { IsoDate } from '@ogi/schema';
import type { Clock } from './types.js';

/** One deadline that moved when the calendar (or a district setting) changed. */
export interface DeadlineChange {
  readonly deadline:
    | 'answer'
    | 'correction-notice'
    | 'applicant-correction'
    | 'consultation-reply'
    | 'fee-payment';
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly wasProvisional: boolean;
  readonly isProvisional: boolean;
  /** The line for the request's history, in Chinese. */
  readonly text: string;
}

const NAMES_ZH: Record<DeadlineChange['deadline'], string> = {
  answer: '答复期限',
  'correction-notice': '告知补正期限',
  'applicant-correction': '申请人补正期限',
  'consultation-reply': '征求意见答复期限',
  'fee-payment': '缴费期限',
};

/**
 * The deadlines of one request that differ between two computations of its
 * clock, e.g. before and after a new holiday notice is loaded. The store
 * writes each change into the request's history (RULES.md: a request whose
 * deadline moved says so).
 */
export function deadlineChanges(before: Clock, after: Clock): DeadlineChange[] {
  const pairs: [DeadlineChange['deadline'], IsoDate | null, IsoDate | null][] = [
    ['answer', before.dueOn, after.dueOn],
    ['correction-notice', before.correctionNoticeDueOn, after.correctionNoticeDueOn],
    [
      'applicant-correction',
      before.correction?.applicantDueOn ?? null,
      after.correction?.applicantDueOn ?? null,
    ],
    ['fee-payment', before.fee?.payByOn ?? null, after.fee?.payByOn ?? null],
    ...before.consultations.map(
      (consultation, i) =>
        [
          'consultation-reply',
          consultation.replyDueOn,
          after.consultations[i]?.replyDueOn ?? null,
        ] as [DeadlineChange['deadline'], IsoDate | null, IsoDate | null],
    ),
  ];
  const settled = before.provisional && !after.provisional;
  return pairs
    .filter(([, from, to]) => from !== to || (settled && to !== null))
    .map(([deadline, from, to]) => ({
      deadline,
      from,
      to,
      wasProvisional: before.provisional,
      isProvisional: after.provisional,
      text:
        from === to
          ? `节假日安排更新：${NAMES_ZH[deadline]}${to}不变，已按正式安排确认。`
          : `节假日安排更新：${NAMES_ZH[deadline]}由${from ?? '无'}调整为${to ?? '无'}${after.provisional ? '（仍为暂定）' : ''}。`,
    }));
}
