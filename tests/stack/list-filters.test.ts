import { districtRules } from '@ogi/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandAnswer, ErrorAnswer, ListAnswer } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { TEST_PERSON, validSubmission } from './support/submissions.js';

/** The day before an ISO date. */
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('Route: GET /api/staff/requests filters', () => {
  let env: TestStack;
  let clerk = '';
  const day = today();
  /** submitted: not yet received; processing: received; correcting: awaiting correction; decided: closed. */
  const ids = { submitted: '', processing: '', correcting: '', decided: '' };
  const names = new Map<string, string>();

  const list = async (query: string) => {
    const response = await env.api.get<ListAnswer>(`/api/staff/requests?${query}`, {
      token: clerk,
    });
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  /** The requests of a page by name, in the page's order. */
  const namesIn = async (query: string) =>
    (await list(query)).items.map((item) => names.get(item.id) ?? item.id);

  const step = async (id: string, event: Record<string, unknown>) => {
    const view = await env.api.caseView(id, clerk);
    const answer = await env.api.command(id, clerk, view.body.record.version, event);
    expect(answer.status, answer.text).toBe(200);
    return answer.body;
  };

  const assign = async (id: string, assignee: string | null) => {
    const view = await env.api.caseView(id, clerk);
    const answer = await env.api.put<CommandAnswer>(`/api/staff/requests/${id}/assignee`, {
      token: clerk,
      json: { expectedVersion: view.body.record.version, assignee },
    });
    expect(answer.status, answer.text).toBe(200);
    return answer.body;
  };

  const nextDeadlineOf = async (id: string) =>
    (await env.api.caseView(id, clerk)).body.record.nextDeadline?.on ?? '';

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-wu', '吴经办');
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      const { receiptNo } = await env.api.submit(
        validSubmission(`筛选测试（${name}）：本镇财政预算文件`),
      );
      ids[name] = await env.api.idOf(receiptNo, clerk);
      names.set(ids[name], name);
    }
    const received = { type: 'received', on: day, channel: 'online', confirmedBy: 'phone' };
    await step(ids.processing, received);
    await step(ids.correcting, received);
    await step(ids.correcting, {
      type: 'correctionRequested',
      on: day,
      items: ['请写明所需预算文件的年度'],
    });
    await step(ids.decided, received);
    await assign(ids.decided, 'staff-a');
    await step(ids.decided, { type: 'decided', on: day, outcome: 'disclosed' });
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('lists every open request by next deadline when no filter is given, masked', async () => {
    // Act
    const page = await list('');
    // Assess
    expect(page.items.map((item) => names.get(item.id))).toEqual([
      'processing',
      'correcting',
      'submitted',
    ]);
    expect(page.items[0]?.applicant).toMatchObject({
      idNumber: TEST_PERSON.maskedIdNumber,
      phone: TEST_PERSON.maskedPhone,
    });
    expect(JSON.stringify(page)).not.toContain(TEST_PERSON.idNumber);
  });

  it.each([
    ['submitted', ['submitted']],
    ['processing', ['processing']],
    ['awaiting-correction', ['correcting']],
    ['decided', ['decided']],
    ['withdrawn', []],
  ])('filters by ?status=%s', async (status, expected) => {
    // Act
    const found = await namesIn(`status=${status}`);
    // Assess
    expect(found).toEqual(expected);
  });

  it('lists with ?received=true the requests received and with ?received=false the submissions awaiting receipt', async () => {
    // Act
    const received = await namesIn('received=true');
    const awaiting = await namesIn('received=false');
    const refused = await env.api.get<ErrorAnswer>('/api/staff/requests?received=yes', {
      token: clerk,
    });

    // Assess
    expect(received).toEqual(['processing', 'correcting']);
    expect(awaiting).toEqual(['submitted']);
    expect(await namesIn('received=true&status=decided')).toEqual(['decided']);
    expect(await namesIn('received=true&status=submitted')).toEqual([]);
    expect(refused.status).toBe(400);
    expect(refused.body.fields?.map((field) => field.path)).toEqual(['received']);
  });

  it.each([
    ['in capitals', 'received=TRUE'],
    ['as a digit', 'received=1'],
    ['empty', 'received='],
    ['repeated', 'received=true&received=false'],
    ['as a list', 'received=true,false'],
    ['as an injection', `received=${encodeURIComponent("true' OR '1'='1")}`],
  ])('refuses ?received= %s with 400 naming received', async (_case, query) => {
    // Act
    const response = await env.api.get<ErrorAnswer>(`/api/staff/requests?${query}`, {
      token: clerk,
    });

    // Assess
    expect(response.status, response.text).toBe(400);
    expect(response.body.fields?.map((field) => field.path)).toEqual(['received']);
  });

  it('gives each open row the working days left to its next deadline, by the district’s calendar', async () => {
    // Prepare
    const { calendar } = districtRules(env.stack.district);

    // Act
    const open = (await list('')).items;
    const decided = (await list('status=decided')).items;

    // Assess
    for (const item of open) {
      expect(item.workingDaysLeft, names.get(item.id)).toBe(
        item.nextDeadline ? calendar.countWorkingDays(day, item.nextDeadline.on) : null,
      );
    }
    expect(open.find((item) => item.id === ids.processing)?.workingDaysLeft).toBeGreaterThan(0);
    expect(open.find((item) => item.id === ids.submitted)?.workingDaysLeft).toBeNull();
    expect(decided[0]?.workingDaysLeft).toBeNull();
  });

  it('lists with ?dueBefore= the open requests whose next deadline falls on or before that day', async () => {
    // Prepare
    const noticeDue = await nextDeadlineOf(ids.processing);
    const correctionDue = await nextDeadlineOf(ids.correcting);
    expect(noticeDue < correctionDue).toBe(true);
    // Act
    const onNoticeDay = await namesIn(`dueBefore=${noticeDue}`);
    const dayBeforeNotice = await namesIn(`dueBefore=${dayBefore(noticeDue)}`);
    const onCorrectionDay = await namesIn(`dueBefore=${correctionDue}`);
    const withStatus = await namesIn(`dueBefore=${correctionDue}&status=awaiting-correction`);
    // Assess
    expect(onNoticeDay).toEqual(['processing']);
    expect(dayBeforeNotice).toEqual([]);
    expect(onCorrectionDay).toEqual(['processing', 'correcting']);
    expect(withStatus).toEqual(['correcting']);
  });

  it('lists with ?assignee= the open requests assigned to that person, following reassignment', async () => {
    // Prepare
    await assign(ids.processing, 'staff-a');
    await assign(ids.correcting, 'staff-b');
    // Act
    const first = { a: await namesIn('assignee=staff-a'), b: await namesIn('assignee=staff-b') };
    await assign(ids.processing, 'staff-b');
    const moved = { a: await namesIn('assignee=staff-a'), b: await namesIn('assignee=staff-b') };
    const combined = await namesIn('assignee=staff-b&status=processing');
    const answer = await assign(ids.correcting, null);
    const cleared = await namesIn('assignee=staff-b');
    // Assess
    expect(first).toEqual({ a: ['processing'], b: ['correcting'] });
    expect(moved).toEqual({ a: [], b: ['processing', 'correcting'] });
    expect(combined).toEqual(['processing']);
    expect(answer.record.assignee).toBeUndefined();
    expect(answer.entry).toMatchObject({ kind: 'assignment', assignee: null });
    expect(cleared).toEqual(['processing']);
    expect(await namesIn('assignee=nobody')).toEqual([]);
    expect((await list('assignee=staff-b')).items[0]?.assignee).toBe('staff-b');
  });

  it('keeps a decided request out of its assignee’s list of open work', async () => {
    // Act
    const found = await namesIn('assignee=staff-a');
    // Assess
    expect(found).not.toContain('decided');
  });

  it('pages with ?limit= and the cursor through every open request once', async () => {
    // Prepare
    const seen: string[] = [];
    let cursor: string | null = null;
    // Act
    do {
      const query: string = `limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: ListAnswer = await list(query);
      seen.push(...page.items.map((item) => names.get(item.id) ?? item.id));
      cursor = page.cursor;
    } while (cursor);
    // Assess
    expect(seen).toEqual(await namesIn(''));
  });
});
