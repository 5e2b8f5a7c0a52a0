import { httpApi, json, notFound, parsePath } from '@ogi/http';
import { PublishedReportPath } from '@ogi/schema';
import { api, reports, staffAuth } from '../config.js';
import { publishedItem, reportYearOf } from '../reports.js';

/** `GET /api/staff/reports/{year}/published/{n}`: version n of the year's report, as published. */
export const handler = httpApi(
  async (event) => {
    const year = reportYearOf(event);
    const { n } = parsePath(PublishedReportPath, event);
    const published = await reports.getPublished(year, n);
    if (!published)
      throw notFound({ zh: `${year}年度报告第${n}版`, en: `Version ${n} of the ${year} report` });
    return json(200, { ...publishedItem(published), year, report: published.report });
  },
  { ...api, auth: staffAuth },
);
