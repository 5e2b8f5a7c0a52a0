import { dateIn } from '@ogi/domain';
import { badRequest, httpApi, json, METRIC, parseBody } from '@ogi/http';
import { StaffRegistration } from '@ogi/schema';
import { recordNewRequest } from '@ogi/store';
import { api, lifecycle, metrics, runtime, staffAuth } from '../config.js';
import { keepLetterFiles, letterIssuer } from '../letters.js';
import { letterItem } from '../views.js';

/**
 * `POST /api/staff/requests`: staff register a request that arrived in
 * person, by post, letter, fax or e-mail; its receipt date follows Art. 31.
 * The answer carries the query code once, for the receipt slip (回执): with
 * it and the receipt number the applicant follows the request online. The
 * receipt letter (Art. 31) is issued with the request, in the same write.
 */
export const handler = httpApi(
  async (event, { staff, audit }) => {
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
    const { record, queryCode, letters } = await recordNewRequest(runtime.requests, lifecycle, {
      submission: { ...submission, channel: received.channel },
      events: [{ type: 'received', actor: staff.sub, ...received }],
      submittedOn: received.on,
      submittedAt: now.toISOString(),
      audit,
      letters: letterIssuer,
    });
    metrics.count(METRIC.submissionCreated);
    await keepLetterFiles(record.id, letters);
    return json(
      201,
      {
        id: record.id,
        receiptNo: record.receiptNo,
        queryCode,
        version: record.version,
        dueOn: record.dueOn ?? null,
        letters: letters.map((letter) => letterItem(record.id, letter.record)),
        message: `已登记，受理编号${record.receiptNo}。请将受理编号和查询码写入回执交给申请人：查询码只显示这一次。`,
      },
      { location: `/api/staff/requests/${record.id}` },
    );
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
