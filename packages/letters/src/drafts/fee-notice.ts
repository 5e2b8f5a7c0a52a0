import { feePerItem, feePerPage } from '@ogi/domain';
import type { EventOf, LetterDocument } from '@ogi/schema';
import { deadlineZh } from '../dates.js';
import type { LetterFieldProblem } from '../errors.js';
import type { DraftingStep } from '../step.js';
import { feeNoticeTemplate } from '../templates/fee-notice.js';
import {
  applicantName,
  letterDocument,
  officeContact,
  requestReference,
  requireFields,
} from './common.js';
import { FIELD_MESSAGES, feeMismatch } from './messages.js';

/**
 * The fee notice of a `feeNoticed` step (Art. 42; 国办函〔2020〕109号). The
 * event must give its `quantity`, and its `yuan` must be what the domain's
 * scale computes for it; the district must say how to pay.
 */
export function draftFeeNotice(step: DraftingStep<EventOf<'feeNoticed'>>): LetterDocument {
  const { event, clock } = step;
  const quote =
    event.quantity === undefined
      ? undefined
      : event.scale === 'item'
        ? feePerItem({ prior: 0, items: event.quantity })
        : feePerPage({ pages: event.quantity });
  const mismatch: LetterFieldProblem[] =
    quote && quote.yuan !== event.yuan
      ? [{ path: ['event', 'yuan'], message: feeMismatch(quote.yuan) }]
      : [];
  const { quantity, payment } = requireFields<{ quantity: number; payment: string }>(
    {
      quantity: {
        value: event.quantity,
        path: ['event', 'quantity'],
        message: FIELD_MESSAGES.quantity,
      },
      payment: {
        value: step.letters.feePayment,
        path: ['district', 'letters', 'feePayment'],
        message: FIELD_MESSAGES.feePayment,
      },
    },
    mismatch,
  );
  if (!quote) throw new Error('a fee with its quantity has a quote');
  const fee = clock.fee;
  if (!fee) throw new Error('the clock has no fee for a feeNoticed step');
  const text = feeNoticeTemplate({
    ...requestReference(step),
    scale: event.scale,
    basis: quote.basis,
    quantity,
    bands: quote.bands,
    yuan: quote.yuan,
    payment,
    payByOn: deadlineZh(fee.payByOn),
    pausesClock: fee.pausesClock,
    contact: officeContact(step),
  });
  return letterDocument(step, 'fee-notice', text, { to: applicantName(step) });
}
