import * as z from 'zod';
import { type MessageKey, messageIssue } from './messages.js';
import { isValidPhone, isValidPostcode, normalisePhone } from './validators/contact.js';
import { creditCodeProblem, normaliseCreditCode } from './validators/credit-code.js';
import { halfWidth } from './validators/half-width.js';
import {
  normaliseResidentId,
  type ResidentIdProblem,
  residentIdProblem,
} from './validators/resident-id.js';

/** The message for each resident ID problem. */
export const RESIDENT_ID_MESSAGES = {
  format: 'residentIdFormat',
  birthDate: 'residentIdBirthDate',
  checkDigit: 'residentIdCheckDigit',
} as const satisfies Record<ResidentIdProblem, MessageKey>;

/** A resident ID number (GB 11643), trimmed and with an upper-case X; the issue names the wrong part. */
export const ResidentIdNumber = z
  .string()
  .overwrite(normaliseResidentId)
  .min(1)
  .superRefine((id, ctx) => {
    // Empty input already failed as `required`.
    const problem = id === '' ? undefined : residentIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', ...messageIssue(RESIDENT_ID_MESSAGES[problem]) });
  });

/** A unified social credit code (GB 32100), trimmed and upper-cased. */
export const CreditCode = z
  .string()
  .overwrite(normaliseCreditCode)
  .min(1)
  .superRefine((code, ctx) => {
    const problem = code === '' ? undefined : creditCodeProblem(code);
    if (problem === 'format') ctx.addIssue({ code: 'custom', ...messageIssue('creditCodeFormat') });
    if (problem === 'checkDigit') {
      ctx.addIssue({ code: 'custom', ...messageIssue('creditCodeCheckDigit') });
    }
  });

/** A mainland mobile or landline number, stored in the canonical form of `normalisePhone`. */
export const PhoneNumber = z
  .string()
  .trim()
  .min(1)
  .overwrite((raw) => normalisePhone(raw) ?? raw)
  .refine((phone) => phone === '' || isValidPhone(phone), messageIssue('phone'));

/** A 6-digit postcode (邮政编码). */
export const Postcode = z
  .string()
  .overwrite((raw) => halfWidth(raw).trim())
  .min(1)
  .refine((code) => code === '' || isValidPostcode(code), messageIssue('postcode'));

/** An e-mail address (zod's `z.email()`), trimmed first. */
export const EmailAddress = z.string().trim().pipe(z.email().max(254));
