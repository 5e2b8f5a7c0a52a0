import { API_CONTENT_SECURITY_POLICY } from '@ogi/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

const WEB = 'https://ogi.dachang.example.gov.cn';
const ELSEWHERE = 'https://evil.example.com';

describe('Response headers: security headers on every answer, CORS for the web origin only', () => {
  let env: TestStack;
  let clerk = '';
  let receiptNo = '';
  let queryCode = '';

  beforeAll(async () => {
    env = await startTestStack({ webOrigins: [WEB] });
    clerk = await env.api.login('clerk', 'clerk-headers', '郑经办');
    ({ receiptNo, queryCode } = await env.api.submit(
      validSubmission('响应头测试：本镇2025年度财政预算'),
    ));
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('sends nosniff, a content security policy and no-store with every kind of answer', async () => {
    // Act
    const answers = {
      created: await env.api.post('/api/requests', {
        json: validSubmission('响应头测试：本镇2025年度决算信息'),
      }),
      refused: await env.api.post('/api/requests', { json: { applicant: {} } }),
      status: await env.api.get(`/api/requests/${receiptNo}?code=${queryCode}`),
      notFound: await env.api.get(`/api/requests/2026-999999?code=${queryCode}`),
      unauthorised: await env.api.get('/api/staff/requests'),
      staffList: await env.api.get('/api/staff/requests', { token: clerk }),
      noRoute: await env.api.get('/api/nothing-here'),
    };

    // Assess
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(answer.headers.get('cache-control'), name).toBe('no-store');
      if (name !== 'noRoute') {
        expect(answer.headers.get('content-security-policy'), name).toBe(
          API_CONTENT_SECURITY_POLICY,
        );
        expect(answer.headers.get('referrer-policy'), name).toBe('no-referrer');
      }
    }
    expect(answers.created.status).toBe(201);
    expect(answers.refused.status).toBe(400);
  });

  it('answers a preflight from the web origin with 204 and what it may send', async () => {
    // Act
    const preflight = await env.api.send('OPTIONS', '/api/requests', {
      headers: {
        origin: WEB,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });

    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('vary')).toContain('origin');
  });

  it('answers a preflight to a staff route without a token, since browsers send none', async () => {
    // Act
    const preflight = await env.api.send('OPTIONS', '/api/staff/requests', {
      headers: { origin: WEB, 'access-control-request-method': 'GET' },
    });

    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB);
  });

  it('gives another origin no CORS header, on a preflight or an answer', async () => {
    // Act
    const preflight = await env.api.send('OPTIONS', '/api/requests', {
      headers: { origin: ELSEWHERE, 'access-control-request-method': 'POST' },
    });
    const lookup = await env.api.get(`/api/requests/${receiptNo}?code=${queryCode}`, {
      headers: { origin: ELSEWHERE },
    });

    // Assess
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    expect(lookup.status).toBe(200);
    expect(lookup.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the web origin read an answer and its Location, but not another origin', async () => {
    // Act
    const fromWeb = await env.api.post('/api/requests', {
      json: validSubmission('响应头测试：本镇2025年度三公经费'),
      headers: { origin: WEB },
    });

    // Assess
    expect(fromWeb.status).toBe(201);
    expect(fromWeb.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(fromWeb.headers.get('access-control-expose-headers')).toContain('location');
  });
});
