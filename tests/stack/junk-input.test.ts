import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot, today } from './support/stack.js';
import { lawFirmSubmission, validSubmission, withField } from './support/submissions.js';

/** Text no person writes, each paired with the field of a valid request it is put in. */
const JUNK_IN_SUBMISSION: readonly { path: string; value: string; what: string }[] = [
  { path: 'applicant.name', value: '\u0000', what: 'a NUL' },
  { path: 'applicant.name', value: '\u0000\u0000\u0000', what: 'only NULs' },
  { path: 'applicant.name', value: '\u200b\u200b', what: 'only zero-width spaces' },
  { path: 'applicant.name', value: '\u200c\u200d\u2060', what: 'only joiners' },
  { path: 'applicant.name', value: '\ufeff\u00ad', what: 'a BOM and a soft hyphen' },
  { path: 'applicant.name', value: '张\u202e三', what: 'a right-to-left override' },
  { path: 'applicant.name', value: '\u2067张三\u2069', what: 'a bidi isolate' },
  { path: 'applicant.name', value: '张三\r\nSet-Cookie: x=1', what: 'CR/LF' },
  { path: 'applicant.name', value: '张\u0007三', what: 'a bell' },
  { path: 'applicant.name', value: '张\u007f三', what: 'DEL' },
  { path: 'applicant.name', value: '张\u0085三', what: 'a C1 control' },
  { path: 'applicant.name', value: '张\ud800三', what: 'a lone high surrogate' },
  { path: 'applicant.name', value: '张三\udc00', what: 'a lone low surrogate' },
  { path: 'applicant.name', value: '张\ufffd三', what: 'U+FFFD' },
  { path: 'applicant.name', value: '张\uffff三', what: 'a noncharacter' },
  { path: 'applicant.name', value: '张\ufdd0三', what: 'a noncharacter' },
  { path: 'applicant.postalAddress', value: '北京市\n朝阳区建国路1号', what: 'a line break' },
  { path: 'applicant.postalAddress', value: '北京市\u2028朝阳区', what: 'a line separator' },
  { path: 'applicant.workplace', value: '\u200b', what: 'only a zero-width space' },
  { path: 'applicant.workplace', value: '某某\u001b[31m公司', what: 'an escape sequence' },
  { path: 'information.description', value: '\u0000'.repeat(10), what: 'ten NULs' },
  { path: 'information.description', value: '\u200b'.repeat(12), what: 'only zero-width' },
  { path: 'information.description', value: '本镇道路建设\u202e项目预算信息', what: 'RLO' },
  { path: 'information.description', value: '本镇道路建设项目\u0000预算信息', what: 'a NUL' },
  { path: 'information.description', value: '本镇道路建设项目\ud83d预算', what: 'a surrogate' },
  { path: 'information.documentNumber', value: '大政发\t〔2025〕12号', what: 'a tab' },
  { path: 'information.documentNumber', value: '\u2066', what: 'only an isolate' },
  { path: 'information.purpose', value: '学术\u0008研究', what: 'a backspace' },
  { path: 'information.purpose', value: '学术研究\ufffd', what: 'U+FFFD' },
];

/** An organisation's free-text fields with junk in them. */
const JUNK_IN_ORGANISATION: readonly { path: string; value: string }[] = [
  { path: 'applicant.name', value: '\u200b' },
  { path: 'applicant.legalRepresentative', value: '\u200d' },
  { path: 'applicant.contactPerson', value: '王\u202e五' },
  { path: 'applicant.address', value: '福州市\r鼓楼区' },
];

