import {
  type AnnualReport,
  type IsoDate,
  type OutcomeCode,
  type ReportAppeal,
  type ReportInputs,
  type ReportRecord,
  type ReportTimeliness,
  TABLE4_BLOCK_OF_KIND,
  type Table3,
  type Table4,
} from '@ogi/schema';
import { checkReport } from './checks.js';
import { draftNarrative } from './drafts.js';
import { ReportError } from './errors.js';
import { completeTotals, emptyTable3, emptyTable4 } from './tables.js';

/**
 * Where a request counts in table 三 of `year`: the row it enters by (一 or
 * 二) and the row it leaves by (its outcome, or 四). Null when it does not
 * count in that year at all.
 *
 * The rules (RULES.md, "The annual report"), with Y = `year`:
 * - never received (`receivedOn` null: an online submission never confirmed,
 *   even if withdrawn) → not counted in any year: it has no receipt date, and
 *   no answer period ever ran;
 * - received after 31 December Y, or closed before 1 January Y → not counted;
 * - received in Y → 一 (`received`); received earlier and not closed before
 *   1 January Y → 二 (`carriedOver`);
 * - closed in Y → its outcome row; not closed by 31 December Y → 四
 *   (`carriedForward`).
 * So a request is in 四 of Y exactly when it is in 二 of Y + 1, and every
 * request counted enters and leaves once per year: 一 + 二 = （七） + 四 holds
 * column by column by construction.
 *
 * @example
 * placeRequest({ receivedOn: '2023-12-28', applicantColumn: 'naturalPerson',
 *   closedOn: '2024-01-10', outcome: 'disclosed' }, 2023);
 * // { opened: 'received', closed: 'carriedForward' }
 */
export function placeRequest(
  record: ReportRecord,
  year: number,
): { opened: 'received' | 'carriedOver'; closed: OutcomeCode | 'carriedForward' } | null {
  const closing = closingOf(record);
  if (record.receivedOn === null) return null;
  const { start, end } = yearBounds(year);
  if (record.receivedOn > end) return null;
  if (closing && closing.on < start) return null;
  return {
    opened: record.receivedOn >= start ? 'received' : 'carriedOver',
    closed: closing && closing.on <= end ? closing.outcome : 'carriedForward',
  };
}

/**
 * Where an appeal case counts in table 四 of `year`: a column of its block, or
 * null when it does not count in that year.
 *
 * Table 四 shows the cases by their state at the end of Y: every case filed
 * on or before 31 December Y and not concluded before 1 January Y. Concluded
 * in Y → its result (维持, 纠正, 其他); still pending on 31 December Y →
 * 尚未审结. A case filed in Y − 1 and concluded in Y therefore counts in Y − 1
 * as 尚未审结 and in Y with its result; one concluded in Y − 1 does not count
 * in Y. Unlike table 三, table 四 has no carried-over row, so a long case
 * appears in every year it was open.
 *
 * @example placeAppeal({ kind: 'reconsideration', filedOn: '2023-11-02' }, 2023) // 'pending'
 */
export function placeAppeal(
  appeal: ReportAppeal,
  year: number,
): 'upheld' | 'corrected' | 'other' | 'pending' | null {
  const conclusion = conclusionOf(appeal);
  const { start, end } = yearBounds(year);
  if (appeal.filedOn > end) return null;
  if (conclusion && conclusion.on < start) return null;
  return conclusion && conclusion.on <= end ? conclusion.result : 'pending';
}

/**
 * Counts requests and appeal cases into one year's tables, one at a time, in
 * O(1) memory and O(1) per item: feed it a year's records from a store query
 * or a ledger (`for await` works too), then take the report. Records that do
 * not count in the year are skipped, so a caller may over-fetch.
 *
 * @example
 * const tally = new ReportTally(2023);
 * for await (const record of store.recordsFor(2023)) tally.addRequest(record);
 * for (const appeal of appeals) tally.addAppeal(appeal);
 * const report = tally.report({ agency: '大场镇人民政府' });
 */
export class ReportTally {
  readonly year: number;
  readonly #table3: Table3 = emptyTable3();
  readonly #table4: Table4 = emptyTable4();
  #requestsSeen = 0;
  #appealsSeen = 0;
  #feesYuan = 0;
  readonly #timeliness: ReportTimeliness = { onTime: 0, late: 0, unknown: 0 };

  constructor(year: number) {
    assertYear(year);
    this.year = year;
  }

  /** Counts one request; throws `ReportError` on a malformed record. */
  addRequest(record: ReportRecord): this {
    const position = this.#requestsSeen++;
    let place: ReturnType<typeof placeRequest>;
    try {
      place = placeRequest(record, this.year);
    } catch (error) {
      throw new ReportError(`request #${position + 1}: ${(error as Error).message}`);
    }
    if (place) {
      this.#table3[place.opened][record.applicantColumn] += 1;
      this.#table3[place.closed][record.applicantColumn] += 1;
      if (place.closed !== 'carriedForward') this.#timeliness[timelinessOf(record)] += 1;
    }
    // Section 六 states the fees collected in the year, whenever the request was received.
    if (record.feePaid?.on.startsWith(`${this.year}-`)) this.#feesYuan += record.feePaid.yuan;
    return this;
  }

  /** Counts one appeal case; throws `ReportError` on a malformed case. */
  addAppeal(appeal: ReportAppeal): this {
    const position = this.#appealsSeen++;
    let column: ReturnType<typeof placeAppeal>;
    try {
      column = placeAppeal(appeal, this.year);
    } catch (error) {
      throw new ReportError(`appeal #${position + 1}: ${(error as Error).message}`);
    }
    if (column) this.#table4[TABLE4_BLOCK_OF_KIND[appeal.kind]][column] += 1;
    return this;
  }

