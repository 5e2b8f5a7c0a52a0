import { httpApi, json } from '@ogi/http';
import { api, reports, staffAuth } from '../config.js';
import { assembleDraft, publishedItem, reportDigest, reportYearOf } from '../reports.js';

/**
 * `GET /api/staff/reports/{year}`: the year's report assembled now from the
 * records and the draft inputs, with its checks, its digest (to pin it when
 * publishing), the draft's version and inputs as saved (the report cannot
 * tell a fee total staff typed from the one the records give, and an editor
 * must not pin the latter) and the versions published so far. Every staff
 * role may read it.
 */
export const handler = httpApi(
  async (event) => {
    const year = reportYearOf(event);
    const [{ report, draft }, published] = await Promise.all([
      assembleDraft(year),
      reports.listPublished(year),
    ]);
    return json(200, {
      report,
      digest: reportDigest(report),
      inputsVersion: draft?.version ?? 0,
      inputs: draft?.inputs ?? {},
      published: published.map(publishedItem),
    });
  },
  { ...api, auth: staffAuth },
);
