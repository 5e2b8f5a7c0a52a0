import { DISTRICT_TIME_ZONES, type IsoDate } from '@ogi/schema';

const formatters = new Map<string, Intl.DateTimeFormat>();
const FIXED_OFFSETS: Readonly<Record<string, number>> = DISTRICT_TIME_ZONES;
const MINUTE_MS = 60_000;

/**
 * The calendar day an instant falls on in a time zone, `YYYY-MM-DD`. Lambda
 * runs in UTC; a request received at 07:30 Beijing time is received that day,
 * not the day before.
 *
 * A district's zone has a fixed offset (`DISTRICT_TIME_ZONES`): the day is
 * arithmetic. Any other zone asks the runtime's time-zone database.
 *
 * @example dateIn('Asia/Shanghai', new Date('2026-09-17T23:30:00Z')) // '2026-09-18'
 */
export function dateIn(timeZone: string, instant: Date): IsoDate {
  const offset = Object.hasOwn(FIXED_OFFSETS, timeZone) ? FIXED_OFFSETS[timeZone] : undefined;
  if (offset !== undefined) {
    return new Date(instant.getTime() + offset * MINUTE_MS).toISOString().slice(0, 10);
  }
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