  /**
   * The year's answers (the requests closed in it) on time, late and not
   * known so far; null while none is known to be either, so a report from
   * records that never say (a ledger without the column) states nothing.
   */
  timeliness(): ReportTimeliness | null {
    const { onTime, late, unknown } = this.#timeliness;
    return onTime + late === 0 ? null : { onTime, late, unknown };
  }

  /** Tables 三 and 四 so far, with every total computed; a copy. */
  tables(): { table3: Table3; table4: Table4 } {
    return completeTotals(structuredClone(this.#table3), structuredClone(this.#table4));
  }

  /**
   * The report of the year: the tables, the staff's inputs, the timeliness
   * of the answers when the records know it, the drafts of the sentences
   * that restate the tables (`draftNarrative`), and its checks.
   */
  report(options: {
    agency: string;
    inputs?: ReportInputs | undefined;
    previous?: AnnualReport | undefined;
    /**
     * The records carry every fee paid (a store does; a ledger without a fee
     * column does not): section 六's fees are then their sum unless the staff
     * entered a figure.
     */
    feesFromRecords?: boolean;
  }): AnnualReport {
    const agency = options.agency.trim();
    if (!agency) throw new ReportError('the report needs the agency name');
    const inputs = options.inputs ? structuredClone(options.inputs) : {};
    const timeliness = this.timeliness();
    const assembled: Omit<AnnualReport, 'checks'> = {
      year: this.year,
      agency,
      ...(inputs.table2 ? { table2: inputs.table2 } : {}),
      ...this.tables(),
      ...(inputs.narrative ? { narrative: inputs.narrative } : {}),
      ...(inputs.feesCollectedYuan !== undefined
        ? { feesCollectedYuan: inputs.feesCollectedYuan }
        : options.feesFromRecords
          ? { feesCollectedYuan: this.#feesYuan }
          : {}),
      ...(timeliness ? { timeliness } : {}),
    };
    const report: AnnualReport = {
      ...assembled,
      drafts: draftNarrative(assembled),
      checks: [],
    };
    report.checks = checkReport(report, { previous: options.previous });
    return report;
  }
}

/**
 * The annual report of `year` assembled from the agency's records: table 三
 * by `placeRequest`, table 四 by `placeAppeal`, table 二, the narrative and the
 * fees from `inputs`, the timeliness of the year's answers when the records
 * know it, the drafts of the sentences that restate the tables,
 * and the checks (R6 against `previous`, last year's
 * report, when given). O(records + appeals) time; `records` is consumed once,
 * so a generator reading page by page never holds the year in memory.
 * Assembly never yields R1–R5 errors; R6–R8 warnings may come from the inputs.
 *
 * @example
 * assembleAnnualReport({ year: 2023, agency: '大场镇人民政府', records, appeals }).table3.received.total
 */
export function assembleAnnualReport(input: {
  year: number;
  agency: string;
  records: Iterable<ReportRecord>;
  appeals?: Iterable<ReportAppeal> | undefined;
  inputs?: ReportInputs | undefined;
  previous?: AnnualReport | undefined;
  /** The records carry every fee paid: section 六's fees are their sum (see `ReportTally.report`). */
  feesFromRecords?: boolean;
}): AnnualReport {
  const tally = new ReportTally(input.year);
  for (const record of input.records) tally.addRequest(record);
  for (const appeal of input.appeals ?? []) tally.addAppeal(appeal);
  return tally.report({
    agency: input.agency,
    inputs: input.inputs,
    previous: input.previous,
    feesFromRecords: input.feesFromRecords ?? false,
  });
}

/**
 * Where a closed record counts in the timeliness of the year's answers: on
 * time, late, or not known (`answeredLate` absent: a ledger row, a record
 * kept before it was judged).
 */
export function timelinessOf(record: ReportRecord): keyof ReportTimeliness {
  if (record.answeredLate === undefined) return 'unknown';
  return record.answeredLate ? 'late' : 'onTime';
}

function closingOf(record: ReportRecord): { on: IsoDate; outcome: OutcomeCode } | null {
  const { closedOn, outcome } = record;
  if (closedOn === undefined && outcome === undefined) return null;
  if (closedOn === undefined || outcome === undefined) {
    throw new ReportError('a closed request needs both closedOn and outcome');
  }
  if (record.receivedOn !== null && closedOn < record.receivedOn) {
    throw new ReportError(`closed on ${closedOn}, before it was received on ${record.receivedOn}`);
  }
  return { on: closedOn, outcome };
}

function conclusionOf(
  appeal: ReportAppeal,
): { on: IsoDate; result: 'upheld' | 'corrected' | 'other' } | null {
  const { concludedOn, result } = appeal;
  if (concludedOn === undefined && result === undefined) return null;
  if (concludedOn === undefined || result === undefined) {
    throw new ReportError('a concluded case needs both concludedOn and result');
  }
  if (concludedOn < appeal.filedOn) {
    throw new ReportError(`concluded on ${concludedOn}, before it was filed on ${appeal.filedOn}`);
  }
  return { on: concludedOn, result };
}

function yearBounds(year: number): { start: IsoDate; end: IsoDate } {
  assertYear(year);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2100) {
    throw new ReportError(`the report year must be a whole year from 2008 to 2100, not ${year}`);
  }
}
