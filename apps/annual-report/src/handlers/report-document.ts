import { httpApi, notFound, parsePath, parseQuery } from '@ogi/http';
import { PublishedReportPath, ReportDocumentQuery } from '@ogi/schema';
import { REPORT_CONTENT_TYPES } from '@ogi/store';
import { api, reports, staffAuth } from '../config.js';
import { documentOf } from '../documents.js';
import { reportYearOf } from '../reports.js';

/**
 * `GET /api/staff/reports/{year}/published/{n}/document?format=html|docx`: a
 * published version as the page to paste into the portal or as the DOCX laid
 * out like the published reports, as stored in the reports bucket.
 */
export const handler = httpApi(
  async (event) => {
    const year = reportYearOf(event);
    const { n } = parsePath(PublishedReportPath, event);
    const { format } = parseQuery(ReportDocumentQuery, event);
    const published = await reports.getPublished(year, n);
    if (!published) {
      throw notFound({ zh: `${year}年度报告第${n}版`, en: `Version ${n} of the ${year} report` });
    }
    const document = await documentOf(year, n, format, published.report, published.publishedAt);
    const fileName = `${year}-report-v${n}.${format}`;
    const headers = {
      'content-type': REPORT_CONTENT_TYPES[format],
      'content-disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${fileName}"`,
      'cache-control': 'no-store',
    };
    return typeof document === 'string'
      ? { statusCode: 200, headers, body: document }
      : {
          statusCode: 200,
          headers,
          body: Buffer.from(document).toString('base64'),
          isBase64Encoded: true,
        };
  },
  { ...api, auth: staffAuth },
);
