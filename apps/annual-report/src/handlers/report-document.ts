import { dateIn } from '@ogi/domain';
import { httpApi, notFound, parsePath, parseQuery } from '@ogi/http';
import { renderDocx, renderHtml } from '@ogi/report';
import { PublishedReportPath, ReportDocumentQuery } from '@ogi/schema';
import { logger, runtime, staffAuth } from '../config.js';
import { reportYearOf } from '../reports.js';

/**
 * `GET /api/staff/reports/{year}/published/{n}/document?format=html|docx`: a
 * published version as the page to paste into the portal or as the DOCX laid
 * out like the published reports. Published versions never change, so the
 * document is rendered from the stored JSON on each download.
 */
export const handler = httpApi(
  async (event) => {
    const year = reportYearOf(event);
    const { n } = parsePath(PublishedReportPath, event);
    const { format } = parseQuery(ReportDocumentQuery, event);
    const published = await runtime.reports.getPublished(year, n);
    if (!published) {
      throw notFound({ zh: `${year}年度报告第${n}版`, en: `Version ${n} of the ${year} report` });
    }
    const { contact, names } = runtime.district;
    const options = {
      publishedOn: dateIn(runtime.district.timeZone, new Date(published.publishedAt)),
      contact: { office: names.office, ...contact },
    };
    const fileName = `${year}-report-v${n}.${format}`;
    if (format === 'html') {
      return {
        statusCode: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-disposition': `inline; filename="${fileName}"`,
          'cache-control': 'no-store',
        },
        body: renderHtml(published.report, options),
      };
    }
    const docx = await renderDocx(published.report, options);
    return {
      statusCode: 200,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      },
      body: Buffer.from(docx).toString('base64'),
      isBase64Encoded: true,
    };
  },
  { logger, auth: staffAuth },
);
