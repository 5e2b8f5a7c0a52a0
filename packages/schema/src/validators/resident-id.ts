/**
 * The PRC resident identity number (公民身份号码, GB 11643-1999): a 6-digit
 * region code, an 8-digit date of birth, a 3-digit sequence number and an
 * ISO 7064 MOD 11-2 check character.
 */

import { halfWidth } from './half-width.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** Region code starting 1–8, 11 more digits, then a digit or X. */
const SHAPE = /^[1-8]\d{16}[\dX]$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Which part of a resident ID number is wrong, so a message can say so. */
export type ResidentIdProblem = 'format' | 'birthDate' | 'checkDigit';

/** Trims a resident ID number, turns full-width characters into ASCII and upper-cases a final `x`. */
export function normaliseResidentId(s: string): string {
  return halfWidth(s).trim().toUpperCase();
}

/**
 * The GB 11643 check character for the first 17 digits, or `undefined` unless given exactly 17 digits.
 * @example residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  const sum = [...first17].reduce(
    (total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0),
    0,
  );
  return CHECK_CHARS.charAt(sum % 11);
}

/** Whether year, month and day (1-based) name a real day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function birthDateOk(yyyymmdd: string, today: string | undefined): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || !isRealDate(year, month, day)) return false;
  if (today === undefined) return year <= 2100;
  const match = ISO_DATE.exec(today);
  if (!match) throw new RangeError(`today must be written YYYY-MM-DD: ${today}`);
  return yyyymmdd <= `${match[1]}${match[2]}${match[3]}`;
}

/**
 * Which part of a resident ID number is wrong, or `undefined` when it is valid.
 * Checks, in order: the shape (18 characters, region code starting 1–8), the date
 * of birth (a real date from 1900 on, not after `today` if given, else not after
 * 2100) and the check character. A lower-case `x` is accepted.
 * @param today The current date `YYYY-MM-DD` in the district's time zone; omit it to skip the future check.
 */
export function residentIdProblem(s: string, today?: string): ResidentIdProblem | undefined {
  const id = normaliseResidentId(s);
  if (!SHAPE.test(id)) return 'format';
  if (!birthDateOk(id.slice(6, 14), today)) return 'birthDate';
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) return 'checkDigit';
  return undefined;
}

/**
 * Whether `s` is a valid 18-character resident ID number (GB 11643-1999).
 * @example isValidResidentId('11010519491231002x') // true
 */
export function isValidResidentId(s: string, today?: string): boolean {
  return residentIdProblem(s, today) === undefined;
}
