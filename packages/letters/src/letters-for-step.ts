import type { LetterDocument, LifecycleEvent } from '@ogi/schema';
import { draftReceipt } from './drafts/receipt.js';
import type { DraftingStep, LetterStep } from './step.js';

/**
 * The letters the LAST step of `step.history` issues (often none), each with
 * `number: null`: numbers are taken when the letters are recorded. Returns []
 * when the district issues no letters (`district.letters` absent).
 *
 * @throws LetterFieldError when a letter lacks a required field, naming every one.
 * @example lettersForStep({ receiptNo, submission, history, clock, district })[0]?.title // '政府信息公开申请接收回执'
 */
export function lettersForStep(step: LetterStep): LetterDocument[] {
  const letters = step.district.letters;
  const last = step.history.at(-1);
  if (!letters || !last) return [];
  const drafting = { ...step, event: last.event, letter: last.letter ?? {}, letters };
  const event = last.event;
  switch (event.type) {
    case 'received':
      return [draftReceipt(as(drafting, event))];
    default:
      return [];
  }
}

function as<E extends LifecycleEvent>(step: DraftingStep, event: E): DraftingStep<E> {
  return { ...step, event };
}
