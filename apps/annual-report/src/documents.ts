import { dateIn } from '@ogi/domain';
import { renderDocx, renderHtml, reportContact } from '@ogi/report';
import type { AnnualReport } from '@ogi/schema';
import type { ReportFormat } from '@ogi/store';
import { reportDocuments, runtime } from './config.js';

/** How the district's report is signed: its office and contacts, and the day of publication. */
function renderOptions(publishedAt: string) {
  return {
    publishedOn: dateIn(runtime.district.timeZone, new Date(publishedAt)),
    contact: reportContact(runtime.district),
  };
}

/** One published version rendered: the JSON, the HTML for the portal, the DOCX. */
export async function renderDocuments(
  report: AnnualReport,
  publishedAt: string,
): Promise<Record<ReportFormat, string | Uint8Array>> {
  const options = renderOptions(publishedAt);
  return {
    json: JSON.stringify(report, null, 2),
    html: renderHtml(report, options),
    docx: await renderDocx(report, options),
  };
}

/** Writes a published version's files to the reports bucket, when the district has one. */
export async function storeDocuments(
  year: number,
  n: number,
  report: AnnualReport,
  publishedAt: string,
): Promise<void> {
  if (!reportDocuments) return;
  await reportDocuments.put(year, n, await renderDocuments(report, publishedAt));
}

/**
 * A published version's file: from the reports bucket, or rendered again from
 * the stored JSON (published versions never change) when the bucket lacks it.
 */
export async function documentOf(
  year: number,
  n: number,
  format: Exclude<ReportFormat, 'json'>,
  report: AnnualReport,
  publishedAt: string,
): Promise<string | Uint8Array> {
  const stored = await reportDocuments?.get(year, n, format);
  if (stored) return format === 'html' ? new TextDecoder().decode(stored) : stored;
  const options = renderOptions(publishedAt);
  return format === 'html' ? renderHtml(report, options) : renderDocx(report, options);
}
