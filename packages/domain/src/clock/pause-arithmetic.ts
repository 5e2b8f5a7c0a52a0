import type { WorkingCalendar } from '../calendar/working-calendar.js';

/** A pause in day numbers: the working days in (from, to] are not counted. */
export interface PauseSpan {
  readonly from: number;
  readonly to: number;
}

/** Sorts pauses and joins those that overlap or touch, so no day is excluded twice. */
export function mergePauses(pauses: readonly PauseSpan[]): PauseSpan[] {
  const sorted = [...pauses]
    .filter((pause) => pause.to > pause.from)
    .sort((a, b) => a.from - b.from);
  const merged: PauseSpan[] = [];
  for (const pause of sorted) {
    const last = merged.at(-1);
    if (last && pause.from <= last.to) {
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, pause.to) };
    } else {
      merged.push(pause);
    }
  }
  return merged;
}

/**
 * The day on which `budget` counted working days after `start` run out,
 * skipping the working days inside the (merged, sorted) pauses. A pause that
 * begins on the day the budget runs out stops the clock there, so the
 * deadline becomes the day it ends (RULES.md: "E plus the days left", none
 * left); a pause that begins after that day changes nothing.
 */
export function deadlineAfter(
  calendar: WorkingCalendar,
  start: number,
  budget: number,
  pauses: readonly PauseSpan[],
): number {
  let cursor = start;
  let remaining = budget;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    if (pause.from > calendar.addWorkingDayNumbers(cursor, remaining)) break;
    remaining -= calendar.countWorkingDayNumbers(cursor, Math.max(cursor, pause.from));
    cursor = pause.to;
  }
  return calendar.addWorkingDayNumbers(cursor, remaining);
}

/** Working days in (from, to] that fall inside a pause. */
export function pausedWorkingDays(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  pauses: readonly PauseSpan[],
): number {
  let paused = 0;
  for (const pause of pauses) {
    const start = Math.max(from, pause.from);
    const end = Math.min(to, pause.to);
    // Stryker disable next-line EqualityOperator: when end equals start the count is 0 either way
    if (end > start) paused += calendar.countWorkingDayNumbers(start, end);
  }
  return paused;
}

/**
 * Counted working days from `from` to `to`: working days in (from, to] less
 * those inside pauses; negative when `to` is before `from`.
 */
export function countedWorkingDays(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  pauses: readonly PauseSpan[],
): number {
  if (to < from) return -countedWorkingDays(calendar, to, from, pauses);
  return calendar.countWorkingDayNumbers(from, to) - pausedWorkingDays(calendar, from, to, pauses);
}
