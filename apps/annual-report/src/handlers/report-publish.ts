import { publicationGaps } from '@ogi/domain';
import { HttpError, httpApi, json, parseBody } from '@ogi/http';
import { PublishReportCommand } from '@ogi/schema';
import { api, reports, staffAuth } from '../config.js';
import { storeDocuments } from '../documents.js';
import {
  assembleDraft,
  checkAsField,
  publishable,
  publishedItem,
  reportDigest,
  reportYearOf,
} from '../reports.js';

/**
 * `POST /api/staff/reports/{year}/publish`: assembles the report again and
 * stores it as the year's next published version (201) with its JSON, HTML
 * and DOCX in the district's reports bucket, without the drafts offered to
 * staff (the narrative published is theirs), unless an R1–R5
 * check fails: then 422, one field per failed check, pointing at its cell.
 */
export const handler = httpApi(
  async (event, { audit }) => {
    const year = reportYearOf(event);
    const { expectedDigest } =
      event.parsedBody === undefined ? {} : parseBody(PublishReportCommand, event);
    const { report } = await assembleDraft(year);
    if (expectedDigest !== undefined && expectedDigest !== reportDigest(report)) {
      throw new HttpError({
        status: 409,
        code: 'report-changed',
        zh: '年度报告在您审阅后已有变化（记录或草稿已更新），请重新审阅后再发布',
        en: 'The report changed since it was reviewed (records or draft inputs): review it again, then publish',
        fields: [
          {
            path: 'expectedDigest',
            code: 'stale',
            zh: '与当前报告不一致',
            en: 'does not match the report as it is now',
          },
        ],
      });
    }
    const errors = report.checks.filter((check) => check.severity === 'error');
    const gaps = publicationGaps(report);
    if (errors.length > 0 || gaps.length > 0) {
      throw new HttpError({
        status: 422,
        code: errors.length > 0 ? 'report-has-errors' : 'report-incomplete',
        zh: '年度报告未通过校验或尚未填写完整，请按提示修改后再发布',
        en: 'The report fails its checks or is incomplete; fix the cells and sections named and publish again',
        fields: [
          ...errors.map(checkAsField),
          ...gaps.map((gap) => ({
            path: gap.path,
            code: 'required',
            zh: gap.message.zh,
            en: gap.message.en,
          })),
        ],
      });
    }
    const published = await reports.publish({
      year,
      report: publishable(report),
      audit,
    });
    await storeDocuments(year, published.n, published.report, published.publishedAt);
    return json(
      201,
      { ...publishedItem(published), year, report: published.report },
      { location: `/api/staff/reports/${year}/published/${published.n}` },
    );
  },
  { ...api, auth: { ...staffAuth, roles: ['head', 'office'] } },
);
