import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAndLines, type LoggedLine } from './support/logs.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

/** The CloudWatch EMF documents the handlers (in this process) write while `act` runs. */
async function emfDocuments(act: () => Promise<unknown>): Promise<LoggedLine[]> {
  const { lines } = await answerAndLines(act);
  return lines.filter((line) => '_aws' in line);
}

describe('Metrics: the handlers count in CloudWatch EMF, namespace ogi, per service and district', () => {
  let env: TestStack;
  let clerk = '';

  beforeAll(async () => {
    // Prepare: metrics on, as in the cloud (the local stack leaves them off unless asked).
    env = await startTestStack({ metrics: true });
    clerk = await env.api.login('clerk', 'clerk-metrics', '褚经办');
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('writes a SubmissionCreated document for a submission, and SubmissionReplayed for its retry', async () => {
    // Prepare
    const key = `metrics-${randomUUID()}`;
    const body = validSubmission('指标测试：本镇2025年度财政预算');

    // Act
    const created = await emfDocuments(() => env.api.submit(body, { 'Idempotency-Key': key }));
    const replayed = await emfDocuments(() =>
      env.api.post('/api/requests', { json: body, headers: { 'Idempotency-Key': key } }),
    );

    // Assess
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'ogi',
            Dimensions: [['service', 'district']],
            Metrics: [{ Name: 'SubmissionCreated', Unit: 'Count' }],
          },
        ],
      },
      service: 'intake',
      district: 'dachang',
      SubmissionCreated: 1,
    });
    expect(replayed).toHaveLength(1);
    expect(replayed[0]).toMatchObject({ service: 'intake', SubmissionReplayed: 1 });
  });

  it('counts a lookup with a wrong code and one with an unknown receipt number', async () => {
    // Prepare: its own count is read (and kept out of the test's output) but not asserted.
    let receiptNo = '';
    await emfDocuments(async () => {
      ({ receiptNo } = await env.api.submit(validSubmission()));
    });

    // Act
    const documents = await emfDocuments(async () => {
      await env.api.get(`/api/requests/${receiptNo}?code=ZZZZZZZZZZ`);
      await env.api.get(`/api/requests/${receiptNo.slice(0, 5)}999999?code=ZZZZZZZZZZ`);
    });

    // Assess
    expect(documents.map((document) => document.LookupRefused)).toEqual([1, 1]);
  });

  it('counts a staff command by event type, and a version conflict', async () => {
    // Prepare: the submission's own count is kept out of the test's output.
    let receiptNo = '';
    await emfDocuments(async () => {
      ({ receiptNo } = await env.api.submit(validSubmission()));
    });
    const id = await env.api.idOf(receiptNo, clerk);
    const received = { type: 'received', on: today(), channel: 'online', confirmedBy: 'phone' };

    // Act
    const recorded = await emfDocuments(() =>
      env.api.post(`/api/staff/requests/${id}/commands`, {
        token: clerk,
        json: { expectedVersion: 1, event: received },
      }),
    );
    const stale = await emfDocuments(() =>
      env.api.post(`/api/staff/requests/${id}/commands`, {
        token: clerk,
        json: { expectedVersion: 1, event: { type: 'correctionRequested', on: today() } },
      }),
    );

    // Assess
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      service: 'casework',
      district: 'dachang',
      eventType: 'received',
      StaffCommandRecorded: 1,
    });
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ service: 'casework', VersionConflict: 1 });
  });
});
