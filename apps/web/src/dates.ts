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

/**
 * An ISO instant as the day in words and the time of day in `timeZone` (the
 * district's; the browser's own when none is known): `2026年11月27日 14:05`.
 * Anything that is no instant is returned as it is.
 */
export function instantInWords(iso: string, language: Language, timeZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = dateInWords(`${part('year')}-${part('month')}-${part('day')}`, language);
  return `${day}${language === 'zh' ? ' ' : ', '}${part('hour')}:${part('minute')}`;
}
