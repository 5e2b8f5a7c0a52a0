import { forbidden, httpApi, json, METRIC, parseBody, parsePath } from '@ogi/http';
import { StaffCommand, StaffRequestPath } from '@ogi/schema';
import { recordEvent } from '@ogi/store';
import { api, lifecycle, metrics, runtime, staffAuth } from '../config.js';
import { staffRecord } from '../views.js';

const HEAD_ONLY = {
  zh: '延长答复期限须经政府信息公开工作机构负责人同意（《条例》第三十三条第二款）',
  en: 'Only the head of the OGI office approves an extension (Art. 33 ¶2)',
};

/**
 * `POST /api/staff/requests/{id}/commands`: one lifecycle step against the
 * version the caller saw: 409 when someone else acted first, 422 with the
 * reason when the law does not allow the step.
 */
export const handler = httpApi(
  async (event, { staff, audit }) => {
    const { id } = parsePath(StaffRequestPath, event);
    const command = parseBody(StaffCommand, event);
    if (command.event.type === 'extended' && staff.role !== 'head') throw forbidden(HEAD_ONLY);
    const lifecycleEvent =
      command.event.type === 'extended'
        ? { ...command.event, approvedBy: staff.name, actor: staff.sub }
        : { ...command.event, actor: staff.sub };
    const { record, entry } = await recordEvent(runtime.requests, lifecycle, {
      id,
      expectedVersion: command.expectedVersion,
      event: lifecycleEvent,
      audit,
    });
    metrics.count(METRIC.staffCommandRecorded, { eventType: lifecycleEvent.type });
    return json(200, { record: staffRecord(record), entry });
  },
  { ...api, auth: { ...staffAuth, roles: ['clerk', 'head'] } },
);
