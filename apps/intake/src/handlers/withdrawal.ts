import { httpApi, json, parseBody, parsePath } from '@ogi/http';
import { RequestPath, WithdrawalRequest } from '@ogi/schema';
import { recordApplicantEvent } from '../applicant-action.js';
import { api } from '../config.js';
import { STATUS_LABELS_ZH } from '../views.js';

/** `POST /api/requests/{receiptNo}/withdrawal`: the applicant withdraws an open request （六）3. */
export const handler = httpApi(async (event) => {
  const { receiptNo } = parsePath(RequestPath, event);
  const { code, reason } = parseBody(WithdrawalRequest, event);
  const updated = await recordApplicantEvent(event, { receiptNo, code }, (on) => ({
    type: 'withdrawn',
    on,
    actor: 'applicant',
    ...(reason ? { note: reason } : {}),
  }));
  return json(200, {
    receiptNo,
    status: updated.status,
    statusLabel: STATUS_LABELS_ZH[updated.status],
    message: '申请已撤回。',
  });
}, api);
