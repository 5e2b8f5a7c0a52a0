import type { Language } from './i18n/catalogue.js';

/** The months' names in English, January first. */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A `YYYY-MM-DD` date in words, as a letter prints it: `2026年11月27日`,
 * `27 November 2026`. Anything else is returned as it is.
 */
export function dateInWords(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (language === 'zh') return `${year}年${Number(month)}月${Number(day)}日`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}
