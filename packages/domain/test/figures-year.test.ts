import { OUTCOMES, type ReportRecord } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_DAY_BINS,
  assembleAnnualReport,
  FiguresTally,
  WorkingDayCounts,
  yearFigures,
} from '../src/index.js';
import { calendar } from './support.js';

/**
 * A year of requests, each with its working days from receipt to closing
 * counted by hand on the 2024 and 2025 State Council notices: the days after
 * the day of receipt up to and including the day of closing (Art. 33 ¶2).
 */
const RECORDS = {
  // Mon 3 → Fri 7 March 2025: 4 working days.
  disclosedInAWeek: {
    receivedOn: '2025-03-03',
    applicantColumn: 'naturalPerson',
    closedOn: '2025-03-07',
    outcome: 'disclosed',
    answeredLate: false,
  },
  // Mon 3 → Mon 31 March 2025, March has no holiday: 4 + 5 + 5 + 5 + 1 = 20, the last day.
  partlyOnTheLastDay: {
    receivedOn: '2025-03-03',
    applicantColumn: 'commercial',
    closedOn: '2025-03-31',
    outcome: 'partly-disclosed',
    answeredLate: false,
  },
  // Fri 25 April → Fri 9 May 2025: Sun 27 April worked (劳动节 make-up day), 28–30 April,
  // 1–5 May rest, 6–9 May: 1 + 3 + 4 = 8 (10 on a Monday-to-Friday count).
  notHeldOverLabourDay: {
    receivedOn: '2025-04-25',
    applicantColumn: 'naturalPerson',
    closedOn: '2025-05-09',
    outcome: 'unavailable-not-held',
    answeredLate: false,
  },
  // Mon 3 March → Mon 21 April 2025, extended on 28 March (Art. 33 ¶2): 20 to 31 March,
  // 1–3 April, 4 April rest (清明节), 7–11, 14–18 and 21 April: 20 + 3 + 5 + 5 + 1 = 34.
  withheldAfterExtension: {
    receivedOn: '2025-03-03',
    applicantColumn: 'legalService',
    extendedOn: '2025-03-28',
    closedOn: '2025-04-21',
    outcome: 'withheld-state-secret',
    answeredLate: false,
  },
  // Mon 2 December 2024 → Fri 10 January 2025, 1 January rest (元旦): 21 in December,
  // 2–3 and 6–10 January: 21 + 2 + 5 = 28, late (Art. 33 ¶2: due on 30 December).
  carriedOverAndLate: {
    receivedOn: '2024-12-02',
    applicantColumn: 'naturalPerson',
    closedOn: '2025-01-10',
    outcome: 'disclosed',
    answeredLate: true,
  },
  // A ledger row that does not say whether it was on time. Tue 1 → Thu 31 July 2025:
  // 3 + 5 + 5 + 5 + 4 = 22.
  ledgerRowWithdrawn: {
    receivedOn: '2025-07-01',
    applicantColumn: 'otherOrg',
    closedOn: '2025-07-31',
    outcome: 'other',
  },
  // Received in June, still open: received, not closed.
  stillOpen: { receivedOn: '2025-06-02', applicantColumn: 'naturalPerson' },
  // Received in December, closed the next January: received in 2025, closed in 2026.
  closedNextYear: {
    receivedOn: '2025-12-30',
    applicantColumn: 'naturalPerson',
    closedOn: '2026-01-05',
    outcome: 'disclosed',
    answeredLate: false,
  },
  // Closed in 2024: counts nowhere in 2025, nor does its extension of 2024.
  closedTheYearBefore: {
    receivedOn: '2024-05-06',
    applicantColumn: 'naturalPerson',
    extendedOn: '2024-05-30',
    closedOn: '2024-06-20',
    outcome: 'disclosed',
    answeredLate: false,
  },
  // An online submission never confirmed (Art. 31(3)): counts nowhere.
  neverReceived: { receivedOn: null, applicantColumn: 'naturalPerson' },
} satisfies Record<string, ReportRecord>;

const figures2025 = () => yearFigures({ year: 2025, records: Object.values(RECORDS), calendar });

