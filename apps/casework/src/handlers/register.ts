import { dateIn } from '@ogi/domain';
import { badRequest, httpApi, json, parseBody, sourceIp } from '@ogi/http';
import { StaffRegistration } from '@ogi/schema';
import { recordNewRequest } from '@ogi/store';
import { lifecycle, logger, runtime, staffAuth } from '../config.js';

/**
 * `POST /api/staff/requests`: staff register a request that arrived in
 * person, by post, letter, fax or e-mail; its receipt date follows Art. 31.
 */
export const handler = httpApi(
  async (event, { staff }) => {
    const { submission, received } = parseBody(StaffRegistration, event);
    const now = new Date();
    const today = dateIn(runtime.district.timeZone, now);
    if (received.on > today) {
      throw badRequest([
        {
          path: 'received.on',
          code: 'future',
          zh: '收到日期：不能晚于今天',
          en: 'cannot be later than today',
        },
      ]);
    }
    const ip = sourceIp(event);
    const { record } = await recordNewRequest(runtime.requests, lifecycle, {
      submission: { ...submission, channel: received.channel },
      events: [{ type: 'received', actor: staff.sub, ...received }],
      submittedOn: received.on,
      submittedAt: now.toISOString(),
      ...(ip ? { sourceIp: ip } : {}),
      audit: { actor: staff.sub, role: staff.role },
    });
    return json(
      201,
      {
        id: record.id,
        receiptNo: record.receiptNo,
        version: record.version,
        dueOn: record.dueOn ?? null,
      },
      {
        location: `/api/staff/requests/${record.id}`,
      },
    );
  },
  { logger, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
