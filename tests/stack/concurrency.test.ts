import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer } from './support/api.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

const ROUNDS = 10;

describe('Route: POST /api/staff/requests/{id}/commands under concurrency', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let id = '';
  const day = today();

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-zhao', '赵经办');
    head = await env.api.login('head', 'head-qian', '钱负责');
    const { receiptNo } = await env.api.submit(validSubmission('并发测试：本镇2025年度财政预算'));
    id = await env.api.idOf(receiptNo, clerk);
    const view = await env.api.caseView(id, clerk);
    const received = await env.api.command(id, clerk, view.body.record.version, {
      type: 'received',
      on: day,
      channel: 'online',
      confirmedBy: 'phone',
    });
    expect(received.status, received.text).toBe(200);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
    'lets exactly one of two commands on the same version win, round %i: one 200, one 409, one new log entry',
    async (round) => {
      // Prepare: two legal, different steps, both against the version both staff saw
      const before = (await env.api.caseView(id, clerk)).body;
      const version = before.record.version;
      const third = {
        type: 'consultationStarted',
        on: day,
        party: 'third-party',
        ref: `第三方-${round}`,
      };
      const agency = {
        type: 'consultationStarted',
        on: day,
        party: 'agency',
        ref: `机关-${round}`,
      };
      // Act
      const answers = await Promise.all([
        env.api.command(id, clerk, version, third, { thirdParty: { name: `某第三方-${round}` } }),
        env.api.command(id, head, version, agency),
      ]);
      // Assess
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const lost = answers.find((answer) => answer.status === 409);
      expect((lost?.body as unknown as ErrorAnswer | undefined)?.error).toBe('version-conflict');
      const after = (await env.api.caseView(id, clerk)).body;
      expect(after.events).toHaveLength(before.events.length + 1);
      expect(after.record.version).toBe(version + 1);
      const winner = answers.find((answer) => answer.status === 200);
      expect(after.events.at(-1)).toEqual(winner?.body.entry);
      expect(after.events.map((entry) => entry.seq)).toEqual(
        after.events.map((_, index) => index + 1),
      );
    },
  );

  it('lets an assignment and a command on the same version race with one winner', async () => {
    // Prepare
    const before = (await env.api.caseView(id, clerk)).body;
    const version = before.record.version;
    // Act
    const answers = await Promise.all([
      env.api.put(`/api/staff/requests/${id}/assignee`, {
        token: clerk,
        json: { expectedVersion: version, assignee: 'clerk-zhao' },
      }),
      env.api.command(id, head, version, { type: 'extended', on: day, workingDays: 10 }),
    ]);
    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const after = (await env.api.caseView(id, clerk)).body;
    expect(after.events).toHaveLength(before.events.length + 1);
  });
});
