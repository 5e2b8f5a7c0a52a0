import { randomBytes } from 'node:crypto';
import { issueStaffToken, type StaffClaims } from '@ogi/http';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorAnswer, hasChinese } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot, today } from './support/stack.js';
import { TEST_PERSON, validSubmission } from './support/submissions.js';

const ISSUER = 'ogi-local';
const AUDIENCE = 'ogi-casework';
const CLAIMS: StaffClaims = {
  sub: 'auth-test',
  name: '测试人员',
  role: 'head',
  district: 'dachang',
};

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Staff routes: authentication and roles', () => {
  let env: TestStack;
  let id = '';
  let version = 0;
  const day = today();
  /** Every staff route with a body it would accept, so only the token can be at fault. */
  let routes: { method: string; path: string; json?: unknown }[] = [];
  /** Authorization header values that must all give 401. */
  let rejected: Record<string, string | undefined> = {};

  const sign = (
    claims: Record<string, unknown>,
    secret: string,
    options: { iss?: string; aud?: string; lifetime?: string; noIssuedAt?: boolean } = {},
  ) => {
    const token = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.sub ?? 'x'))
      .setIssuer(options.iss ?? ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setExpirationTime(options.lifetime ?? '1h');
    return (options.noIssuedAt ? token : token.setIssuedAt()).sign(
      new TextEncoder().encode(secret),
    );
  };

  beforeAll(async () => {
    env = await startTestStack();
    const clerk = await env.api.login('clerk');
    const { receiptNo } = await env.api.submit(validSubmission('权限测试：本镇2025年度财政预算'));
    id = await env.api.idOf(receiptNo, clerk);
    version = (await env.api.caseView(id, clerk)).body.record.version;
    const secret = env.stack.tokenSecret;
    const otherSecret = randomBytes(32).toString('hex');
    routes = [
      { method: 'GET', path: '/api/staff/requests' },
      {
        method: 'POST',
        path: '/api/staff/requests',
        json: {
          submission: validSubmission('权限测试：当面提交的申请'),
          received: { on: day, channel: 'in-person' },
        },
      },
      { method: 'GET', path: `/api/staff/requests/${id}` },
      { method: 'POST', path: `/api/staff/requests/${id}/applicant` },
      { method: 'GET', path: `/api/staff/requests/${id}/attachments/abcdefgh12345678` },
      {
        method: 'POST',
        path: `/api/staff/requests/${id}/commands`,
        json: {
          expectedVersion: version,
          event: { type: 'received', on: day, channel: 'online', confirmedBy: 'phone' },
        },
      },
      {
        method: 'PUT',
        path: `/api/staff/requests/${id}/assignee`,
        json: { expectedVersion: version, assignee: 'auth-test' },
      },
    ];
    rejected = {
      'no Authorization header': undefined,
      'a garbage token': 'Bearer not-a-token',
      'a Basic credential': `Basic ${Buffer.from('admin:admin').toString('base64')}`,
      'an empty bearer': 'Bearer ',
      'a token signed with another secret': `Bearer ${await issueStaffToken(CLAIMS, { secret: otherSecret, issuer: ISSUER, audience: AUDIENCE })}`,
      'an expired token': `Bearer ${await issueStaffToken(CLAIMS, {
        secret,
        issuer: ISSUER,
        audience: AUDIENCE,
        expiresIn: '1h',
        now: new Date(Date.now() - 2 * 3600_000),
      })}`,
      'a token of another issuer': `Bearer ${await sign({ ...CLAIMS }, secret, { iss: 'evil' })}`,
      'a token for another audience': `Bearer ${await sign({ ...CLAIMS }, secret, { aud: 'ogi-intake' })}`,
      'an unsigned token (alg none)': `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(
        {
          ...CLAIMS,
          iss: ISSUER,
          aud: AUDIENCE,
          exp: Math.floor(Date.now() / 1000) + 3600,
        },
      )}.`,
      'a token without a role': `Bearer ${await sign({ sub: 'x', name: '某人', district: 'dachang' }, secret)}`,
      'a token with an unknown role': `Bearer ${await sign({ ...CLAIMS, role: 'admin' }, secret)}`,
      'a token issued for more than 12 hours': `Bearer ${await sign({ ...CLAIMS }, secret, { lifetime: '13h' })}`,
      'a token issued for a year': `Bearer ${await sign({ ...CLAIMS }, secret, { lifetime: '365d' })}`,
      'a token without an issue time': `Bearer ${await sign({ ...CLAIMS }, secret, { noIssuedAt: true })}`,
    };
  });

  afterAll(async () => {
    await env?.stop();
  });

  it.each([
    'no Authorization header',
    'a garbage token',
    'a Basic credential',
    'an empty bearer',
    'a token signed with another secret',
    'an expired token',
    'a token of another issuer',
    'a token for another audience',
    'an unsigned token (alg none)',
    'a token without a role',
    'a token with an unknown role',
    'a token issued for more than 12 hours',
    'a token issued for a year',
    'a token without an issue time',
  ])('answers every staff route called with %s with 401 and changes nothing', async (kind) => {
    // Prepare
    const before = await tableSnapshot(env.stack);
    const authorization = rejected[kind];
    // Act
    const answers = await Promise.all(
      routes.map((route) =>
        env.api.send<ErrorAnswer>(route.method, route.path, {
          ...(route.json === undefined ? {} : { json: route.json }),
          ...(authorization === undefined ? {} : { headers: { authorization } }),
        }),
      ),
    );
    // Assess
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, `${routes[i]?.method} ${routes[i]?.path}`).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.body.error).toBe('unauthorized');
      expect(hasChinese(answer.body.message)).toBe(true);
    }
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('forbids the office role to send lifecycle commands, assign, register or see an applicant whole, with 403', async () => {
    // Prepare
    const office = await env.api.login('office', 'office-sun', '孙办公室');
    const writes = routes.filter((route) => route.method !== 'GET');
    // Act
    const answers = await Promise.all(
      writes.map((route) =>
        env.api.send<ErrorAnswer>(route.method, route.path, { json: route.json, token: office }),
      ),
    );
    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403]);
    expect(answers.map((answer) => answer.body.error)).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
    expect((await env.api.caseView(id, office)).body.record.version).toBe(version);
  });

  it('lets the office role read the list and the case view', async () => {
    // Prepare
    const office = await env.api.login('office', 'office-sun', '孙办公室');
    // Act
    const list = await env.api.get('/api/staff/requests', { token: office });
    const view = await env.api.caseView(id, office);
    // Assess
    expect(list.status).toBe(200);
    expect(view.status).toBe(200);
  });

  it('shows every role the applicant masked in the case view', async () => {
    // Prepare
    const office = await env.api.login('office', 'office-sun', '孙办公室');
    const clerk = await env.api.login('clerk', 'clerk-wu', '吴经办');
    const head = await env.api.login('head', 'head-qian', '钱负责');
    // Act
    const views = await Promise.all(
      [office, clerk, head].map((token) => env.api.caseView(id, token)),
    );
    // Assess
    for (const view of views) {
      const seen = view.body.record.applicant;
      expect(seen.idNumber).not.toBe(TEST_PERSON.idNumber);
      expect(seen.idNumber).toMatch(/\*{8}/);
      expect(seen.phone).not.toBe(TEST_PERSON.phone);
      expect(seen.email).not.toBe(TEST_PERSON.email);
      expect(JSON.stringify(view.body)).not.toContain(TEST_PERSON.idNumber);
    }
  });

  it('forbids a clerk to extend the answer period: only the head of office approves it (Art. 33 ¶2)', async () => {
    // Prepare
    const clerk = await env.api.login('clerk', 'clerk-zhou', '周经办');
    const received = await env.api.command(id, clerk, version, {
      type: 'received',
      on: day,
      channel: 'online',
      confirmedBy: 'phone',
    });
    expect(received.status).toBe(200);
    // Act
    const response = await env.api.send<ErrorAnswer>('POST', `/api/staff/requests/${id}/commands`, {
      token: clerk,
      json: { expectedVersion: version + 1, event: { type: 'extended', on: day, workingDays: 10 } },
    });
    // Assess
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('forbidden');
    expect(response.body.message).toContain('第三十三条');
    expect((await env.api.caseView(id, clerk)).body.record.version).toBe(version + 1);
  });

  it('forbids staff of another district with 403, whatever their role', async () => {
    // Prepare
    const token = await issueStaffToken(
      { ...CLAIMS, district: 'gulou' },
      { secret: env.stack.tokenSecret, issuer: ISSUER, audience: AUDIENCE },
    );
    // Act
    const response = await env.api.get<ErrorAnswer>('/api/staff/requests', { token });
    // Assess
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('forbidden');
  });
});
