import { type Clock, computeClock, WorkingCalendar } from '@ogi/domain';
import { LifecycleEvent, type LifecycleEventInput } from '@ogi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView, ErrorAnswer, PublicView, SubmitAnswer } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { TEST_PERSON, validSubmission } from './support/submissions.js';

const HEAD = { sub: 'head-wang', name: '王负责' } as const;
const CLERK = { sub: 'clerk-li', name: '李经办' } as const;

/** The clock without its explanation text (which names the district's calendar). */
function deadlines(clock: Clock) {
  const { explanation: _explanation, ...rest } = clock;
  return rest;
}

describe('Flow: an online request over HTTP, from submission to decision', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let submitted: SubmitAnswer;
  let id = '';
  const day = today();
  /** The events the test caused, as computeClock takes them. */
  const sent: LifecycleEventInput[] = [];

  const expectedClock = () =>
    computeClock({
      events: sent.map((event) => LifecycleEvent.parse(event)),
      calendar: new WorkingCalendar(),
      asOf: day,
    });

  const staffView = async () => {
    const response = await env.api.caseView(id, clerk);
    expect(response.status).toBe(200);
    return response.body;
  };

  const publicView = async () => {
    const response = await env.api.get<PublicView>(
      `/api/requests/${submitted.receiptNo}?code=${submitted.queryCode}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  };

  /** Sends one staff command against the version the case view shows, and expects it to pass. */
  const act = async (token: string, event: Record<string, unknown>) => {
    const before = await staffView();
    const response = await env.api.command(id, token, before.record.version, event);
    expect(response.status, response.text).toBe(200);
    expect(response.body.record.version).toBe(before.record.version + 1);
    return response.body;
  };

  /** The case view's deadlines are computeClock's for the same events, in the clock and in the stored record. */
  const expectDeadlinesOfComputeClock = (view: CaseView) => {
    const expected = expectedClock();
    expect(deadlines(view.clock)).toEqual(deadlines(expected));
    expect(view.record.dueOn ?? null).toBe(expected.dueOn);
    expect(view.record.nextDeadline ?? null).toEqual(expected.nextDeadline);
    return expected;
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', CLERK.sub, CLERK.name);
    head = await env.api.login('head', HEAD.sub, HEAD.name);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('accepts an online submission with 201, a receipt number and a query code', async () => {
    // Act
    const response = await env.api.post<SubmitAnswer>('/api/requests', {
      json: validSubmission(),
    });
    // Assess
    expect(response.status).toBe(201);
    expect(response.body.receiptNo).toMatch(new RegExp(`^${day.slice(0, 4)}-\\d{6}$`));
    expect(response.body.queryCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(response.body).toMatchObject({ status: 'submitted', submittedOn: day });
    expect(response.headers.get('location')).toBe(`/api/requests/${response.body.receiptNo}`);
    submitted = response.body;
    sent.push({ type: 'submitted', on: day, channel: 'online' });
    id = await env.api.idOf(submitted.receiptNo, clerk);
  });

  it('runs no clock before staff confirm an online submission (Art. 31(3))', async () => {
    // Act
    const view = await staffView();
    // Assess
    expect(view.record.status).toBe('submitted');
    const expected = expectDeadlinesOfComputeClock(view);
    expect(expected.dueOn).toBeNull();
    expect(view.allowedEvents).toContain('received');
  });

  it('shows the applicant their request with the ID number and phone masked', async () => {
    // Act
    const response = await env.api.get<PublicView>(
      `/api/requests/${submitted.receiptNo}?code=${submitted.queryCode}`,
    );
    // Assess
    expect(response.status).toBe(200);
    expect(response.body.applicant).toMatchObject({
      name: TEST_PERSON.name,
      idNumber: TEST_PERSON.maskedIdNumber,
      phone: TEST_PERSON.maskedPhone,
      email: 'z***@example.com',
    });
    expect(response.text).not.toContain(TEST_PERSON.idNumber);
    expect(response.text).not.toContain(TEST_PERSON.phone);
    expect(response.text).not.toContain(TEST_PERSON.email);
    expect(response.body).toMatchObject({ status: 'submitted', dueOn: null, receivedOn: null });
  });

  it('answers a wrong query code and an unknown receipt number with the same 404', async () => {
    // Prepare
    const wrongCode = submitted.queryCode === 'AAAAAAAAAA' ? 'BBBBBBBBBB' : 'AAAAAAAAAA';
    const unknownNo = `${day.slice(0, 4)}-999999`;
    // Act
    const wrong = await env.api.get<ErrorAnswer>(
      `/api/requests/${submitted.receiptNo}?code=${wrongCode}`,
    );
    const unknown = await env.api.get<ErrorAnswer>(
      `/api/requests/${unknownNo}?code=${submitted.queryCode}`,
    );
    const wrongCorrection = await env.api.post<ErrorAnswer>(
      `/api/requests/${submitted.receiptNo}/correction`,
      { json: { code: wrongCode, description: '补正内容' } },
    );
    // Assess
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongCorrection.status).toBe(404);
    const { requestId: wrongId, ...wrongBody } = wrong.body;
    const { requestId: unknownId, ...unknownBody } = unknown.body;
    const { requestId: _id, ...correctionBody } = wrongCorrection.body;
    expect(wrongBody).toEqual(unknownBody);
    expect(correctionBody).toEqual(unknownBody);
    expect(wrongId).not.toBe(unknownId);
    expect(wrong.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
    expect(wrongBody).toEqual({
      error: 'not-found',
      message: '该受理编号和查询码对应的申请不存在',
      messageEn: 'A request with this receipt number and query code was not found',
    });
  });

  it('starts the 20 working days on the day staff confirm receipt by phone', async () => {
    // Prepare
    const event: LifecycleEventInput = {
      type: 'received',
      on: day,
      channel: 'online',
      confirmedBy: 'phone',
    };
    // Act
    const answer = await act(clerk, event);
    sent.push(event);
    // Assess
    expect(answer.record).toMatchObject({ status: 'processing', receivedOn: day });
    // Personal data is shown whole only on asking; a command's answer masks it.
    expect(answer.record.applicant).toMatchObject({
      idNumber: TEST_PERSON.maskedIdNumber,
      phone: TEST_PERSON.maskedPhone,
    });
    const view = await staffView();
    expect(view.record.applicant).toMatchObject({ idNumber: TEST_PERSON.maskedIdNumber });
    const expected = expectDeadlinesOfComputeClock(view);
    expect(view.clock.dueOn).not.toBeNull();
    expect(view.clock.correctionNoticeDueOn).toBe(expected.correctionNoticeDueOn);
    expect(view.clock.receipt).toMatchObject({ on: day, channel: 'online', confirmedBy: 'phone' });
    expect((await publicView()).dueOn).toBe(expected.dueOn);
  });

  it('stops the answer clock while a correction is awaited and gives the applicant 15 working days (Art. 30)', async () => {
    // Prepare
    const event: LifecycleEventInput = {
      type: 'correctionRequested',
      on: day,
      items: ['请写明所需信息的名称或文号'],
    };
    // Act
    await act(clerk, event);
    sent.push(event);
    // Assess
    const view = await staffView();
    const expected = expectDeadlinesOfComputeClock(view);
    expect(view.record.status).toBe('awaiting-correction');
    expect(view.clock.dueOn).toBeNull();
    expect(view.clock.correction?.applicantDueOn).toBe(expected.correction?.applicantDueOn);
    expect(view.record.nextDeadline).toEqual({
      kind: 'applicant-correction',
      on: expected.correction?.applicantDueOn,
    });
    const shown = await publicView();
    expect(shown.status).toBe('awaiting-correction');
    expect(shown.nextDeadline).toEqual({
      kind: 'applicant-correction',
      on: expected.correction?.applicantDueOn,
    });
    expect(shown.timeline.at(-1)?.type).toBe('correctionRequested');
  });

  it('restarts the answer period on the day the applicant corrects with the query code', async () => {
    // Act
    const response = await env.api.post<{ status: string; dueOn: string | null }>(
      `/api/requests/${submitted.receiptNo}/correction`,
      {
        json: {
          code: submitted.queryCode,
          description: '所需信息为《大场镇2025年道路建设项目预算》',
        },
      },
    );
    sent.push({ type: 'correctionReceived', on: day });
    // Assess
    expect(response.status, response.text).toBe(200);
    const view = await staffView();
    const expected = expectDeadlinesOfComputeClock(view);
    expect(response.body).toMatchObject({ status: 'processing', dueOn: expected.dueOn });
    expect(view.clock.startedOn).toBe(day);
    expect(view.clock.correction?.receivedOn).toBe(day);
    expect(view.events.at(-1)).toMatchObject({
      kind: 'event',
      event: { type: 'correctionReceived', on: day, actor: 'applicant' },
      audit: { actor: 'applicant', role: 'applicant' },
    });
  });

  it('extends the deadline by 20 working days with the head of office named as approver (Art. 33 ¶2)', async () => {
    // Act
    const answer = await act(head, { type: 'extended', on: day, workingDays: 20 });
    sent.push({ type: 'extended', on: day, workingDays: 20, approvedBy: HEAD.name });
    // Assess
    expect(answer.entry).toMatchObject({
      event: { type: 'extended', approvedBy: HEAD.name, actor: HEAD.sub },
      audit: { actor: HEAD.sub, role: 'head' },
    });
    const view = await staffView();
    const expected = expectDeadlinesOfComputeClock(view);
    expect(view.clock.extension).toEqual({ workingDays: 20, approvedBy: HEAD.name, on: day });
    expect(view.clock.periodWorkingDays).toBe(40);
    expect(view.clock.originalDueOn).toBe(expected.originalDueOn);
    expect(view.clock.dueOn).not.toBe(view.clock.originalDueOn);
    expect((await publicView()).dueOn).toBe(expected.dueOn);
  });

  it('closes the request with a disclosure decision in time', async () => {
    // Act
    const answer = await act(clerk, { type: 'decided', on: day, outcome: 'disclosed' });
    sent.push({ type: 'decided', on: day, outcome: 'disclosed' });
    // Assess
    expect(answer.record).toMatchObject({ status: 'decided', outcome: 'disclosed', closedOn: day });
    const view = await staffView();
    expectDeadlinesOfComputeClock(view);
    expect(view.clock.decision).toEqual({ on: day, outcome: 'disclosed', late: false });
    expect(view.clock.nextDeadline).toBeNull();
    expect(
      view.events.map((entry) => (entry.kind === 'event' ? entry.event.type : entry.kind)),
    ).toEqual([
      'submitted',
      'received',
      'correctionRequested',
      'correctionReceived',
      'extended',
      'decided',
    ]);
    const shown = await publicView();
    expect(shown).toMatchObject({ status: 'decided' });
    expect(shown.timeline.map((event) => event.type)).toEqual(sent.map((event) => event.type));
  });

  it('refuses an extension once the request is decided: 403 for a clerk, 422 closed for the head', async () => {
    // Prepare
    const view = await staffView();
    // Act
    const response = await env.api.command(id, clerk, view.record.version, {
      type: 'extended',
      on: day,
      workingDays: 5,
    });
    const late = await env.api.send<ErrorAnswer>('POST', `/api/staff/requests/${id}/commands`, {
      token: head,
      json: {
        expectedVersion: view.record.version,
        event: {
          type: 'extended',
          on: day,
          workingDays: 5,
        },
      },
    });
    // Assess
    expect(response.status).toBe(403);
    expect(late.status).toBe(422);
    expect(late.body.error).toBe('closed');
    expect(late.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await staffView()).record.version).toBe(view.record.version);
  });

  it('names the event’s field a refusal is about, for the command and its preview alike', async () => {
    // Prepare: the decided case allows no new step; another is received today.
    const view = await staffView();
    const closedStep = {
      expectedVersion: view.record.version,
      event: { type: 'consultationStarted', on: day, party: 'third-party' },
    };
    const other = await env.api.submit(validSubmission('字段测试：本镇2025年度水利工程资金'));
    const otherId = await env.api.idOf(other.receiptNo, clerk);
    const received = await env.api.command(otherId, clerk, 1, {
      type: 'received',
      on: day,
      channel: 'online',
      confirmedBy: 'phone',
    });
    expect(received.status, received.text).toBe(200);
    const yesterday = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const earlyStep = {
      expectedVersion: 2,
      event: { type: 'consultationStarted', on: yesterday, party: 'third-party' },
    };
    const send = (path: string, json: unknown) =>
      env.api.post<ErrorAnswer>(path, { token: clerk, json });

    // Act
    const closed = await send(`/api/staff/requests/${id}/commands`, closedStep);
    const closedPreview = await send(`/api/staff/requests/${id}/letters/preview`, closedStep);
    const early = await send(`/api/staff/requests/${otherId}/commands`, earlyStep);

    // Assess
    for (const answer of [closed, closedPreview]) {
      expect(answer.status, answer.text).toBe(422);
      expect(answer.body.error).toBe('closed');
      expect(answer.body.fields).toEqual([
        {
          path: 'event.type',
          code: 'closed',
          message: answer.body.message,
          messageEn: answer.body.messageEn,
        },
      ]);
    }
    expect(early.status, early.text).toBe(422);
    expect(early.body.error).toBe('out-of-order');
    expect(early.body.fields?.map((field) => field.path)).toEqual(['event.on']);
    expect(early.body.fields?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await staffView()).record.version).toBe(view.record.version);
  });
});
