import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack, tableSnapshot, today } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

interface Registered {
  readonly id: string;
  readonly receiptNo: string;
  readonly queryCode: string;
  readonly dueOn: string | null;
}

describe('Route: POST /api/staff/requests, a request handed in on paper', () => {
  let env: TestStack;
  let clerk = '';
  const day = today();

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-reg', '秦经办');
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('answers a query code once, for the receipt slip, with which the applicant follows the request online (Art. 31)', async () => {
    // Act
    const registered = await env.api.post<Registered>('/api/staff/requests', {
      token: clerk,
      json: {
        submission: validSubmission('当面提交：本镇2025年度农村低保资金发放情况'),
        received: { on: day, channel: 'in-person' },
      },
    });
    const { receiptNo, queryCode, id } = registered.body;
    const lookup = await env.api.get<{ status: string; receivedOn: string }>(
      `/api/requests/${receiptNo}?code=${queryCode}`,
    );

    // Assess
    expect(registered.status, registered.text).toBe(201);
    expect(queryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(lookup.status, lookup.text).toBe(200);
    expect(lookup.body).toMatchObject({ status: 'processing', receivedOn: day });
    // Shown once: the store keeps only its hash, the case view never shows it.
    const view = await env.api.caseView(id, clerk);
    expect(view.text).not.toContain(queryCode);
    expect(JSON.stringify(await tableSnapshot(env.stack))).not.toContain(queryCode);
  });

  it('gives each registered request its own code: one does not open another', async () => {
    // Prepare
    const register = (description: string) =>
      env.api.post<Registered>('/api/staff/requests', {
        token: clerk,
        json: {
          submission: validSubmission(description),
          received: { on: day, channel: 'post' },
        },
      });
    const first = (await register('邮寄申请：本镇2025年度道路养护合同')).body;
    const second = (await register('邮寄申请：本镇2025年度垃圾清运合同')).body;

    // Act
    const crossed = await env.api.get(`/api/requests/${first.receiptNo}?code=${second.queryCode}`);

    // Assess
    expect(first.queryCode).not.toBe(second.queryCode);
    expect(crossed.status).toBe(404);
  });
});
