/**
 * A letter's 文号 from the district's pattern: `{year}` and `{n}` replaced.
 *
 * @example letterNumber('大场依申〔{year}〕第{n}号', 2026, 12) // '大场依申〔2026〕第12号'
 */
export function letterNumber(pattern: string, year: number, n: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`year must be a four-digit year, got ${year}`);
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`n must be a whole number from 1, got ${n}`);
  }
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', String(n));
}
