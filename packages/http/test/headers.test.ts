import { describe, expect, it } from 'vitest';
import {
  API_CONTENT_SECURITY_POLICY,
  createTokenVerifier,
  HTML_CONTENT_SECURITY_POLICY,
  httpApi,
  issueStaffToken,
  json,
  type StaffAudit,
} from '../src/index.js';
import { apiEvent, captureLogs, lambdaContext } from './support/events.js';

const WEB = 'https://ogi.example.gov.cn';
const SECRET = 'a-secret-of-at-least-thirty-two-bytes!!';
const TOKENS = { secret: SECRET, issuer: 'ogi', audience: 'ogi-casework' };

function api(result: () => Promise<Awaited<ReturnType<typeof json>>>) {
  return httpApi(() => result(), { logger: captureLogs('info').logger, webOrigins: [WEB] });
}

describe('Middleware: httpHeaders', () => {
  it.each([
    ['a JSON answer', () => Promise.resolve(json(200, { ok: true }))],
    ['an error', () => Promise.reject(new Error('database down'))],
  ])('adds nosniff, no-store and the API policy to %s', async (_name, result) => {
    // Act
    const answer = await api(result)(apiEvent({ method: 'GET' }), lambdaContext());

    // Assess
    expect(answer.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-security-policy': API_CONTENT_SECURITY_POLICY,
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
  });

  it('gives an HTML document the strict policy and keeps a cache-control the handler set', async () => {
    // Prepare
    const page = api(async () => ({
      statusCode: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, max-age=60',
      },
      body: '<p>报告</p>',
    }));

    // Act
    const answer = await page(apiEvent({ method: 'GET' }), lambdaContext());

    // Assess
    expect(answer.headers?.['content-security-policy']).toBe(HTML_CONTENT_SECURITY_POLICY);
    expect(HTML_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(HTML_CONTENT_SECURITY_POLICY).not.toContain('script-src');
    expect(answer.headers?.['cache-control']).toBe('private, max-age=60');
  });

  it('answers a preflight from the web origin at once, before the handler runs', async () => {
    // Prepare
    let ran = false;
    const route = api(async () => {
      ran = true;
      return json(200, {});
    });

    // Act
    const answer = await route(
      apiEvent({
        method: 'OPTIONS',
        headers: { Origin: WEB, 'Access-Control-Request-Method': 'POST' },
      }),
      lambdaContext(),
    );

    // Assess
    expect(ran).toBe(false);
    expect(answer.statusCode).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': WEB,
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
      'x-content-type-options': 'nosniff',
    });
  });

  it('names no origin but the configured one, and never *', async () => {
    // Act
    const answer = await api(async () => json(200, {}))(
      apiEvent({ method: 'GET', headers: { origin: 'https://evil.example.com' } }),
      lambdaContext(),
    );

    // Assess
    expect(answer.headers?.['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers?.vary).toBe('origin');
  });
});

describe('Middleware: staffAuth', () => {
  it('puts the audit record of the request on the context: the staff id, role and address', async () => {
    // Prepare
    let seen: StaffAudit | undefined;
    const route = httpApi(
      async (_event, { audit }) => {
        seen = audit;
        return json(204);
      },
      { logger: captureLogs('info').logger, auth: { verify: createTokenVerifier(TOKENS) } },
    );
    const token = await issueStaffToken(
      { sub: 'staff-7', name: '王五', role: 'head', district: 'dachang' },
      TOKENS,
    );

    // Act
    await route(
      apiEvent({
        method: 'GET',
        sourceIp: '198.51.100.4',
        headers: { authorization: `Bearer ${token}` },
      }),
      lambdaContext(),
    );

    // Assess
    expect(seen).toEqual({ actor: 'staff-7', role: 'head', sourceIp: '198.51.100.4' });
  });
});
