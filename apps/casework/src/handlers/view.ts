import { dateIn } from '@ogi/domain';
import { httpApi, json, notFound, parsePath } from '@ogi/http';
import { StaffRequestPath } from '@ogi/schema';
import { clockOf } from '@ogi/store';
import { api, lifecycle, runtime, staffAuth } from '../config.js';
import { caseView } from '../views.js';

/** `GET /api/staff/requests/{id}`: the case file with the deadline explanation. */
export const handler = httpApi(
  async (event) => {
    const { id } = parsePath(StaffRequestPath, event);
    const found = await runtime.requests.get(id);
    if (!found) throw notFound({ zh: '该申请', en: 'The request' });
    const today = dateIn(runtime.district.timeZone, new Date());
    const clock = clockOf(found, lifecycle, today);
    return json(200, caseView(found, clock, lifecycle, today));
  },
  { ...api, auth: staffAuth },
);
