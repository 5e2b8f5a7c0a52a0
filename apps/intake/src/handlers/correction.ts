import { dateIn } from '@ogi/domain';
import { httpApi, json, parseBody, parsePath, sourceIp } from '@ogi/http';
import { CorrectionSubmission, RequestPath } from '@ogi/schema';
import { recordEvent } from '@ogi/store';
import { lifecycle, logger, runtime } from '../config.js';
import { findWithCode } from '../lookup.js';
import { STATUS_LABELS_ZH } from '../views.js';

/**
 * `POST /api/requests/{receiptNo}/correction`: the applicant corrects the
 * request; the answer period starts afresh on this day (Art. 30).
 */
export const handler = httpApi(
  async (event) => {
    const { receiptNo } = parsePath(RequestPath, event);
    const { code, description } = parseBody(CorrectionSubmission, event);
    const { record } = await findWithCode(receiptNo, code);
    const ip = sourceIp(event);
    const { record: updated } = await recordEvent(runtime.requests, lifecycle, {
      id: record.id,
      expectedVersion: record.version,
      event: {
        type: 'correctionReceived',
        on: dateIn(runtime.district.timeZone, new Date()),
        actor: 'applicant',
        note: description,
      },
      audit: { actor: 'applicant', role: 'applicant', ...(ip ? { sourceIp: ip } : {}) },
    });
    return json(200, {
      receiptNo,
      status: updated.status,
      statusLabel: STATUS_LABELS_ZH[updated.status],
      dueOn: updated.dueOn ?? null,
      message: '已收到补正，答复期限自今日起重新计算（《条例》第三十条）。',
    });
  },
  { logger },
);
