/** Mainland phone numbers, postcodes and e-mail addresses as applicants type them. */

import * as z from 'zod';
import { halfWidth } from './half-width.js';

/** The kinds of phone number an applicant may give. */
export type PhoneKind = 'mobile' | 'landline';

/** 11 digits from 13x to 19x, after an optional +86, 86 or 0086. */
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
/**
 * Area code (010 and 02x have two digits after the 0, all others three), an
 * optional dash, a 7–8 digit number and an optional extension (`-123`, `转123`).
 */
const LANDLINE = /^\(?(0(?:[12]\d|[3-9]\d{2}))\)?-?(\d{7,8})(?:(?:-|转|ext\.?|x)(\d{1,6}))?$/i;
const POSTCODE = /^\d{6}$/;
const EMAIL = z.email();

function parsePhone(raw: string): { kind: PhoneKind; normalised: string } | undefined {
  const s = halfWidth(raw).trim();
  const mobile = MOBILE.exec(s.replace(/[\s\-()]/g, ''));
  if (mobile?.[1]) return { kind: 'mobile', normalised: mobile[1] };
  const landline = LANDLINE.exec(s.replace(/\s+/g, ''));
  if (landline?.[1] && landline[2]) {
    const extension = landline[3] ? `-${landline[3]}` : '';
    return { kind: 'landline', normalised: `${landline[1]}-${landline[2]}${extension}` };
  }
  return undefined;
}

/**
 * A phone number in canonical form, or `undefined` if it is neither a mainland
 * mobile nor a landline number: mobiles as 11 digits without prefix, spaces or
 * dashes; landlines as `area-number` or `area-number-extension`.
 * @example normalisePhone('+86 138-0013-8000') // '13800138000'
 * @example normalisePhone('(0531)8888666转12') // '0531-8888666-12'
 */
export function normalisePhone(raw: string): string | undefined {
  return parsePhone(raw)?.normalised;
}

/** Whether a phone number is a mobile or a landline number, or `undefined` if it is neither. */
export function phoneKind(raw: string): PhoneKind | undefined {
  return parsePhone(raw)?.kind;
}

/** Whether `raw` is a mainland mobile number (`1[3-9]` and 9 more digits, optional +86 prefix). */
export function isValidMobile(raw: string): boolean {
  return phoneKind(raw) === 'mobile';
}

/** Whether `raw` is a landline number with its area code and an optional extension. */
export function isValidLandline(raw: string): boolean {
  return phoneKind(raw) === 'landline';
}

/** Whether `raw` is a mainland mobile or landline number. */
export function isValidPhone(raw: string): boolean {
  return parsePhone(raw) !== undefined;
}

/** Whether `raw` is a 6-digit postcode (邮政编码). */
export function isValidPostcode(raw: string): boolean {
  return POSTCODE.test(halfWidth(raw).trim());
}

/** Whether `raw` is an e-mail address as zod's `z.email()` accepts it, after trimming. */
export function isValidEmail(raw: string): boolean {
  return EMAIL.safeParse(raw.trim()).success;
}
