import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { recipientTag, runSweep } from '@ogi/deadlines';
import { MailSendError } from '@ogi/mail';
import { documentClient, keys } from '@ogi/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  clearMailbox,
  linesPerReceipt,
  OFFICE,
  type Registered,
  receiptsByRecipient,
  registerOn,
  STAFF,
  sweepOn,
} from './support/deadlines.js';
import { startTestStack, type TestStack } from './support/stack.js';

const STALE_MS = 5 * 60_000;

describe('Guarantees: the deadline tracker against the local stack', () => {
  let env: TestStack;
  let clerk = '';
  const open: { close(): void }[] = [];

  /** A sweep's adapters (each call: as another process would have them). */
  const sweeper = (options: Parameters<typeof sweepOn>[1] = {}) => {
    const made = sweepOn(env.stack, options);
    open.push(made);
    return made.deps;
  };
  const mailbox = async () => env.stack.emulators.ses.emails();
  /** Each recipient's lines about these requests only: other tests' requests stay open in the table. */
  const linesAbout = async (requests: readonly Registered[]) => {
    const wanted = new Set(requests.map((request) => request.receiptNo));
    return Object.fromEntries(
      Object.entries(linesPerReceipt(await mailbox())).filter(([key]) =>
        wanted.has(key.split(' ')[1] ?? ''),
      ),
    );
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-sun', '孙经办');
  });

  afterAll(async () => {
    for (const made of open) made.close();
    await env?.stop();
  });

  it('sends each reminder once and closes a lapsed request once when two sweeps run at the same time', async () => {
    // Prepare: one request long overdue (Art. 33 ¶2), one whose fee went unpaid past its 20 working days (109号).
    const overdue = await registerOn(env.api, clerk, '2026-01-05', '并发：2025年度镇财政决算');
    const unpaid = await registerOn(env.api, clerk, '2026-02-02', '并发：2025年度采购合同');
    await act(env.api, clerk, unpaid.id, {
      type: 'feeNoticed',
      on: '2026-02-03',
      yuan: 100,
      scale: 'item',
      quantity: 11,
    });
    await clearMailbox(env.stack);

    // Act
    const [first, second] = await Promise.all([
      runSweep(sweeper(), { asOf: '2026-04-01', runId: 'run-a', now: new Date() }),
      runSweep(sweeper(), { asOf: '2026-04-01', runId: 'run-b', now: new Date() }),
    ]);
    const view = await env.api.caseView(unpaid.id, clerk);

    // Assess
    expect(await linesAbout([overdue, unpaid])).toEqual({
      [`${STAFF} ${overdue.receiptNo}`]: 1,
      [`${OFFICE} ${overdue.receiptNo}`]: 1,
    });
    expect((first?.closed ?? 0) + (second?.closed ?? 0)).toBe(1);
    expect([...(first?.failures ?? []), ...(second?.failures ?? [])]).toEqual([]);
    expect(view.body.record.status).toBe('deemed-withdrawn');
    expect(
      view.body.events.filter(
        (entry) => entry.kind === 'event' && entry.event.type === 'deemedWithdrawn',
      ),
    ).toHaveLength(1);
  });

  it('completes the claims of a run that died before sending, once they are stale, and leaves fresh ones alone', async () => {
    // Prepare: a run claimed the overdue reminder to staff 10 minutes ago and died; another
    // claimed the office's copy a minute ago and may still be sending it.
    const request = await registerOn(env.api, clerk, '2026-01-06', '中断：2025年度环境监测报告');
    const key = (to: string) => `overdue#${request.dueOn}#2026-05-06#${recipientTag(to)}`;
    const now = new Date();
    const raw = new DynamoDBClient(env.stack.emulators.dynamodb.clientConfig);
    const client = documentClient(raw);
    for (const [to, agoMs, runId] of [
      [STAFF, 10 * 60_000, 'dead'],
      [OFFICE, 60_000, 'live'],
    ] as const) {
      await client.send(
        new PutCommand({
          TableName: env.stack.tableName,
          Item: {
            ...keys.reminderClaim(request.id, key(to)),
            claimedAt: new Date(now.getTime() - agoMs).toISOString(),
            runId,
          },
        }),
      );
    }
    raw.destroy();
    await clearMailbox(env.stack);

    // Act
    await runSweep(sweeper({ staleClaimMs: STALE_MS }), { asOf: '2026-05-06', runId: 'next', now });
    const afterNext = await linesAbout([request]);
    await clearMailbox(env.stack);
    await runSweep(sweeper({ staleClaimMs: STALE_MS }), {
      asOf: '2026-05-06',
      runId: 'later',
      now: new Date(now.getTime() + 5 * 60_000),
    });
    const afterLater = await linesAbout([request]);
    await clearMailbox(env.stack);
    await runSweep(sweeper({ staleClaimMs: STALE_MS }), {
      asOf: '2026-05-06',
      runId: 'again',
      now: new Date(now.getTime() + 60 * 60_000),
    });

    // Assess
    expect(afterNext).toEqual({ [`${STAFF} ${request.receiptNo}`]: 1 });
    expect(afterLater).toEqual({ [`${OFFICE} ${request.receiptNo}`]: 1 });
    expect(await linesAbout([request])).toEqual({});
  });

  it('sends what failed to go out on the next run, once', async () => {
    // Prepare
    const request = await registerOn(
      env.api,
      clerk,
      '2026-01-07',
      '失败重发：2025年度安全生产检查记录',
    );
    const failing = {
      send: () =>
        Promise.reject(new MailSendError('relay down', { transient: true, code: 'ECONNREFUSED' })),
    };
    await clearMailbox(env.stack);

    // Act
    const failed = await runSweep(sweeper({ mail: failing }), {
      asOf: '2026-06-01',
      runId: 'down',
      now: new Date(),
    });
    const retried = await runSweep(sweeper(), { asOf: '2026-06-01', runId: 'up', now: new Date() });
    const mails = await linesAbout([request]);
    const again = await runSweep(sweeper(), {
      asOf: '2026-06-01',
      runId: 'again',
      now: new Date(),
    });

    // Assess
    expect(failed.failures).toContainEqual({ stage: 'send', error: 'MailSendError(transient)' });
    expect(failed.digestsSent).toBe(0);
    expect(retried.failures).toEqual([]);
    expect(mails).toEqual({
      [`${STAFF} ${request.receiptNo}`]: 1,
      [`${OFFICE} ${request.receiptNo}`]: 1,
    });
    expect(again.remindersSent).toEqual({});
  });

  it('asks staff to close a lapsed correction window when the district closes nothing itself (Art. 30)', async () => {
    // Prepare: a correction asked for on 06-02, due 06-10, never received.
    const request = await registerOn(env.api, clerk, '2026-06-01', '不自动撤回：某村规划图');
    await act(env.api, clerk, request.id, {
      type: 'correctionRequested',
      on: '2026-06-02',
      applicantDueOn: '2026-06-10',
      items: ['请写明所需规划图的村名'],
    });
    const deps = sweeper({ district: { tracker: { autoCloseLapsed: false } } });
    await clearMailbox(env.stack);

    // Act
    const first = await runSweep(deps, { asOf: '2026-06-12', runId: 'ask', now: new Date() });
    const asked = await mailbox();
    await clearMailbox(env.stack);
    const next = await runSweep(deps, { asOf: '2026-06-15', runId: 'ask-again', now: new Date() });
    const view = await env.api.caseView(request.id, clerk);

    // Assess
    expect(first.closed).toBe(0);
    expect(next.closed).toBe(0);
    expect(first.remindersSent['close-lapsed']).toBe(1);
    expect(receiptsByRecipient(asked)[STAFF]).toContain(request.receiptNo);
    expect(asked.find((mail) => mail.body.text?.includes(request.receiptNo))?.body.text).toContain(
      '第三十条',
    );
    expect(await linesAbout([request])).toEqual({});
    expect(view.body.record.status).toBe('awaiting-correction');
  });

  it('sends the assignee the reminders of their requests when the district knows their address', async () => {
    // Prepare
    const request = await registerOn(env.api, clerk, '2026-01-08', '指派：2025年度防汛物资采购');
    const view = await env.api.caseView(request.id, clerk);
    const assigned = await env.api.put(`/api/staff/requests/${request.id}/assignee`, {
      token: clerk,
      json: { expectedVersion: view.body.record.version, assignee: '孙经办' },
    });
    expect(assigned.status, assigned.text).toBe(200);
    const email = env.stack.district.email;
    if (!email) throw new Error('the test district has no email settings');
    const deps = sweeper({
      district: { email: { ...email, staffAddresses: { 孙经办: 'sun@dachang.example.gov.cn' } } },
    });
    await clearMailbox(env.stack);

    // Act
    await runSweep(deps, { asOf: '2026-07-01', runId: 'assigned', now: new Date() });

    // Assess: overdue goes to the office as well.
    expect(await linesAbout([request])).toEqual({
      [`sun@dachang.example.gov.cn ${request.receiptNo}`]: 1,
      [`${OFFICE} ${request.receiptNo}`]: 1,
    });
  });

  it("warns the office once a day from 1 November while next year's holiday notice is missing", async () => {
    // Prepare
    await clearMailbox(env.stack);

    // Act
    const first = await runSweep(sweeper(), {
      asOf: '2026-11-02',
      runId: 'notice',
      now: new Date(),
    });
    const second = await runSweep(sweeper(), {
      asOf: '2026-11-02',
      runId: 'notice-again',
      now: new Date(),
    });
    const mails = await mailbox();

    // Assess
    expect(first.remindersSent['holiday-notice-missing']).toBe(1);
    expect(second.remindersSent['holiday-notice-missing']).toBeUndefined();
    const notices = mails.filter((mail) => mail.body.text?.includes('2027'));
    expect(notices.map((mail) => mail.destination.to)).toEqual([[OFFICE]]);
  });

  it('recomputes stored deadlines when the calendar changes, writes each move into the history and tells staff once (RULES.md)', async () => {
    // Prepare: received 07-01, due 07-29; swept once with the national calendar.
    const request = await registerOn(
      env.api,
      clerk,
      '2026-07-01',
      '日历变更：2026年度镇村道路规划',
    );
    await runSweep(sweeper(), { asOf: '2026-07-02', runId: 'before', now: new Date() });
    const local = sweeper({
      district: {
        calendar: {
          extraHolidays: [{ on: '2026-07-20', name: '测试地方假日' }],
          extraWorkingDays: [],
        },
      },
    });
    await clearMailbox(env.stack);

    // Act
    const changed = await runSweep(local, {
      asOf: '2026-07-03',
      runId: 'changed',
      now: new Date(),
    });
    const told = await linesAbout([request]);
    const mailText = (await mailbox()).find((mail) => mail.body.text?.includes(request.receiptNo))
      ?.body.text;
    await clearMailbox(env.stack);
    const next = await runSweep(local, { asOf: '2026-07-06', runId: 'next', now: new Date() });
    const view = await env.api.caseView(request.id, clerk);

    // Assess
    expect(request.dueOn).toBe('2026-07-29');
    expect(changed.recomputed).toBeGreaterThanOrEqual(1);
    expect(changed.deadlinesMoved).toBeGreaterThanOrEqual(1);
    expect(changed.remindersSent['deadlines-moved']).toBeGreaterThanOrEqual(1);
    expect(told).toEqual({ [`${STAFF} ${request.receiptNo}`]: 1 });
    expect(mailText).toContain('2026-07-30');
    expect(next.recomputed).toBe(0);
    expect(await linesAbout([request])).toEqual({});
    expect(view.body.record.dueOn).toBe('2026-07-30');
    expect(view.body.events.at(-1)).toMatchObject({
      kind: 'deadline-moved',
      audit: { actor: 'system:deadline-tracker', role: 'system' },
      change: { deadline: 'answer', from: '2026-07-29', to: '2026-07-30' },
    });
    expect(JSON.stringify(view.body.events.at(-1))).toContain('由2026-07-29调整为2026-07-30');
  });

  it('tells staff of moved deadlines on a later run when the run that moved them could not mail', async () => {
    // Prepare: received 08-03, due 08-31; a district rest day on 08-20 moves it to 09-01.
    const request = await registerOn(
      env.api,
      clerk,
      '2026-08-03',
      '日历变更后补发：2026年度防疫物资台账',
    );
    const calendar = {
      extraHolidays: [{ on: '2026-08-20', name: '测试地方假日二' }],
      extraWorkingDays: [],
    };
    const down = {
      send: () =>
        Promise.reject(new MailSendError('relay down', { transient: true, code: 'ECONNREFUSED' })),
    };
    await clearMailbox(env.stack);

    // Act
    const failed = await runSweep(sweeper({ district: { calendar }, mail: down }), {
      asOf: '2026-08-04',
      runId: 'moved-down',
      now: new Date(),
    });
    const later = await runSweep(sweeper({ district: { calendar } }), {
      asOf: '2026-08-05',
      runId: 'moved-up',
      now: new Date(),
    });
    const told = await linesAbout([request]);
    await clearMailbox(env.stack);
    const after = await runSweep(sweeper({ district: { calendar } }), {
      asOf: '2026-08-06',
      runId: 'moved-after',
      now: new Date(),
    });

    // Assess
    expect(failed.deadlinesMoved).toBeGreaterThanOrEqual(1);
    expect(failed.failures.some((failure) => failure.stage === 'send')).toBe(true);
    expect(later.recomputed).toBe(0);
    expect(told).toEqual({ [`${STAFF} ${request.receiptNo}`]: 1 });
    expect(after.remindersSent['deadlines-moved']).toBeUndefined();
    expect(await linesAbout([request])).toEqual({});
  });
});
