import type { LetterDocument, LifecycleEvent } from '@ogi/schema';
import { draftAnswer } from './drafts/answer.js';
import { draftCorrectionNotice } from './drafts/correction-notice.js';
import { draftExtensionNotice } from './drafts/extension-notice.js';
import { draftFeeNotice } from './drafts/fee-notice.js';
import { draftReceipt } from './drafts/receipt.js';
import { draftThirdPartyConsultation } from './drafts/third-party-consultation.js';
import { draftThirdPartyDecisions } from './drafts/third-party-decision.js';
import { LetterFieldError, type LetterFieldProblem } from './errors.js';
import type { DraftingStep, LetterStep } from './step.js';

const WITHDRAWAL_OUTCOMES = {
  'correction-lapsed': 'other-correction-lapsed',
  'fee-unpaid': 'other-fee-unpaid',
} as const;

/**
 * The letters the LAST step of `step.history` issues (often none), each with
 * `number: null`: numbers are taken when the letters are recorded. Returns []
 * when the district issues no letters (`district.letters` absent).
 *
 * - `received` → the receipt; `correctionRequested` → the correction notice;
 *   `extended` → the extension notice; `consultationStarted` with a third
 *   party → the consultation letter to it; `feeNoticed` → the fee notice;
 * - `decided` → the answer, and, when it discloses over a third party's
 *   objection, the notice of the decision to that third party;
 * - `deemedWithdrawn` → the answer for （六）1 or （六）2 by its reason.
 *
 * @throws LetterFieldError when a letter lacks a required field, naming every one.
 * @example lettersForStep({ receiptNo, submission, history, clock, district })[0]?.title // '政府信息公开申请接收回执'
 */
export function lettersForStep(step: LetterStep): LetterDocument[] {
  const letters = step.district.letters;
  const last = step.history.at(-1);
  if (!letters || !last) return [];
  const drafting: DraftingStep = { ...step, event: last.event, letter: last.letter ?? {}, letters };
  const event = last.event;
  switch (event.type) {
    case 'received':
      return [draftReceipt(as(drafting, event))];
    case 'correctionRequested':
      return [draftCorrectionNotice(as(drafting, event))];
    case 'extended':
      return [draftExtensionNotice(as(drafting, event))];
    case 'consultationStarted':
      return event.party === 'third-party'
        ? [draftThirdPartyConsultation(as(drafting, event))]
        : [];
    case 'feeNoticed':
      return [draftFeeNotice(as(drafting, event))];
    case 'decided':
      return draftAll([
        () => [draftAnswer(drafting, event.outcome, ['event', 'outcome'])],
        () => draftThirdPartyDecisions(as(drafting, event)),
      ]);
    case 'deemedWithdrawn':
      return [draftAnswer(drafting, WITHDRAWAL_OUTCOMES[event.reason], ['event', 'reason'])];
    default:
      return [];
  }
}

/** Every draft's letters, or one refusal naming the missing fields of all of them. */
function draftAll(drafts: readonly (() => LetterDocument[])[]): LetterDocument[] {
  const documents: LetterDocument[] = [];
  const problems = new Map<string, LetterFieldProblem>();
  for (const draft of drafts) {
    try {
      documents.push(...draft());
    } catch (error) {
      if (!(error instanceof LetterFieldError)) throw error;
      for (const field of error.fields) problems.set(field.path.join('.'), field);
    }
  }
  if (problems.size > 0) throw new LetterFieldError([...problems.values()]);
  return documents;
}

function as<E extends LifecycleEvent>(step: DraftingStep, event: E): DraftingStep<E> {
  return { ...step, event };
}
