/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): registration
 * authority, organisation category, a 6-digit region code, the 9-character
 * organisation code and a MOD 31 check character.
 */

import { halfWidth } from './half-width.js';

/** The 31 characters a credit code may use: digits and capital letters without I, O, S, V and Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = new RegExp(`^[${CREDIT_CODE_CHARSET}]{2}\\d{6}[${CREDIT_CODE_CHARSET}]{10}$`);

/** Which part of a credit code is wrong, so a message can say so. */
export type CreditCodeProblem = 'format' | 'checkDigit';

/** Trims a credit code, turns full-width characters into ASCII and upper-cases it. */
export function normaliseCreditCode(s: string): string {
  return halfWidth(s).trim().toUpperCase();
}

/**
 * The GB 32100 check character for the first 17 characters, or `undefined` unless
 * given 17 characters of the charset.
 * @example creditCodeCheckChar('91350100M000100Y4') // '3'
 */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Which part of a credit code is wrong, or `undefined` when it is valid: `format`
 * unless it is 18 charset characters with digits in positions 3–8 (the region
 * code), `checkDigit` when the 18th character does not match. Lower case is accepted.
 */
export function creditCodeProblem(s: string): CreditCodeProblem | undefined {
  const code = normaliseCreditCode(s);
  if (!SHAPE.test(code)) return 'format';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) return 'checkDigit';
  return undefined;
}

/**
 * Whether `s` is a valid unified social credit code (GB 32100-2015).
 * @example isValidCreditCode('91350100M000100Y43') // true
 */
export function isValidCreditCode(s: string): boolean {
  return creditCodeProblem(s) === undefined;
}
