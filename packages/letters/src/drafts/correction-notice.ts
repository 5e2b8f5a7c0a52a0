import type { EventOf, LetterDocument } from '@ogi/schema';
import { deadlineZh } from '../dates.js';
import type { DraftingStep } from '../step.js';
import { correctionNoticeTemplate } from '../templates/correction-notice.js';
import {
  applicantName,
  letterDocument,
  officeContact,
  requestReference,
  requireFields,
} from './common.js';
import { FIELD_MESSAGES } from './messages.js';

/** The correction notice of a `correctionRequested` step (Art. 30): needs the event's `items`. */
export function draftCorrectionNotice(
  step: DraftingStep<EventOf<'correctionRequested'>>,
): LetterDocument {
  const listed = step.event.items?.filter((item) => item.trim() !== '') ?? [];
  const { items } = requireFields<{ items: string[] }>({
    items: {
      value: listed.length > 0 ? listed : undefined,
      path: ['event', 'items'],
      message: FIELD_MESSAGES.items,
    },
  });
  const correction = step.clock.correction;
  if (!correction) throw new Error('the clock has no correction for a correctionRequested step');
  const text = correctionNoticeTemplate({
    ...requestReference(step),
    items,
    applicantDueOn: deadlineZh(correction.applicantDueOn),
    contact: officeContact(step),
  });
  return letterDocument(step, 'correction-notice', text, { to: applicantName(step) });
}
