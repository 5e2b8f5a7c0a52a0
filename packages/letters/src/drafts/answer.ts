import {
  DELIVERY_FORM_LABELS,
  type LetterDocument,
  OUTCOMES,
  type OutcomeCode,
  RETRIEVAL_METHOD_LABELS,
} from '@ogi/schema';
import { dateZh, deadlineZh } from '../dates.js';
import type { LetterFieldProblem } from '../errors.js';
import type { DraftingStep } from '../step.js';
import { type AnswerFields, answerTemplate } from '../templates/answer.js';
import {
  applicantName,
  letterDocument,
  officeContact,
  type RequiredField,
  requestReference,
  requireFields,
} from './common.js';
import { FIELD_MESSAGES } from './messages.js';

type Detail = 'withheld' | 'reasons';

/** The letter details each outcome cannot be answered without. */
const NEEDS: Partial<Record<OutcomeCode, readonly Detail[]>> = {
  'partly-disclosed': ['withheld', 'reasons'],
  ...Object.fromEntries(
    OUTCOMES.filter((row) => row.group === '（三）').map((row) => [row.code, ['reasons']]),
  ),
  other: ['reasons'],
};

const AFTER_CORRECTION = new Set<OutcomeCode>([
  'unavailable-still-unclear',
  'other-correction-lapsed',
]);

/**
 * The answer to a request for one outcome of table 三 (on `decided`, or on
 * `deemedWithdrawn` with its outcome), ending with the remedies (Art. 51).
 * `outcomePath` names the event field that chose the outcome, for refusals.
 */
export function draftAnswer(
  step: DraftingStep,
  outcome: OutcomeCode,
  outcomePath: readonly string[],
): LetterDocument {
  const { clock, letter, submission } = step;
  const problems: LetterFieldProblem[] = [];
  if (AFTER_CORRECTION.has(outcome) && !clock.correction) {
    problems.push({ path: outcomePath, message: FIELD_MESSAGES.noCorrection });
  }
  if (outcome === 'other-fee-unpaid' && !clock.fee) {
    problems.push({ path: outcomePath, message: FIELD_MESSAGES.noFee });
  }
  const needed: Partial<Record<Detail, RequiredField<string>>> = {};
  for (const detail of NEEDS[outcome] ?? []) {
    needed[detail] = {
      value: letter[detail],
      path: ['letter', detail],
      message: FIELD_MESSAGES[detail],
    };
  }
  const details = requireFields<Partial<Record<Detail, string>>>(needed, problems);

  const forms = submission.deliveryForm.map((form) => DELIVERY_FORM_LABELS[form]).join('、');
  const ways = submission.retrieval.map((way) => RETRIEVAL_METHOD_LABELS[way]).join('、');
  const { correction, fee } = clock;
  const fields: AnswerFields = {
    ...requestReference(step),
    outcome,
    provision: letter.provision?.trim() || `以${forms}形式，通过${ways}方式提供`,
    ...(letter.publishedAt?.trim() ? { publishedAt: letter.publishedAt.trim() } : {}),
    ...details,
    ...(letter.reasons?.trim() ? { reasons: letter.reasons.trim() } : {}),
    ...(letter.otherAgency?.name.trim()
      ? {
          otherAgency: {
            name: letter.otherAgency.name.trim(),
            ...(letter.otherAgency.contact?.trim()
              ? { contact: letter.otherAgency.contact.trim() }
              : {}),
          },
        }
      : {}),
    ...(correction
      ? {
          correction: {
            requestedOn: dateZh(correction.requestedOn),
            applicantDueOn: deadlineZh(correction.applicantDueOn),
            ...(correction.receivedOn ? { receivedOn: dateZh(correction.receivedOn) } : {}),
          },
        }
      : {}),
    ...(fee
      ? {
          fee: {
            noticedOn: dateZh(fee.noticedOn),
            yuan: fee.yuan,
            payByOn: deadlineZh(fee.payByOn),
          },
        }
      : {}),
    reconsiderationBody: step.letters.reconsiderationBody,
    court: step.letters.court,
    contact: officeContact(step),
  };
  return letterDocument(step, 'answer', answerTemplate(fields), {
    to: applicantName(step),
    outcome,
  });
}
