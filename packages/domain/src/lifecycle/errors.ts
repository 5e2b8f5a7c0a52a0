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
  readonly eventType: LifecycleEventType;
  /** The status the request was in when the event was refused. */
  readonly state: RequestStatus;
  readonly zh: string;
  readonly en: string;

  constructor(input: Rejection & { eventType: LifecycleEventType; state: RequestStatus }) {
    super(input.en);
    this.name = 'IllegalTransitionError';
    this.code = input.code;
    this.eventType = input.eventType;
    this.state = input.state;
    this.zh = input.zh;
    this.en = input.en;
  }
}