describe('Junk text: input no person writes is refused where it enters, naming the field', () => {
  let env: TestStack;
  let clerk = '';
  let office = '';
  let target: { receiptNo: string; queryCode: string; id: string };
  let before: Awaited<ReturnType<typeof tableSnapshot>>;
  const day = today();

  /** A 400 with the error body, naming `path` among its fields. */
  const expectRefusedNaming = (response: ApiResponse<unknown>, path: string, label = path) => {
    const context = `${label} → ${response.status} ${response.text.slice(0, 300)}`;
    expect(response.status, context).toBe(400);
    const body = response.body as ErrorAnswer;
    const paths = (body.fields ?? []).map((field) => field.path);
    expect(paths, context).toContain(path);
    for (const field of body.fields ?? []) {
      expect(field.message, context).not.toBe('');
      expect(field.messageEn, context).not.toBe('');
    }
    return body;
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-junk', '陈经办');
    office = await env.api.login('office', 'office-junk', '公开办');
    const { receiptNo, queryCode } = await env.api.submit(
      validSubmission('本镇2025年度财政预算及决算信息'),
    );
    target = { receiptNo, queryCode, id: await env.api.idOf(receiptNo, clerk) };
    before = await tableSnapshot(env.stack);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it.each(JUNK_IN_SUBMISSION.map((junk) => [junk.path, junk.what, junk.value] as const))(
    'refuses a submission whose %s has %s',
    async (path, what, value) => {
      // Prepare
      const body = withField(validSubmission(), path, value);

      // Act
      const response = await env.api.post('/api/requests', { json: body });

      // Assess
      expectRefusedNaming(response, path, `${path} (${what})`);
    },
  );

  it.each(JUNK_IN_ORGANISATION.map((junk) => [junk.path, junk.value] as const))(
    "refuses an organisation's submission whose %s is junk",
    async (path, value) => {
      // Prepare
      const body = withField(lawFirmSubmission(), path, value);

      // Act
      const response = await env.api.post('/api/requests', { json: body });

      // Assess
      expectRefusedNaming(response, path);
    },
  );

  it('refuses a fee waiver whose reason is junk', async () => {
    // Prepare
    const body = { ...validSubmission(), feeWaiver: { requested: true, reason: '\u0000困难' } };

    // Act
    const response = await env.api.post('/api/requests', { json: body });

    // Assess
    expectRefusedNaming(response, 'feeWaiver.reason');
  });

  it('refuses invalid UTF-8 bytes in a free-text field with 400 invalid-encoding naming it', async () => {
    // Prepare: 0xFF can never appear in UTF-8; a lenient decoder would store U+FFFD.
    const cases = [
      { path: 'applicant.name', marker: '晓明' },
      { path: 'information.description', marker: '道路建设' },
      { path: 'applicant.postalAddress', marker: '朝阳区' },
    ];
    for (const { path, marker } of cases) {
      const text = JSON.stringify(validSubmission('2025年度本镇道路建设项目的财政预算与决算信息'));
      const at = text.indexOf(marker);
      const raw = Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from([0xff, 0xc3, 0x28]),
        Buffer.from(text.slice(at)),
      ]);

      // Act
      const response = await env.api.post('/api/requests', {
        raw: new Uint8Array(raw),
        headers: { 'content-type': 'application/json' },
      });

      // Assess
      const body = expectRefusedNaming(response, path);
      expect(body.error).toBe('invalid-encoding');
    }
  });

  it('refuses invalid UTF-8 that breaks the JSON itself with 400 invalid-encoding naming the body', async () => {
    // Prepare
    const text = JSON.stringify(validSubmission());
    const raw = Buffer.concat([Buffer.from([0xc0, 0xaf]), Buffer.from(text)]);

    // Act
    const response = await env.api.post('/api/requests', {
      raw: new Uint8Array(raw),
      headers: { 'content-type': 'application/json' },
    });

    // Assess
    const body = expectRefusedNaming(response, '');
    expect(body.error).toBe('invalid-encoding');
  });

  it("refuses junk in an applicant's correction and withdrawal", async () => {
    // Act
    const correction = await env.api.post(`/api/requests/${target.receiptNo}/correction`, {
      json: { code: target.queryCode, description: '\u0000'.repeat(10) },
    });
    const invisible = await env.api.post(`/api/requests/${target.receiptNo}/correction`, {
      json: { code: target.queryCode, description: '\u200b\u2060\ufeff' },
    });
    const withdrawal = await env.api.post(`/api/requests/${target.receiptNo}/withdrawal`, {
      json: { code: target.queryCode, reason: '不再需要\u202e' },
    });

    // Assess
    expectRefusedNaming(correction, 'description');
    expectRefusedNaming(invisible, 'description');
    expectRefusedNaming(withdrawal, 'reason');
  });

  it('refuses junk in the file name of an attachment upload request', async () => {
    // Act
    const response = await env.api.post(`/api/requests/${target.receiptNo}/attachments`, {
      json: {
        code: target.queryCode,
        fileName: '身份证\u202egnp.pdf',
        contentType: 'application/pdf',
        size: 1000,
        purpose: 'identity',
      },
    });

    // Assess
    expectRefusedNaming(response, 'fileName');
  });

  it('refuses junk in a staff registration: the submission and the receipt note', async () => {
    // Act
    const name = await env.api.post('/api/staff/requests', {
      token: clerk,
      json: {
        submission: withField(validSubmission(), 'applicant.name', '\u200b\u200b'),
        received: { on: day, channel: 'in-person' },
      },
    });
    const note = await env.api.post('/api/staff/requests', {
      token: clerk,
      json: {
        submission: validSubmission(),
        received: { on: day, channel: 'in-person', note: '当面递交\u0000' },
      },
    });

    // Assess
    expectRefusedNaming(name, 'submission.applicant.name');
    expectRefusedNaming(note, 'received.note');
  });

  it('refuses junk in staff commands and assignments: note, actor, correction items, assignee', async () => {
    // Prepare
    const received = { type: 'received', on: day, channel: 'in-person' };
    const cases = [
      { path: 'event.note', event: { ...received, note: '已收到\u0000' } },
      { path: 'event.note', event: { ...received, note: '\ud800' } },
      { path: 'event.actor', event: { ...received, actor: '\u200b' } },
      {
        path: 'event.items.0',
        event: { type: 'correctionRequested', on: day, items: ['\u202e补正'] },
      },
    ];

    // Act
    const responses = await Promise.all(
      cases.map(({ event }) => env.api.command(target.id, clerk, 1, event)),
    );
    const assignment = await env.api.put(`/api/staff/requests/${target.id}/assignee`, {
      token: clerk,
      json: { expectedVersion: 1, assignee: '\u200b' },
    });

    // Assess
    responses.forEach((response, i) => {
      expectRefusedNaming(response, cases[i]?.path ?? '');
    });
    expectRefusedNaming(assignment, 'assignee');
  });

  it('refuses junk in the narrative of the annual report, naming the section', async () => {
    // Act
    const response = await env.api.put(`/api/staff/reports/${day.slice(0, 4)}/inputs`, {
      token: office,
      json: { expectedVersion: 0, inputs: { narrative: { 一: '总体情况\u0000', 五: '\u202e' } } },
    });

    // Assess
    expectRefusedNaming(response, 'inputs.narrative.一');
    expectRefusedNaming(response, 'inputs.narrative.五');
  });

  it('leaves the table exactly as it was after every refusal', async () => {
    // Act
    const after = await tableSnapshot(env.stack);

    // Assess
    expect(after).toEqual(before);
  });

  it('stores text as NFC, trimmed, with one-line fields on one line', async () => {
    // Prepare: "Zoë" with a combining diaeresis (NFD), between spaces.
    const body = withField(validSubmission(), 'applicant.name', '  Zoe\u0308 ');

    // Act
    const { receiptNo } = await env.api.submit(body);
    const id = await env.api.idOf(receiptNo, clerk);
    const revealed = await env.api.post<{ applicant: { name: string } }>(
      `/api/staff/requests/${id}/applicant`,
      { token: clerk },
    );

    // Assess
    expect(revealed.body.applicant.name).toBe('Zo\u00eb');
  });
});
