import { dateIn, draftNarrative, ReportTally } from '@ogi/domain';
import { badRequest, type HttpEvent, parsePath } from '@ogi/http';
import {
  type AnnualReport,
  type Check,
  type FieldError,
  type NarrativeDrafts,
  type ReportInputs,
  ReportYearPath,
} from '@ogi/schema';
import { canonicalJson, type PublishedSummary, type ReportDraft, sha256Hex } from '@ogi/store';
import { ledger, reports, runtime } from './config.js';

/** The `{year}` of a report route: a `ReportYear` up to the current year in the district's time zone. */
export function reportYearOf(event: HttpEvent): number {
  return notAfterThisYear(parsePath(ReportYearPath, event).year);
}

/** `year` itself, or a 400 naming `year` when it is after the current year in the district's time zone. */
export function notAfterThisYear(year: number): number {
  const current = Number(dateIn(runtime.district.timeZone, new Date()).slice(0, 4));
  if (year > current) {
    throw badRequest([
      {
        path: 'year',
        code: 'future',
        zh: `年度：不能晚于${current}年`,
        en: `cannot be later than ${current}`,
      },
    ]);
  }
  return year;
}

/**
 * The year's report as it stands: tables 三 and 四 from the records (one pass,
 * page by page: the requests handled in ogi and those imported from the
 * agency's ledgers), the staff's draft inputs, the drafts of the narrative's
 * sentences that restate the tables, and the checks, R6/R7 against last
 * year's latest published report when there is one.
 */
export async function assembleDraft(
  year: number,
): Promise<{ report: AnnualReport; draft: ReportDraft | null }> {
  const [draft, previous] = await Promise.all([
    reports.getDraft(year),
    reports.latestPublished(year - 1),
  ]);
  const report = await assembleReport(year, draft?.inputs, previous?.report);
  return { report, draft };
}

/**
 * The drafts of the narrative's sentences that restate the year's tables
 * (`draftNarrative`), with the fees of `inputs` when staff entered them: what
 * staff take into section 一 and edit there.
 */
export async function narrativeDrafts(
  year: number,
  inputs: ReportInputs | undefined,
): Promise<NarrativeDrafts> {
  return draftNarrative(await assembleReport(year, inputs, undefined));
}

/**
 * The report as it is published: without the drafts, which were offered to
 * staff; what is published of the narrative is what staff wrote.
 */
export function publishable(report: AnnualReport): AnnualReport {
  const { drafts: _offered, ...published } = report;
  return published;
}

async function assembleReport(
  year: number,
  inputs: ReportInputs | undefined,
  previous: AnnualReport | undefined,
): Promise<AnnualReport> {
  const tally = new ReportTally(year);
  for await (const record of runtime.requests.reportRecords(year)) tally.addRequest(record);
  for await (const appeal of runtime.requests.reportAppeals(year)) tally.addAppeal(appeal);
  for await (const record of ledger.reportRecords(year)) tally.addRequest(record);
  for await (const appeal of ledger.reportAppeals(year)) tally.addAppeal(appeal);
  return tally.report({
    agency: runtime.district.names.agency,
    inputs,
    previous,
    // The store keeps every fee paid, so section 六 follows the records unless staff enter a figure.
    feesFromRecords: true,
  });
}

/**
 * The SHA-256 of the report's canonical JSON: what a publisher reviewed, so
 * that publishing can refuse a report that changed since (records decided
 * or imported, the draft saved by someone else).
 */
export function reportDigest(report: AnnualReport): string {
  return sha256Hex(canonicalJson(report));
}

/** One published version as the staff API lists it. */
export function publishedItem(summary: PublishedSummary) {
  return { n: summary.n, publishedAt: summary.publishedAt, by: summary.publishedBy.actor };
}

/** A check as a field error of a 422: `path` is the cell it points at, `code` the check's id. */
export function checkAsField(check: Check): FieldError {
  return { path: check.cell, code: check.id, zh: check.message.zh, en: check.message.en };
}
