import { httpApi, json, parseBody, parsePath, sourceIp } from '@ogi/http';
import { AssignmentCommand, StaffRequestPath } from '@ogi/schema';
import { logger, runtime, staffAuth } from '../config.js';
import { staffRecord } from '../views.js';

/** `PUT /api/staff/requests/{id}/assignee`: who handles the request (null clears it). */
export const handler = httpApi(
  async (event, { staff }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const { expectedVersion, assignee } = parseBody(AssignmentCommand, event);
    const ip = sourceIp(event);
    const { record, entry } = await runtime.requests.assign({
      id,
      expectedVersion,
      assignee,
      audit: { actor: staff.sub, role: staff.role, ...(ip ? { sourceIp: ip } : {}) },
    });
    return json(200, { record: staffRecord(record), entry });
  },
  { logger, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