describe('Function: yearFigures', () => {
  it('counts the requests received in the year by month of receipt', () => {
    // Act
    const { received } = figures2025();

    // Assess
    expect(received.byMonth).toEqual([0, 0, 3, 1, 0, 1, 1, 0, 0, 0, 0, 1]);
    expect(received.total).toBe(7);
  });

  it('counts the requests closed in the year by table 三 group, in the template’s order', () => {
    // Act
    const { outcomes, closed } = figures2025();

    // Assess
    expect(outcomes).toEqual([
      { group: '（一）', count: 2 },
      { group: '（二）', count: 1 },
      { group: '（三）', count: 1 },
      { group: '（四）', count: 1 },
      { group: '（五）', count: 0 },
      { group: '（六）', count: 1 },
    ]);
    expect(closed).toBe(6);
  });

  it('returns the median and 90th percentile of working days from receipt to closing by nearest rank (Art. 33 ¶2)', () => {
    // Act
    const { workingDaysToAnswer } = figures2025();

    // Assess: 4, 8, 20, 22, 28, 34: the 3rd of 6 is 20, the 6th (⌈5.4⌉) is 34.
    expect(workingDaysToAnswer).toMatchObject({ count: 6, median: 20, p90: 34, uncounted: 0 });
    expect(workingDaysToAnswer.withinPeriod).toBe(3);
  });

  it('puts each answer in its 5-day bin, the 20-day line between the 4th and 5th bins', () => {
    // Act
    const { workingDaysToAnswer, periodWorkingDays } = figures2025();

    // Assess
    expect(workingDaysToAnswer.bins).toEqual([
      { from: 0, to: 5, count: 1 },
      { from: 6, to: 10, count: 1 },
      { from: 11, to: 15, count: 0 },
      { from: 16, to: 20, count: 1 },
      { from: 21, to: 25, count: 1 },
      { from: 26, to: 30, count: 1 },
      { from: 31, to: 35, count: 1 },
      { from: 36, to: 40, count: 0 },
      { from: 41, to: null, count: 0 },
    ]);
    expect(periodWorkingDays).toBe(20);
    expect(ANSWER_DAY_BINS[3]?.to).toBe(periodWorkingDays);
  });

  it('returns the share answered on time of the answers whose timeliness is known (answeredLate)', () => {
    // Act
    const { timeliness } = figures2025();

    // Assess
    expect(timeliness).toEqual({ onTime: 4, late: 1, unknown: 1, onTimeShare: 0.8 });
  });

  it('counts the extensions granted in the year (Art. 33 ¶2), not those of other years', () => {
    // Prepare: received in December 2025 and extended in January 2026.
    const extendedInJanuary: ReportRecord = {
      receivedOn: '2025-12-15',
      applicantColumn: 'naturalPerson',
      extendedOn: '2026-01-09',
      closedOn: '2026-02-03',
      outcome: 'disclosed',
      answeredLate: false,
    };
    const records = [...Object.values(RECORDS), extendedInJanuary];

    // Act
    const in2025 = yearFigures({ year: 2025, records, calendar });
    const in2026 = yearFigures({ year: 2026, records, calendar });

    // Assess
    expect(in2025.extensions).toEqual({ used: 1 });
    expect(in2026.extensions).toEqual({ used: 1 });
  });

  it('agrees with the annual report assembled from the same records', () => {
    // Act
    const figures = figures2025();
    const report = assembleAnnualReport({
      year: 2025,
      agency: '某区某局',
      records: Object.values(RECORDS),
    });

    // Assess
    expect(figures.received.total).toBe(report.table3.received.total);
    expect(figures.closed).toBe(report.table3.decidedTotal.total);
    for (const { group, count } of figures.outcomes) {
      const rows = OUTCOMES.filter((row) => row.group === group);
      const inReport = rows.reduce((sum, row) => sum + report.table3[row.code].total, 0);
      expect(count, group).toBe(inReport);
    }
    const { onTimeShare: _share, ...timeliness } = figures.timeliness;
    expect(timeliness).toEqual(report.timeliness);
  });

  it('leaves out of the working days an answer with a date the calendar does not reach', () => {
    // Prepare: a ledger row received in 1998, carried over into 2008 and closed then.
    const fromTheLastCentury: ReportRecord = {
      receivedOn: '1998-06-01',
      applicantColumn: 'naturalPerson',
      closedOn: '2008-03-03',
      outcome: 'disclosed',
    };

    // Act
    const figures = yearFigures({ year: 2008, records: [fromTheLastCentury], calendar });

    // Assess
    expect(figures.closed).toBe(1);
    expect(figures.workingDaysToAnswer).toMatchObject({
      count: 0,
      median: null,
      p90: null,
      uncounted: 1,
    });
  });

  it('returns no median, percentile or share for a year without answers', () => {
    // Act
    const figures = yearFigures({ year: 2025, records: [RECORDS.stillOpen], calendar });

    // Assess
    expect(figures.workingDaysToAnswer).toMatchObject({ count: 0, median: null, p90: null });
    expect(figures.timeliness.onTimeShare).toBeNull();
    expect(figures.received.total).toBe(1);
  });
});

describe('Class: FiguresTally', () => {
  it('returns the same figures counted one record at a time as from the whole list', () => {
    // Prepare
    const tally = new FiguresTally(2025, calendar);

    // Act
    for (const record of Object.values(RECORDS)) tally.addRequest(record);

    // Assess
    expect(tally.figures()).toEqual(figures2025());
  });
});

describe('Class: WorkingDayCounts', () => {
  it.each([
    [[5], 50, 5],
    [[5], 90, 5],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 90, 4],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[3, 3, 3, 10], 50, 3],
  ])('returns for %j the %ith percentile by nearest rank: %i', (values, percent, expected) => {
    // Prepare
    const counts = new WorkingDayCounts();
    for (const value of values) counts.add(value);

    // Act & Assess
    expect(counts.nearestRank(percent)).toBe(expected);
  });

  it('ranks exactly where a float product would round up (90 % of 70 is the 63rd)', () => {
    // Prepare: 0.9 × 70 is 63.00000000000001 in floating point.
    const counts = new WorkingDayCounts();
    for (let days = 1; days <= 70; days++) counts.add(days);

    // Act & Assess
    expect(counts.nearestRank(90)).toBe(63);
  });
});
