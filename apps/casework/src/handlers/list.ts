import { dateIn } from '@ogi/domain';
import { httpApi, json, parseQuery } from '@ogi/http';
import { StaffListQuery } from '@ogi/schema';
import { api, lifecycle, runtime, staffAuth } from '../config.js';
import { listItem } from '../views.js';

/**
 * `GET /api/staff/requests?status=&dueBefore=&assignee=&received=&limit=&cursor=`:
 * one index query, never a scan; each row with its working days left.
 */
export const handler = httpApi(
  async (event) => {
    const query = parseQuery(StaffListQuery, event);
    const page = await runtime.requests.list(query);
    const today = dateIn(runtime.district.timeZone, new Date());
    return json(200, {
      items: page.items.map((record) => listItem(record, today, lifecycle.calendar)),
      cursor: page.cursor ?? null,
    });
  },
  { ...api, auth: staffAuth },
);
