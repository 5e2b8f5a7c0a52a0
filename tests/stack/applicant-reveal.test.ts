import { issueStaffToken } from '@ogi/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot } from './support/stack.js';
import { TEST_PERSON, validSubmission } from './support/submissions.js';

const ISSUER = 'ogi-local';
const AUDIENCE = 'ogi-casework';

/** A token's payload edited (the role raised), its signature kept as it was. */
function withRaisedRole(token: string, role: string): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const forged = Buffer.from(JSON.stringify({ ...claims, role })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}

describe('Route: POST /api/staff/requests/{id}/applicant, the applicant shown whole on asking', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let office = '';
  let id = '';
  const path = () => `/api/staff/requests/${id}/applicant`;

  beforeAll(async () => {
    env = await startTestStack();
    [clerk, head, office] = await Promise.all([
      env.api.login('clerk', 'clerk-reveal', '韩经办'),
      env.api.login('head', 'head-reveal', '杨负责'),
      env.api.login('office', 'office-reveal', '朱公开'),
    ]);
    const { receiptNo } = await env.api.submit(
      validSubmission('身份查看测试：本镇养老服务补贴发放情况'),
    );
    id = await env.api.idOf(receiptNo, clerk);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('masks the applicant in the case view for clerk, head and office alike', async () => {
    // Act
    const views = await Promise.all(
      [clerk, head, office].map((token) => env.api.caseView(id, token)),
    );

    // Assess
    for (const view of views) {
      expect(view.status).toBe(200);
      expect(view.body.record.applicant).toMatchObject({
        idNumber: TEST_PERSON.maskedIdNumber,
        phone: TEST_PERSON.maskedPhone,
      });
      expect(view.text).not.toContain(TEST_PERSON.idNumber);
      expect(view.text).not.toContain(TEST_PERSON.phone);
      expect(view.text).not.toContain(TEST_PERSON.email);
    }
  });

  it('shows a clerk and a head the applicant whole, and lists who asked and when on the case', async () => {
    // Prepare
    const before = (await env.api.caseView(id, clerk)).body;

    // Act
    const byClerk = await env.api.revealApplicant(id, clerk);
    const byHead = await env.api.revealApplicant(id, head);
    const after = (await env.api.caseView(id, office)).body;

    // Assess
    expect(byClerk.status, byClerk.text).toBe(200);
    expect(byClerk.headers.get('cache-control')).toBe('no-store');
    expect(byClerk.body.applicant).toMatchObject({
      name: TEST_PERSON.name,
      idNumber: TEST_PERSON.idNumber,
      phone: TEST_PERSON.phone,
      email: TEST_PERSON.email,
    });
    expect(byHead.body.applicant.idNumber).toBe(TEST_PERSON.idNumber);
    expect(after.reveals.slice(before.reveals.length)).toEqual([
      { audit: expect.objectContaining({ actor: 'clerk-reveal', role: 'clerk' }) },
      { audit: expect.objectContaining({ actor: 'head-reveal', role: 'head' }) },
    ]);
    expect(after.reveals.at(-2)).toEqual(byClerk.body.reveal);
    expect(Date.parse(after.reveals.at(-1)?.audit.recordedAt ?? '')).not.toBeNaN();
    // Reading personal data is no step: the case's version does not move.
    expect(after.record.version).toBe(before.record.version);
    expect(after.events).toEqual(before.events);
  });

  it('records a replayed asking again, each one, even when sent at once', async () => {
    // Prepare
    const before = (await env.api.caseView(id, clerk)).body.reveals.length;

    // Act
    const answers = await Promise.all([1, 2, 3].map(() => env.api.revealApplicant(id, clerk)));
    const after = (await env.api.caseView(id, clerk)).body.reveals;

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(after).toHaveLength(before + 3);
    expect(after.slice(before).map((reveal) => reveal.audit.actor)).toEqual([
      'clerk-reveal',
      'clerk-reveal',
      'clerk-reveal',
    ]);
  });

  it('records the caller the token names, whatever the body claims', async () => {
    // Act
    const answer = await env.api.post<{ reveal: { audit: { actor: string; role: string } } }>(
      path(),
      { token: clerk, json: { actor: 'head-reveal', role: 'head', audit: { actor: 'nobody' } } },
    );

    // Assess
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.reveal.audit).toMatchObject({ actor: 'clerk-reveal', role: 'clerk' });
  });

  it('refuses the office with 403, showing and recording nothing', async () => {
    // Prepare
    const before = await tableSnapshot(env.stack);

    // Act
    const answer = await env.api.post<ErrorAnswer>(path(), { token: office });

    // Assess
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('forbidden');
    expect(answer.text).not.toContain(TEST_PERSON.idNumber);
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('answers forged tokens with 401 and staff of another district with 403, recording nothing', async () => {
    // Prepare
    const before = await tableSnapshot(env.stack);
    const claims = { sub: 'clerk-reveal', name: '韩经办', role: 'clerk' as const };
    const otherSecret = await issueStaffToken(
      { ...claims, district: 'dachang' },
      { secret: 'f'.repeat(64), issuer: ISSUER, audience: AUDIENCE },
    );
    const otherDistrict = await issueStaffToken(
      { ...claims, district: 'gulou' },
      { secret: env.stack.tokenSecret, issuer: ISSUER, audience: AUDIENCE },
    );
    const [header = '', payload = ''] = office.split('.');
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;

    // Act
    const answers = await Promise.all(
      [otherSecret, withRaisedRole(office, 'clerk'), unsigned, `${header}.${payload}`].map(
        (token) => env.api.post<ErrorAnswer>(path(), { token }),
      ),
    );
    const foreign = await env.api.post<ErrorAnswer>(path(), { token: otherDistrict });

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(answers.every((answer) => answer.body.error === 'unauthorized')).toBe(true);
    expect(foreign.status).toBe(403);
    for (const answer of [...answers, foreign]) {
      expect(answer.text).not.toContain(TEST_PERSON.idNumber);
    }
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('answers 404 for an unknown request and 400 for an id that is none, recording nothing', async () => {
    // Prepare
    const before = await tableSnapshot(env.stack);

    // Act
    const unknown = await env.api.post<ErrorAnswer>(
      '/api/staff/requests/0000000000000000000000000z/applicant',
      { token: clerk },
    );
    const malformed = await Promise.all(
      ['..%2F..%2Fetc', 'ABCDEFGHIJKLMNOPQRST', `${id}%00`, 'x'.repeat(65)].map((bad) =>
        env.api.post<ErrorAnswer>(`/api/staff/requests/${bad}/applicant`, { token: clerk }),
      ),
    );

    // Assess
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('not-found');
    expect(malformed.map((answer) => answer.status)).toEqual([400, 400, 400, 400]);
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });
});
