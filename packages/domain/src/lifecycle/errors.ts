import type { LifecycleEventType, RequestStatus } from '@ogi/schema';

/** The base of every error the domain throws on purpose. */
export class DomainError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DomainError';
  }
}

/** Why an event was refused: one stable code per rule of the request lifecycle. */
export type TransitionErrorCode =
  | 'out-of-order'
  | 'no-request'
  | 'already-submitted'
  | 'submitted-after-receipt'
  | 'already-received'
  | 'not-received'
  | 'correction-already-requested'
  | 'correction-due-not-after-notice'
  | 'no-pending-correction'
  | 'correction-period-running'
  | 'awaiting-correction'
  | 'correction-pending'
  | 'no-open-consultation'
  | 'extension-already-used'
  | 'extension-after-deadline'
  | 'fee-already-noticed'
  | 'fee-notice-late'
  | 'no-pending-fee'
  | 'fee-period-running'
  | 'fee-window-lapsed'
  | 'fee-pending'
  | 'deadline-not-later'
  | 'deadline-in-past'
  | 'use-deemed-withdrawn'
  | 'closed'
  | 'not-closed'
  | 'no-concluded-reconsideration'
  | 'appeal-already-pending'
  | 'no-pending-appeal';

/**
 * The field of the refused event each rule judges, so a form can show the
 * refusal beside it: the day (`on`) when the step came too early or too late,
 * a date or choice the rule weighs, else `type` (the step itself is not
 * allowed now). Every code must name one.
 */
export const REFUSED_FIELD = {
  'out-of-order': 'on',
  'no-request': 'type',
  'already-submitted': 'type',
  'submitted-after-receipt': 'type',
  'already-received': 'type',
  'not-received': 'type',
  'correction-already-requested': 'type',
  'correction-due-not-after-notice': 'applicantDueOn',
  'no-pending-correction': 'type',
  'correction-period-running': 'on',
  'awaiting-correction': 'type',
  'correction-pending': 'type',
  'no-open-consultation': 'type',
  'extension-already-used': 'type',
  'extension-after-deadline': 'on',
  'fee-already-noticed': 'type',
  'fee-notice-late': 'on',
  'no-pending-fee': 'type',
  'fee-period-running': 'on',
  'fee-window-lapsed': 'on',
  'fee-pending': 'type',
  'deadline-not-later': 'dueOn',
  'deadline-in-past': 'dueOn',
  'use-deemed-withdrawn': 'outcome',
  closed: 'type',
  'not-closed': 'type',
  'no-concluded-reconsideration': 'kind',
  'appeal-already-pending': 'kind',
  'no-pending-appeal': 'kind',
} as const satisfies Record<TransitionErrorCode, string>;

/** A field of an event that a refusal names. */
export type RefusedField = (typeof REFUSED_FIELD)[TransitionErrorCode];

/** A refusal before it is thrown: the rule broken, in both languages. */
export interface Rejection {
  readonly code: TransitionErrorCode;
  /** For staff and applicants, naming the article the rule comes from. */
  readonly zh: string;
  readonly en: string;
}

/**
 * An event the request's current state does not allow, e.g. a second
 * correction notice (Art. 30: 一次性告知). `message` is the English text;
 * `zh` is what staff and applicants read.
 *
 * @example
 * try { applyEvent(state, event, context); } catch (error) {
 *   if (error instanceof IllegalTransitionError) show(error.zh);
 * }
 */
export class IllegalTransitionError extends DomainError {
  readonly code: TransitionErrorCode;
  /** The field of the event the rule judges (`REFUSED_FIELD`): where a form shows the refusal. */
  readonly field: RefusedField;
  readonly eventType: LifecycleEventType;
  /** The status the request was in when the event was refused. */
  readonly state: RequestStatus;
  readonly zh: string;
  readonly en: string;

  constructor(input: Rejection & { eventType: LifecycleEventType; state: RequestStatus }) {
    super(input.en);
    this.name = 'IllegalTransitionError';
    this.code = input.code;
    this.field = REFUSED_FIELD[input.code];
    this.eventType = input.eventType;
    this.state = input.state;
    this.zh = input.zh;
    this.en = input.en;
  }
}
