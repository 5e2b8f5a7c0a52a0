import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer, ListAnswer, SubmitAnswer } from './support/api.js';
import { startTestStack, type TestStack } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

describe('Route: POST /api/requests with Idempotency-Key', () => {
  let env: TestStack;
  let clerk = '';

  const openRequests = async () => {
    const response = await env.api.get<ListAnswer>('/api/staff/requests?limit=100', {
      token: clerk,
    });
    expect(response.status).toBe(200);
    return response.body.items;
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk');
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('answers a retry with the same receipt number and query code, marked as replayed, and stores one request', async () => {
    // Prepare
    const key = `retry-${randomUUID()}`;
    const body = validSubmission('重试测试：本镇2025年度财政预算及决算');
    const before = await openRequests();
    // Act
    const first = await env.api.post<SubmitAnswer>('/api/requests', {
      json: body,
      headers: { 'Idempotency-Key': key },
    });
    const retry = await env.api.post<SubmitAnswer>('/api/requests', {
      json: body,
      headers: { 'Idempotency-Key': key },
    });
    // Assess
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.receiptNo).toBe(first.body.receiptNo);
    expect(retry.body.queryCode).toBe(first.body.queryCode);
    const after = await openRequests();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((item) => item.receiptNo === first.body.receiptNo)).toHaveLength(1);
  });

  it('treats a retry with the same content in another key order as the same request', async () => {
    // Prepare
    const key = `order-${randomUUID()}`;
    const body = validSubmission('键顺序测试：某路段道路改造工程的立项批复');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    // Act
    const first = await env.api.submit(body, { 'Idempotency-Key': key });
    const retry = await env.api.post<SubmitAnswer>('/api/requests', {
      json: reordered,
      headers: { 'Idempotency-Key': key },
    });
    // Assess
    expect(retry.status).toBe(200);
    expect(retry.body.receiptNo).toBe(first.receiptNo);
  });

  it('refuses the same key with a different body with 422 and creates nothing', async () => {
    // Prepare
    const key = `conflict-${randomUUID()}`;
    const first = await env.api.submit(validSubmission('冲突测试：镇政府2025年会议纪要'), {
      'Idempotency-Key': key,
    });
    const before = await openRequests();
    // Act
    const conflict = await env.api.post<ErrorAnswer>('/api/requests', {
      json: validSubmission('冲突测试：另一份完全不同的信息内容'),
      headers: { 'Idempotency-Key': key },
    });
    // Assess
    expect(conflict.status).toBe(422);
    expect(conflict.body).toMatchObject({
      error: 'idempotency-conflict',
      message: '该幂等键已用于内容不同的请求，请勿重复使用',
    });
    expect(conflict.text).not.toContain(first.queryCode);
    expect(await openRequests()).toHaveLength(before.length);
  });

  it('answers concurrent retries with one request: one 201, the rest replays of it', async () => {
    // Prepare
    const key = `race-${randomUUID()}`;
    const body = validSubmission('并发重试测试：本镇土地征收补偿标准文件');
    const before = await openRequests();
    // Act
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        env.api.post<SubmitAnswer>('/api/requests', {
          json: body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    );
    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.receiptNo)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.body.queryCode)).size).toBe(1);
    expect(await openRequests()).toHaveLength(before.length + 1);
  });

  it('refuses a malformed Idempotency-Key with 400 naming the header', async () => {
    // Act
    const response = await env.api.post<ErrorAnswer>('/api/requests', {
      json: validSubmission(),
      headers: { 'Idempotency-Key': 'short' },
    });
    // Assess
    expect(response.status).toBe(400);
    expect(response.body.fields?.map((field) => field.path)).toEqual(['Idempotency-Key']);
  });
});
