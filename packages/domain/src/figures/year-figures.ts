import {
  OUTCOME_GROUPS,
  type OutcomeGroup,
  outcomeRow,
  type ReportRecord,
  type ReportTimeliness,
} from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { placeRequest, timelinessOf } from '../report/assemble.js';
import { STATUTE } from '../statute.js';
import type { AnswerTimes, WorkingDaysBin, YearFigures } from './types.js';
import { WorkingDayCounts, workingDaysBetween } from './working-day-counts.js';

const BIN_WIDTH = 5;

/**
 * The histogram's bins: 5 working days wide up to the longest period the law
 * allows (20 working days and an extension of at most 20, Art. 33 ¶2), then
 * one bin for everything longer. The 20-day line falls between two bins.
 */
export const ANSWER_DAY_BINS: readonly { readonly from: number; readonly to: number | null }[] =
  (() => {
    const longest = STATUTE.answerWorkingDays + STATUTE.maxExtensionWorkingDays;
    const bins: { from: number; to: number | null }[] = [];
    for (let to = BIN_WIDTH; to <= longest; to += BIN_WIDTH) {
      bins.push({ from: to === BIN_WIDTH ? 0 : to - BIN_WIDTH + 1, to });
    }
    bins.push({ from: longest + 1, to: null });
    return bins;
  })();

const GROUPS = Object.keys(OUTCOME_GROUPS) as OutcomeGroup[];

/**
 * The figures of one year, counted one record at a time (a generator reading
 * the store page by page never holds the year): the records are those of the
 * year's annual report, placed by `placeRequest`, so every figure agrees
 * with the report: received in the year (table 三 row 一) by month; closed
 * in the year by outcome group, with their working days from receipt and
 * whether they were answered on time (the report's `timeliness`); and the
 * extensions granted in the year. Records that do not count in the year are
 * passed over.
 *
 * @example
 * const tally = new FiguresTally(2025, calendar);
 * for await (const record of repository.reportRecords(2025)) tally.addRequest(record);
 * tally.figures().workingDaysToAnswer.median
 */
export class FiguresTally {
  readonly year: number;
  readonly #calendar: WorkingCalendar;
  readonly #receivedByMonth: number[] = Array.from({ length: 12 }, () => 0);
  readonly #outcomes = new Map<OutcomeGroup, number>(GROUPS.map((group) => [group, 0]));
  readonly #days = new WorkingDayCounts();
  readonly #timeliness: Record<keyof ReportTimeliness, number> = {
    onTime: 0,
    late: 0,
    unknown: 0,
  };
  #uncounted = 0;
  #extensions = 0;

  constructor(year: number, calendar: WorkingCalendar) {
    this.year = year;
    this.#calendar = calendar;
  }

  /** Counts one record; throws `ReportError` on a malformed one, as the report does. */
  addRequest(record: ReportRecord): this {
    const place = placeRequest(record, this.year);
    if (place === null || record.receivedOn === null) return this;
    if (record.extendedOn?.startsWith(`${this.year}-`)) this.#extensions += 1;
    if (place.opened === 'received') {
      const month = Number(record.receivedOn.slice(5, 7)) - 1;
      this.#receivedByMonth[month] = (this.#receivedByMonth[month] ?? 0) + 1;
    }
    if (place.closed === 'carriedForward' || record.closedOn === undefined) return this;
    const group = outcomeRow(place.closed).group;
    this.#outcomes.set(group, (this.#outcomes.get(group) ?? 0) + 1);
    this.#timeliness[timelinessOf(record)] += 1;
    const days = workingDaysBetween(this.#calendar, record.receivedOn, record.closedOn);
    if (days === null) this.#uncounted += 1;
    else this.#days.add(days);
    return this;
  }

  /** The year's figures so far. */
  figures(): YearFigures {
    const { onTime, late, unknown } = this.#timeliness;
    const outcomes = GROUPS.map((group) => ({ group, count: this.#outcomes.get(group) ?? 0 }));
    return {
      year: this.year,
      periodWorkingDays: STATUTE.answerWorkingDays,
      received: {
        total: this.#receivedByMonth.reduce((sum, n) => sum + n, 0),
        byMonth: [...this.#receivedByMonth],
      },
      closed: outcomes.reduce((sum, outcome) => sum + outcome.count, 0),
      outcomes,
      workingDaysToAnswer: this.#answerTimes(),
      timeliness: {
        onTime,
        late,
        unknown,
        onTimeShare: onTime + late === 0 ? null : onTime / (onTime + late),
      },
      extensions: { used: this.#extensions },
    };
  }

  #answerTimes(): AnswerTimes {
    const bins: WorkingDaysBin[] = ANSWER_DAY_BINS.map(({ from, to }) => ({
      from,
      to,
      count: this.#days.between(from, to),
    }));
    return {
      ...this.#days.spread(),
      withinPeriod: this.#days.between(0, STATUTE.answerWorkingDays),
      bins,
      uncounted: this.#uncounted,
    };
  }
}

/**
 * The figures of `year` from its records (those `reportRecords` reads, or a
 * ledger's), with working days counted by `calendar`. See `FiguresTally`.
 *
 * @example yearFigures({ year: 2025, records, calendar }).timeliness.onTimeShare // 0.8
 */
export function yearFigures(input: {
  readonly year: number;
  readonly records: Iterable<ReportRecord>;
  readonly calendar: WorkingCalendar;
}): YearFigures {
  const tally = new FiguresTally(input.year, input.calendar);
  for (const record of input.records) tally.addRequest(record);
  return tally.figures();
}
