import type { AnnualReport, NarrativeDrafts, ReportInputs } from '@ogi/schema';
import { type ApiResult, bearerCalls } from '../../api/client.js';
import { downloadFile } from '../../download.js';

/** One published version of a year's report, as the API lists it. */
export interface PublishedVersion {
  readonly n: number;
  readonly publishedAt: string;
  /** The staff id of who published it. */
  readonly by: string;
}

/** `GET /api/staff/reports/{year}`' answer. */
export interface ReportView {
  readonly report: AnnualReport;
  /** What a publisher reviewed: publishing with it is refused (409) once the report changed. */
  readonly digest: string;
  /** The draft inputs' version (0 before the first save): the guard of the next save. */
  readonly inputsVersion: number;
  /** The inputs as saved (absent from an API that does not answer them). */
  readonly inputs?: ReportInputs;
  readonly published: readonly PublishedVersion[];
}

/** `PUT /api/staff/reports/{year}/inputs`' answer. */
export interface SavedInputs {
  readonly inputsVersion: number;
  readonly inputs: ReportInputs;
  readonly drafts: NarrativeDrafts;
}

/** The formats a published version is served in. */
export type ReportFormat = 'html' | 'docx';

/** The annual report routes, called with the signed-in staff member's token. */
export interface ReportApi {
  view(year: number): Promise<ApiResult<ReportView>>;
  /** Saves the staff's inputs against the version read (409 when someone saved first). */
  saveInputs(
    year: number,
    body: { expectedVersion: number; inputs: ReportInputs },
  ): Promise<ApiResult<SavedInputs>>;
  /** Publishes the report as reviewed: refused (409) when it no longer has `expectedDigest`. */
  publish(year: number, expectedDigest: string): Promise<ApiResult<PublishedVersion>>;
  /** Saves version `n` as HTML or DOCX, fetched with the token. */
  download(year: number, n: number, format: ReportFormat): Promise<boolean>;
}

/** The report routes at `origin` with `token` as the bearer. */
export function reportApi(origin: string, token: string): ReportApi {
  const { authorization, get, send } = bearerCalls(token);
  const reportUrl = (year: number) => `${origin}/api/staff/reports/${year}`;
  return {
    view: (year) => get(reportUrl(year)),
    saveInputs: (year, body) => send('PUT', `${reportUrl(year)}/inputs`, body),
    publish: (year, expectedDigest) =>
      send('POST', `${reportUrl(year)}/publish`, { expectedDigest }),
    download: (year, n, format) =>
      downloadFile(
        `${reportUrl(year)}/published/${n}/document?${new URLSearchParams({ format })}`,
        { headers: authorization },
        reportFileName(year, n, format),
      ),
  };
}

/** A published version's file name, as the API names it: `2025-report-v1.docx`. */
export function reportFileName(year: number, n: number, format: ReportFormat): string {
  return `${year}-report-v${n}.${format}`;
}
