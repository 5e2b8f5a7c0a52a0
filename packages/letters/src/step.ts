import type { Clock } from '@ogi/domain';
import type { DistrictConfig, LetterDetails, LifecycleEvent, Submission } from '@ogi/schema';

/** One step of a case's history, with the details staff gave for its letter. */
export interface HistoryStep {
  readonly event: LifecycleEvent;
  readonly letter?: LetterDetails;
}

/** Everything a letter is drafted from: the case, its history with the new step last, and the clock after it. */
export interface LetterStep {
  readonly receiptNo: string;
  /** The request: applicant, information, deliveryForm, retrieval, feeWaiver. */
  readonly submission: Submission;
  /** Every step so far, the new one LAST, each with the details staff gave for its letter. */
  readonly history: readonly HistoryStep[];
  /** The clock after the new step (computeClock of @ogi/domain over the history's events). */
  readonly clock: Clock;
  readonly district: DistrictConfig;
}

/** A step whose district issues letters, with its last event of the given type. */
export interface DraftingStep<E extends LifecycleEvent = LifecycleEvent> extends LetterStep {
  readonly event: E;
  readonly letter: LetterDetails;
  readonly letters: NonNullable<DistrictConfig['letters']>;
}
