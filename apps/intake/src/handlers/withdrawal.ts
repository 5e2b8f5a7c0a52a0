import { dateIn } from '@ogi/domain';
import { httpApi, json, parseBody, parsePath, sourceIp } from '@ogi/http';
import { RequestPath, WithdrawalRequest } from '@ogi/schema';
import { recordEvent } from '@ogi/store';
import { lifecycle, logger, runtime } from '../config.js';
import { findWithCode } from '../lookup.js';
import { STATUS_LABELS_ZH } from '../views.js';

/** `POST /api/requests/{receiptNo}/withdrawal`: the applicant withdraws an open request （六）3. */
export const handler = httpApi(
  async (event) => {
    const { receiptNo } = parsePath(RequestPath, event);
    const { code, reason } = parseBody(WithdrawalRequest, event);
    const { record } = await findWithCode(receiptNo, code);
    const ip = sourceIp(event);
    const { record: updated } = await recordEvent(runtime.requests, lifecycle, {
      id: record.id,
      expectedVersion: record.version,
      event: {
        type: 'withdrawn',
        on: dateIn(runtime.district.timeZone, new Date()),
        actor: 'applicant',
        ...(reason ? { note: reason } : {}),
      },
      audit: { actor: 'applicant', role: 'applicant', ...(ip ? { sourceIp: ip } : {}) },
    });
    return json(200, {
      receiptNo,
      status: updated.status,
      statusLabel: STATUS_LABELS_ZH[updated.status],
      message: '申请已撤回。',
    });
  },
  { logger },
);
