import type { IsoDate } from '@ogi/schema';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone, `YYYY-MM-DD`. Lambda
 * runs in UTC; a request received at 07:30 Beijing time is received that day,
 * not the day before.
 *
 * @example dateIn('Asia/Shanghai', new Date('2026-09-17T23:30:00Z')) // '2026-09-18'
 */
export function dateIn(timeZone: string, instant: Date): IsoDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
