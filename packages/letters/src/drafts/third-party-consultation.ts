import type { EventOf, LetterDocument, LetterParty } from '@ogi/schema';
import { dateZh, deadlineZh } from '../dates.js';
import type { DraftingStep } from '../step.js';
import { thirdPartyConsultationTemplate } from '../templates/third-party-consultation.js';
import { clockDate, letterDocument, officeContact, requireFields } from './common.js';
import { FIELD_MESSAGES } from './messages.js';

/**
 * The consultation letter of a `consultationStarted` step with a third party
 * (Art. 32), addressed to `letter.thirdParty` (required). It does not name
 * the applicant: the third party learns what is asked, not who asks.
 */
export function draftThirdPartyConsultation(
  step: DraftingStep<EventOf<'consultationStarted'>>,
): LetterDocument {
  const { clock, event, letter } = step;
  const { thirdParty } = requireFields<{ thirdParty: LetterParty }>({
    thirdParty: {
      value: letter.thirdParty?.name.trim() ? letter.thirdParty : undefined,
      path: ['letter', 'thirdParty'],
      message: FIELD_MESSAGES.thirdParty,
    },
  });
  const window = clock.consultations.findLast(
    (consultation) =>
      consultation.party === 'third-party' &&
      consultation.startedOn === event.on &&
      consultation.ref === event.ref,
  );
  const receipt = clockDate(clock.receipt?.on, 'receipt');
  const question = letter.question?.trim() || step.submission.information.description;
  const text = thirdPartyConsultationTemplate({
    question,
    receivedOn: dateZh(receipt),
    replyDueOn: deadlineZh(clockDate(window?.replyDueOn, 'consultation reply deadline')),
    contact: officeContact(step),
  });
  return letterDocument(step, 'third-party-consultation', text, {
    to: thirdParty.name.trim(),
    addressee: 'third-party',
  });
}
