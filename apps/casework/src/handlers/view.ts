import { dateIn } from '@ogi/domain';
import { httpApi, json, notFound, parsePath } from '@ogi/http';
import { StaffRequestPath } from '@ogi/schema';
import { clockOf } from '@ogi/store';
import { lifecycle, logger, runtime, staffAuth } from '../config.js';
import { caseView } from '../views.js';

/** `GET /api/staff/requests/{id}`: the case file with the deadline explanation. */
export const handler = httpApi(
  async (event) => {
    const { id } = parsePath(StaffRequestPath, event);
    const found = await runtime.requests.get(id);
    if (!found) throw notFound({ zh: '该申请', en: 'The request' });
    const today = dateIn(runtime.district.timeZone, new Date());
    return json(200, caseView(found, clockOf(found, lifecycle, today), lifecycle, today));
  },
  { logger, auth: staffAuth },
);
