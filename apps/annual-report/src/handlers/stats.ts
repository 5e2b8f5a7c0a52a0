import { dateIn } from '@ogi/domain';
import { httpApi, json, parseQuery } from '@ogi/http';
import { STAFF_ROLES, StaffStatsQuery } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';
import { staffFigures } from '../figures.js';
import { notAfterThisYear } from '../reports.js';

/**
 * `GET /api/staff/stats?year=`: the figures of a year (received by month,
 * outcomes by table 三 group, working days from receipt to answer, the share
 * answered on time, extensions) and of the open queue today, computed from
 * the records with the working calendar. Counts and receipt numbers only, no
 * personal data: every staff role may read them.
 */
export const handler = httpApi(
  async (event) => {
    const year = notAfterThisYear(parseQuery(StaffStatsQuery, event).year);
    const today = dateIn(runtime.district.timeZone, new Date());
    return json(200, await staffFigures(year, today));
  },
  { ...api, auth: { ...staffAuth, roles: STAFF_ROLES } },
);
