import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type SubmitAnswer } from './support/api.js';
import { type CliStack, startCliStack } from './support/cli.js';
import { today } from './support/stack.js';
import { TEST_PERSON, validSubmission, withField } from './support/submissions.js';

describe('CLI: the local stack never logs applicants’ personal data or query codes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ogi-log-test-'));
  const day = today();
  let cli: CliStack | undefined;
  let lines: string[] = [];
  const queryCodes: string[] = [];
  /** How many HTTP requests the test made; each must leave at least an access log line. */
  let requests = 0;
  /** The case whose applicant a clerk was shown whole. */
  let revealedCase = '';

  beforeAll(async () => {
    // Prepare: the CLI as a developer runs it, at the most talkative log level
    cli = await startCliStack({ dataDir, env: { OGI_LOG_LEVEL: 'debug' } });
    const api = new Api(cli.url);
    const send: Api['send'] = (...args) => {
      requests += 1;
      return api.send(...args);
    };
    const clerk = await api.login('clerk', 'clerk-log', '郑经办');
    const head = await api.login('head', 'head-log', '冯负责');
    requests += 2;

    // Act: submissions, a replayed retry, look-ups with right and wrong codes
    const key = `log-${randomUUID()}`;
    const created = await send<SubmitAnswer>('POST', '/api/requests', {
      json: validSubmission(`请公开相关文件，联系电话${TEST_PERSON.phone}`),
      headers: { 'Idempotency-Key': key },
    });
    expect(created.status).toBe(201);
    const { receiptNo, queryCode } = created.body;
    queryCodes.push(queryCode);
    await send('POST', '/api/requests', {
      json: validSubmission(`请公开相关文件，联系电话${TEST_PERSON.phone}`),
      headers: { 'Idempotency-Key': key },
    });
    const second = await send<SubmitAnswer>('POST', '/api/requests', { json: validSubmission() });
    queryCodes.push(second.body.queryCode);
    await send('GET', `/api/requests/${receiptNo}?code=${queryCode}`);
    await send('GET', `/api/requests/${receiptNo}?code=${queryCode.toLowerCase()}`);
    await send('GET', `/api/requests/${receiptNo}?code=ZZZZZZZZZZ`);
    await send('GET', `/api/requests/2099-999999?code=${queryCode}`);

    // Act: 4xx answers to bodies full of personal data
    await send('POST', '/api/requests', {
      json: withField(validSubmission(), 'applicant.postcode', 'not-a-postcode'),
    });
    await send('POST', '/api/requests', {
      json: withField(
        validSubmission(),
        'applicant.idNumber',
        `${TEST_PERSON.idNumber.slice(0, 17)}1`,
      ),
    });
    await send('POST', '/api/requests', {
      raw: `{"applicant":{"idNumber":"${TEST_PERSON.idNumber}","phone":"${TEST_PERSON.phone}"`,
      headers: { 'content-type': 'application/json' },
    });
    await send('POST', '/api/requests', {
      raw: JSON.stringify(validSubmission()),
      headers: { 'content-type': 'text/plain' },
    });
    await send('POST', '/api/requests', {
      json: withField(
        validSubmission(),
        'information.description',
        TEST_PERSON.idNumber.repeat(4000),
      ),
    });
    await send('POST', `/api/requests/${receiptNo}/correction`, {
      json: { code: 'ZZZZZZZZZZ', description: `身份证号${TEST_PERSON.idNumber}` },
    });
    await send('POST', '/api/requests', {
      json: validSubmission(),
      headers: { 'Idempotency-Key': `bad key ${TEST_PERSON.phone}` },
    });

    // Act: the lifecycle, the staff case view, the applicant shown whole on asking, and staff registration
    const id = await api.idOf(receiptNo, clerk);
    requests += 1;
    let version = 1;
    const command = async (token: string, event: Record<string, unknown>) => {
      const answer = await send('POST', `/api/staff/requests/${id}/commands`, {
        token,
        json: { expectedVersion: version, event },
      });
      expect(answer.status, answer.text).toBe(200);
      version += 1;
    };
    await send('GET', `/api/staff/requests/${id}`, { token: clerk });
    const revealed = await send('POST', `/api/staff/requests/${id}/applicant`, { token: clerk });
    expect(revealed.text).toContain(TEST_PERSON.idNumber);
    revealedCase = id;
    await command(clerk, { type: 'received', on: day, channel: 'online', confirmedBy: 'phone' });
    await command(clerk, { type: 'correctionRequested', on: day, items: ['请写明文件名称'] });
    await send('POST', `/api/requests/${receiptNo}/correction`, {
      json: {
        code: queryCode,
        description: `补正：申请人${TEST_PERSON.name}，电话${TEST_PERSON.phone}`,
      },
    });
    version += 1;
    await command(head, { type: 'extended', on: day, workingDays: 10 });
    await send('POST', `/api/staff/requests/${id}/commands`, {
      token: head,
      json: {
        expectedVersion: version - 1,
        event: { type: 'decided', on: day, outcome: 'disclosed' },
      },
    });
    await command(head, { type: 'decided', on: day, outcome: 'disclosed' });
    await send('POST', `/api/requests/${receiptNo}/withdrawal`, {
      json: { code: queryCode, reason: `不需要了 ${TEST_PERSON.email}` },
    });
    await send('POST', '/api/staff/requests', {
      token: clerk,
      json: { submission: validSubmission(), received: { on: day, channel: 'in-person' } },
    });
    await send('GET', '/api/staff/requests?status=decided', { token: clerk });

    // Act: stop, so that everything the process wrote has arrived
    expect(await cli.stop()).toBe(0);
    lines = cli.output().split('\n');
    cli = undefined;
  });

  afterAll(async () => {
    await cli?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('captures the CLI’s ready line, an access log line per request and the handlers’ JSON logs', () => {
    // Assess
    expect(lines.some((line) => /^ready on http:\/\/127\.0\.0\.1:\d+$/.test(line))).toBe(true);
    expect(
      lines.filter((line) => /^(GET|POST|PUT) \/api\/.* → \d{3} \(\d+ ms\)$/.test(line)).length,
    ).toBe(requests);
    const json = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(json.filter((entry) => entry.message === 'request completed').length).toBeGreaterThan(
      20,
    );
    expect(json.filter((entry) => entry.message === 'request rejected').length).toBeGreaterThan(5);
  });

  it.each([
    ['the resident ID number', TEST_PERSON.idNumber],
    ['the resident ID number with a small x', TEST_PERSON.idNumber.toLowerCase()],
    ['the ID number’s first 17 digits', TEST_PERSON.idNumber.slice(0, 17)],
    ['the phone number', TEST_PERSON.phone],
    ['the e-mail address', TEST_PERSON.email],
    ['the applicant’s name', TEST_PERSON.name],
  ])('writes no line containing %s', (_what, secret) => {
    // Assess
    expect(lines.filter((line) => line.includes(secret))).toEqual([]);
  });

  it('logs each time staff are shown an applicant whole, by ids only', () => {
    // Assess
    const json = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    const shown = json.filter((entry) => entry.message === 'applicant shown whole');
    expect(shown).toEqual([
      expect.objectContaining({ caseId: revealedCase, staffId: 'clerk-log', staffRole: 'clerk' }),
    ]);
  });

  it('writes no line containing a query code, in any case', () => {
    // Assess
    expect(queryCodes).toHaveLength(2);
    for (const code of queryCodes) {
      expect(lines.filter((line) => line.toUpperCase().includes(code))).toEqual([]);
    }
  });
});
