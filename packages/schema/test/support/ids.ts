/**
 * Independent reference implementations and fast-check arbitraries for the
 * identity numbers, so the tests do not check the code against itself.
 */

import fc from 'fast-check';

/** ISO 7064 MOD 11-2 in its recursive form (the form the standard gives), not the weighted sum. */
export function mod11_2(digits: string): string {
  let p = 0;
  for (const digit of digits) p = ((p + Number(digit)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

/** A resident ID number with its check digit appended. */
export function withResidentCheck(first17: string): string {
  return `${first17}${mod11_2(first17)}`;
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100 check character with the weights computed as 3^i mod 31. */
export function mod31(first17: string): string {
  let weight = 1;
  let sum = 0;
  for (const ch of first17) {
    sum += CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** A credit code with its check character appended. */
export function withCreditCheck(first17: string): string {
  return `${first17}${mod31(first17)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The first 17 digits of a valid resident ID: region 1–8xxxxx, a real birth date 1900–2100, a sequence. */
export const residentIdBody = fc
  .record({
    region: fc.integer({ min: 100_000, max: 899_999 }),
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, year, month, day, sequence }) => {
    const realDay = Math.min(day, daysIn(year, month));
    return `${region}${year}${pad(month, 2)}${pad(realDay, 2)}${pad(sequence, 3)}`;
  });

/** A valid resident ID number. */
export const validResidentId = residentIdBody.map(withResidentCheck);

const charsetChar = fc.constantFrom(...CHARSET);

/** The first 17 characters of a valid credit code: 2 charset chars, 6 digits, 9 charset chars. */
export const creditCodeBody = fc
  .tuple(
    fc.string({ unit: charsetChar, minLength: 2, maxLength: 2 }),
    fc.integer({ min: 0, max: 999_999 }),
    fc.string({ unit: charsetChar, minLength: 9, maxLength: 9 }),
  )
  .map(([head, region, body]) => `${head}${pad(region, 6)}${body}`);

/** A valid credit code. */
export const validCreditCode = creditCodeBody.map(withCreditCheck);

/** The characters a credit code may use. */
export const CREDIT_CHARSET = CHARSET;
