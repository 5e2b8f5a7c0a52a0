import { dateIn } from '@ogi/domain';
import { httpApi, json, parsePath, parseQuery } from '@ogi/http';
import { RequestLookupQuery, RequestPath } from '@ogi/schema';
import { clockOf } from '@ogi/store';
import { api, lifecycle, runtime } from '../config.js';
import { findWithCode } from '../lookup.js';
import { publicView } from '../views.js';

/** `GET /api/requests/{receiptNo}?code=…`: status, deadlines and history for the applicant. */
export const handler = httpApi(async (event) => {
  const { receiptNo } = parsePath(RequestPath, event);
  const { code } = parseQuery(RequestLookupQuery, event);
  const found = await findWithCode(receiptNo, code);
  const today = dateIn(runtime.district.timeZone, new Date());
  return json(200, publicView(found, clockOf(found, lifecycle, today)));
}, api);
