import { randomBytes } from 'node:crypto';
import { type OpenQueueFigures, WorkingCalendar, type YearFigures } from '@ogi/domain';
import { issueStaffToken } from '@ogi/http';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorAnswer, hasChinese } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { lawFirmSubmission, validSubmission } from './support/submissions.js';

/** `GET /api/staff/stats?year=` */
interface StatsAnswer {
  readonly figures: YearFigures;
  readonly openQueue: OpenQueueFigures;
}

const YEAR = 2026;
const calendar = new WorkingCalendar();

describe('Route: GET /api/staff/stats, the figures of a year and of the open queue', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let office = '';
  const receiptNos: Record<string, string> = {};
  const statsOf = (year: string | number, token: string) =>
    env.api.get<StatsAnswer & ErrorAnswer>(`/api/staff/stats?year=${year}`, { token });

  /** Registers a request received on `on` in person and returns its id and version. */
  const register = async (name: string, on: string, submission: unknown = validSubmission()) => {
    const response = await env.api.post<{ id: string; receiptNo: string; version: number }>(
      '/api/staff/requests',
      { token: clerk, json: { submission, received: { on, channel: 'in-person' } } },
    );
    expect(response.status, response.text).toBe(201);
    receiptNos[name] = response.body.receiptNo;
    return response.body;
  };

  /** One staff step that must pass. */
  const act = async (
    request: { id: string; version: number },
    token: string,
    event: Record<string, unknown>,
    letter?: Record<string, unknown>,
  ) => {
    const response = await env.api.command(request.id, token, request.version, event, letter);
    expect(response.status, response.text).toBe(200);
    request.version = response.body.record.version;
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk');
    head = await env.api.login('head', 'head-wang', '王主任');
    office = await env.api.login('office');

    // Prepare: March 2026 has no holiday; 清明节 is 4–6 April. Working days counted by hand.
    // Mon 2 → Fri 6 March: 4 working days.
    const quick = await register('quick', '2026-03-02');
    await act(quick, clerk, { type: 'decided', on: '2026-03-06', outcome: 'disclosed' });
    // Mon 2 March, due Mon 30 March (Art. 33 ¶2), extended on 27 March by the head, answered
    // Mon 20 April: 21 in March, 1–3, 7–10, 13–17 and 20 April: 21 + 3 + 4 + 5 + 1 = 34.
    const extended = await register('extended', '2026-03-02', lawFirmSubmission());
    await act(
      extended,
      head,
      { type: 'extended', on: '2026-03-27', workingDays: 20 },
      { reasons: '所需信息涉及多个部门，需要会商' },
    );
    await act(
      extended,
      clerk,
      { type: 'decided', on: '2026-04-20', outcome: 'withheld-state-secret' },
      { reasons: '所需信息经保密审查属于国家秘密' },
    );
    // Mon 2 March, due 30 March, answered Wed 1 April: 22 working days, late.
    const late = await register('late', '2026-03-02');
    await act(late, clerk, { type: 'decided', on: '2026-04-01', outcome: 'unavailable-not-held' });
    // Mon 9 → Thu 12 March, withdrawn: 3 working days, table 三 （六）.
    const withdrawn = await register('withdrawn', '2026-03-09');
    await act(withdrawn, clerk, { type: 'withdrawn', on: '2026-03-12' });
    // Still open: Mon 16 March, due Tue 14 April (清明节 skipped); and Mon 2 November.
    await register('openSinceMarch', '2026-03-16');
    await register('openSinceNovember', '2026-11-02');
    // Submitted online, receipt not confirmed (Art. 31(3)): open, no clock.
    await env.api.submit(validSubmission('统计测试：本镇2026年度公共厕所改造项目的招标文件'));
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('returns the year’s requests received by month and closed by table 三 group', async () => {
    // Act
    const response = await statsOf(YEAR, clerk);

    // Assess
    expect(response.status, response.text).toBe(200);
    const { figures } = response.body;
    expect(figures.received).toEqual({
      total: 6,
      byMonth: [0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 0],
    });
    expect(figures.closed).toBe(4);
    expect(figures.outcomes).toEqual([
      { group: '（一）', count: 1 },
      { group: '（二）', count: 0 },
      { group: '（三）', count: 1 },
      { group: '（四）', count: 1 },
      { group: '（五）', count: 0 },
      { group: '（六）', count: 1 },
    ]);
  });

  it('returns the working days to answer, the share on time and the extensions used (Art. 33 ¶2)', async () => {
    // Act
    const { figures } = (await statsOf(YEAR, office)).body;

    // Assess: 3, 4, 22, 34: the 2nd of 4 is 4, the 4th (⌈3.6⌉) is 34.
    expect(figures.workingDaysToAnswer).toMatchObject({
      count: 4,
      median: 4,
      p90: 34,
      withinPeriod: 2,
      uncounted: 0,
    });
    expect(figures.workingDaysToAnswer.bins.map((bin) => bin.count)).toEqual([
      2, 0, 0, 0, 1, 0, 1, 0, 0,
    ]);
    expect(figures.periodWorkingDays).toBe(20);
    expect(figures.timeliness).toEqual({ onTime: 3, late: 1, unknown: 0, onTimeShare: 0.75 });
    expect(figures.extensions).toEqual({ used: 1 });
  });

  it('agrees with the annual report of the same year', async () => {
    // Act
    const [stats, report] = await Promise.all([
      statsOf(YEAR, clerk),
      env.api.get<{ report: { table3: Record<string, { total: number }>; timeliness: unknown } }>(
        `/api/staff/reports/${YEAR}`,
        { token: clerk },
      ),
    ]);

    // Assess
    const { figures } = stats.body;
    expect(figures.received.total).toBe(report.body.report.table3.received?.total);
    expect(figures.closed).toBe(report.body.report.table3.decidedTotal?.total);
    const { onTimeShare: _share, ...timeliness } = figures.timeliness;
    expect(timeliness).toEqual(report.body.report.timeliness);
  });

  it('returns the open queue today, the oldest first with working days elapsed and left', async () => {
    // Prepare
    const day = today();

    // Act
    const { openQueue } = (await statsOf(YEAR, head)).body;

    // Assess
    expect(openQueue).toMatchObject({ asOf: day, total: 3, awaitingReceipt: 1, extended: 0 });
    expect(openQueue.oldest.map((request) => request.receiptNo)).toEqual([
      receiptNos.openSinceMarch,
      receiptNos.openSinceNovember,
    ]);
    const [march] = openQueue.oldest;
    expect(march).toMatchObject({
      receivedOn: '2026-03-16',
      dueOn: '2026-04-14',
      workingDaysElapsed: calendar.countWorkingDays('2026-03-16', day),
      workingDaysLeft: calendar.countWorkingDays(day, '2026-04-14'),
      overdue: day > '2026-04-14',
    });
    expect(JSON.stringify(openQueue)).not.toContain('applicant');
  });

  it.each([
    ['a year with letters', '20x6'],
    ['a year of five digits', '20266'],
    ['a year before the first report (2008)', '2007'],
    ['a year after this one', String(Number(today().slice(0, 4)) + 1)],
    ['a huge number', '9'.repeat(400)],
    ['a negative year', '-2026'],
    ['a fractional year', '2026.5'],
    ['an empty year', ''],
    ['a year in full-width digits', '２０２６'],
    ['an injection', encodeURIComponent("2026' OR '1'='1")],
  ])('refuses %s with 400 naming year in Chinese and English', async (_case, year) => {
    // Act
    const response = await statsOf(year, clerk);

    // Assess
    expect(response.status, response.text).toBe(400);
    expect(response.body.fields).toContainEqual(expect.objectContaining({ path: 'year' }));
    const field = response.body.fields?.find((error) => error.path === 'year');
    expect(hasChinese(field?.message ?? '')).toBe(true);
    expect(field?.messageEn).toMatch(/[a-z]/);
  });

  it('refuses a missing year, and a repeated one, with 400 naming year', async () => {
    // Act
    const missing = await env.api.get<ErrorAnswer>('/api/staff/stats', { token: clerk });
    const repeated = await env.api.get<ErrorAnswer>('/api/staff/stats?year=2025&year=2026', {
      token: clerk,
    });

    // Assess
    expect(missing.status, missing.text).toBe(400);
    expect(missing.body.fields).toContainEqual(expect.objectContaining({ path: 'year' }));
    expect(repeated.status, repeated.text).toBe(400);
  });

  it('refuses a caller without a token, or with a token of no staff role, with 401', async () => {
    // Prepare
    const secret = new TextEncoder().encode(env.stack.tokenSecret);
    const noRole = await new SignJWT({ name: '某人', role: 'applicant', district: 'dachang' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('not-staff')
      .setIssuer('ogi-local')
      .setAudience('ogi-casework')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);

    // Act
    const anonymous = await env.api.get<ErrorAnswer>(`/api/staff/stats?year=${YEAR}`);
    const applicant = await env.api.get<ErrorAnswer>(`/api/staff/stats?year=${YEAR}`, {
      token: noRole,
    });

    // Assess
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('unauthorized');
    expect(applicant.status).toBe(401);
  });

  it('forbids staff of another district with 403', async () => {
    // Prepare
    const elsewhere = await issueStaffToken(
      { sub: 'clerk-elsewhere', name: '外区经办', role: 'clerk', district: 'elsewhere' },
      { secret: env.stack.tokenSecret, issuer: 'ogi-local', audience: 'ogi-casework' },
    );

    // Act
    const response = await env.api.get<ErrorAnswer>(`/api/staff/stats?year=${YEAR}`, {
      token: elsewhere,
    });

    // Assess
    expect(response.status, response.text).toBe(403);
    expect(response.body.error).toBe('forbidden');
  });

  it('refuses a token signed with another secret with 401', async () => {
    // Prepare
    const forged = await issueStaffToken(
      { sub: 'clerk-forged', name: '伪造', role: 'head', district: 'dachang' },
      { secret: randomBytes(32).toString('hex'), issuer: 'ogi-local', audience: 'ogi-casework' },
    );

    // Act
    const response = await env.api.get<ErrorAnswer>(`/api/staff/stats?year=${YEAR}`, {
      token: forged,
    });

    // Assess
    expect(response.status).toBe(401);
  });
});
