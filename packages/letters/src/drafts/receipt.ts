import type { EventOf, LetterDocument } from '@ogi/schema';
import { REGULATION } from '../citations.js';
import { dateZh, deadlineZh } from '../dates.js';
import type { DraftingStep } from '../step.js';
import { receiptTemplate } from '../templates/receipt.js';
import { applicantName, clockDate, letterDocument, officeContact } from './common.js';

/** The receipt of a `received` step, to the applicant. */
export function draftReceipt(step: DraftingStep<EventOf<'received'>>): LetterDocument {
  const { clock } = step;
  const receipt = clock.receipt;
  if (!receipt) throw new Error('the clock has no receipt for a received step');
  const website = step.district.contact.website;
  const text = receiptTemplate({
    receiptNo: step.receiptNo,
    description: step.submission.information.description,
    receivedOn: dateZh(receipt.on),
    // The clock's basis cites 《条例》 for short; a letter names the regulation in full.
    basis: receipt.basis.replace('《条例》', REGULATION),
    dueOn: deadlineZh(clockDate(clock.dueOn, 'answer deadline')),
    ...(website ? { lookupAt: `本机关政府信息公开申请平台（${website}）` } : {}),
    contact: officeContact(step),
  });
  return letterDocument(step, 'receipt', text, { to: applicantName(step) });
}
