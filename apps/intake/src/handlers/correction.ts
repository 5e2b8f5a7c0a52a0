import { httpApi, json, parseBody, parsePath } from '@ogi/http';
import { CorrectionSubmission, RequestPath } from '@ogi/schema';
import { recordApplicantEvent } from '../applicant-action.js';
import { api } from '../config.js';
import { STATUS_LABELS_ZH } from '../views.js';

/**
 * `POST /api/requests/{receiptNo}/correction`: the applicant corrects the
 * request; the answer period starts afresh on this day (Art. 30).
 */
export const handler = httpApi(async (event) => {
  const { receiptNo } = parsePath(RequestPath, event);
  const { code, description } = parseBody(CorrectionSubmission, event);
  const updated = await recordApplicantEvent(event, { receiptNo, code }, (on) => ({
    type: 'correctionReceived',
    on,
    actor: 'applicant',
    note: description,
  }));
  return json(200, {
    receiptNo,
    status: updated.status,
    statusLabel: STATUS_LABELS_ZH[updated.status],
    dueOn: updated.dueOn ?? null,
    message: '已收到补正，答复期限自今日起重新计算（《条例》第三十条）。',
  });
}, api);
