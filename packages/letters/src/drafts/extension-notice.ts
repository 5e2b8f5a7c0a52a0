import type { EventOf, LetterDocument } from '@ogi/schema';
import { deadlineZh } from '../dates.js';
import type { DraftingStep } from '../step.js';
import { extensionNoticeTemplate } from '../templates/extension-notice.js';
import {
  applicantName,
  clockDate,
  letterDocument,
  officeContact,
  requestReference,
} from './common.js';

/** The extension notice of an `extended` step (Art. 33 ¶2); `letter.extensionReason` is optional. */
export function draftExtensionNotice(step: DraftingStep<EventOf<'extended'>>): LetterDocument {
  const { clock, event, letter } = step;
  const reason = letter.extensionReason?.trim();
  const text = extensionNoticeTemplate({
    ...requestReference(step),
    ...(reason ? { reason } : {}),
    workingDays: clock.extension?.workingDays ?? event.workingDays,
    originalDueOn: deadlineZh(clockDate(clock.originalDueOn, 'deadline before the extension')),
    dueOn: deadlineZh(clockDate(clock.dueOn, 'extended deadline')),
    approvedBy: event.approvedBy,
    contact: officeContact(step),
  });
  return letterDocument(step, 'extension-notice', text, { to: applicantName(step) });
}
