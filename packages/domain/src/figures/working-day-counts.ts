import { CALENDAR_SPAN, type IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { WorkingDaySpread } from './types.js';

/**
 * Working days in (from, to] as `countWorkingDays` counts them, or null when
 * either day lies outside the span the calendar computes with (a ledger may
 * hold any date; the clock's own dates never leave it).
 */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
): number | null {
  const inSpan = (date: IsoDate) => date >= CALENDAR_SPAN.from && date <= CALENDAR_SPAN.to;
  return inSpan(from) && inSpan(to) ? calendar.countWorkingDays(from, to) : null;
}

/** How many requests took each whole number of working days: the median and percentiles read it. */
export class WorkingDayCounts {
  readonly #requests = new Map<number, number>();
  #count = 0;

  add(workingDays: number): void {
    this.#requests.set(workingDays, (this.#requests.get(workingDays) ?? 0) + 1);
    this.#count += 1;
  }

  get count(): number {
    return this.#count;
  }

  /** The requests that took from `from` to `to` working days (`to` null: no upper bound). */
  between(from: number, to: number | null): number {
    let total = 0;
    for (const [days, requests] of this.#requests) {
      if (days >= from && (to === null || days <= to)) total += requests;
    }
    return total;
  }

  /**
   * The `percent`th percentile by nearest rank: the fewest working days
   * within which at least `percent` % of the requests came; null without any.
   * `percent` is a whole number from 1 to 100, so the rank is exact.
   *
   * @example counts of 4, 8, 20, 22, 28, 34 → nearestRank(50) 20, nearestRank(90) 34
   */
  nearestRank(percent: number): number | null {
    if (this.#count === 0) return null;
    const rank = Math.ceil((percent * this.#count) / 100);
    let seen = 0;
    for (const days of [...this.#requests.keys()].sort((a, b) => a - b)) {
      seen += this.#requests.get(days) ?? 0;
      if (seen >= rank) return days;
    }
    return null;
  }

  spread(): WorkingDaySpread {
    return { count: this.#count, median: this.nearestRank(50), p90: this.nearestRank(90) };
  }
}
