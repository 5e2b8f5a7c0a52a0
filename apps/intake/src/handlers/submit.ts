import { dateIn } from '@ogi/domain';
import { badRequest, header, httpApi, json, METRIC, parseBody } from '@ogi/http';
import { fieldErrorsOrData, IdempotencyKey, Submission } from '@ogi/schema';
import { recordNewRequest } from '@ogi/store';
import { applicantAudit } from '../applicant-action.js';
import { api, lifecycle, metrics, runtime } from '../config.js';
import { STATUS_LABELS_ZH } from '../views.js';

/**
 * `POST /api/requests`: an applicant submits the web form. An online request
 * is received only when both sides confirm it (Art. 31(3)), so it starts as
 * `submitted`; staff confirm it. `Idempotency-Key` makes a retry safe.
 */
export const handler = httpApi(async (event) => {
  const submission = parseBody(Submission, event);
  if (submission.channel !== 'online') {
    throw badRequest([
      {
        path: 'channel',
        code: 'invalidOption',
        zh: '提交渠道：网上提交的申请只能选择“online”',
        en: 'must be online for a request submitted through the web form',
      },
    ]);
  }
  const keyHeader = header(event, 'idempotency-key');
  const key = keyHeader === undefined ? undefined : fieldErrorsOrData(IdempotencyKey, keyHeader);
  if (key && !key.ok) {
    throw badRequest(key.errors.map((error) => ({ ...error, path: 'Idempotency-Key' })));
  }
  const now = new Date();
  const submittedOn = dateIn(runtime.district.timeZone, now);
  const { record, queryCode, replayed } = await recordNewRequest(runtime.requests, lifecycle, {
    submission,
    events: [{ type: 'submitted', on: submittedOn, actor: 'applicant', channel: 'online' }],
    submittedOn,
    submittedAt: now.toISOString(),
    audit: applicantAudit(event),
    ...(key?.ok ? { idempotencyKey: key.data } : {}),
  });
  metrics.count(replayed ? METRIC.submissionReplayed : METRIC.submissionCreated);
  return json(
    replayed ? 200 : 201,
    {
      receiptNo: record.receiptNo,
      queryCode,
      status: record.status,
      statusLabel: STATUS_LABELS_ZH[record.status],
      submittedOn: record.submittedOn,
      message: `申请已提交，受理编号${record.receiptNo}。请妥善保存查询码，凭受理编号和查询码查询办理进度。网上提交的申请以双方确认之日为收到申请之日（《条例》第三十一条第三项），工作人员确认后开始计算答复期限。`,
    },
    {
      location: `/api/requests/${record.receiptNo}`,
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    },
  );
}, api);
