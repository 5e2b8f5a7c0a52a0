import { httpApi, json, parseBody, parsePath } from '@ogi/http';
import { AssignmentCommand, StaffRequestPath } from '@ogi/schema';
import { api, runtime, staffAuth } from '../config.js';
import { staffRecord } from '../views.js';

/** `PUT /api/staff/requests/{id}/assignee`: who handles the request (null clears it). */
export const handler = httpApi(
  async (event, { audit }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const { expectedVersion, assignee } = parseBody(AssignmentCommand, event);
    const { record, entry } = await runtime.requests.assign({
      id,
      expectedVersion,
      assignee,
      audit,
    });
    return json(200, { record: staffRecord(record), entry });
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
