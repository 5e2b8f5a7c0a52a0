import { httpApi, json, notFound, parsePath } from '@ogi/http';
import { StaffRequestPath } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';
import { letterItem } from '../views.js';

/**
 * `GET /api/staff/requests/{id}/letters`: the letters the case issued, every
 * version, in order, each with its 文号, the day it was issued and where to
 * download it.
 */
export const handler = httpApi(
  async (event) => {
    const { id } = parsePath(StaffRequestPath, event);
    const found = await runtime.requests.get(id);
    if (!found) throw notFound({ zh: '该申请', en: 'The request' });
    return json(200, { items: found.letters.map((record) => letterItem(id, record)) });
  },
  { ...api, auth: staffAuth },
);
