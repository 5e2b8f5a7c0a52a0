import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliStack, ogi, startCliStack } from './support/cli.js';
import { clearMailbox, registerOn } from './support/deadlines.js';
import { startTestStack, type TestStack } from './support/stack.js';

describe('Command: ogi tick against the running local stack', () => {
  let env: TestStack;

  beforeAll(async () => {
    env = await startTestStack();
  });

  afterAll(async () => {
    await env?.stop();
  });

  it("runs one sweep as of --date, mails the stack's SES emulator and prints the summary as JSON", async () => {
    // Prepare: a request received 2026-08-03, due 08-31, overdue on 09-01 (Art. 33 ¶2).
    const clerk = await env.api.login('clerk', 'clerk-tick', '周经办');
    const request = await registerOn(
      env.api,
      clerk,
      '2026-08-03',
      '命令行：2026年度村务公开栏照片',
    );
    await clearMailbox(env.stack);

    // Act
    const first = await ogi(['tick', '--date', '2026-09-01', '--data-dir', env.dataDir]);
    const second = await ogi(['tick', '--date', '2026-09-01', '--data-dir', env.dataDir]);
    const mails = await env.stack.emulators.ses.emails();

    // Assess
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      district: 'dachang',
      asOf: '2026-09-01',
      requestsRead: 1,
      remindersSent: { overdue: 2 },
      digestsSent: 2,
      closed: 0,
      failures: [],
    });
    expect(JSON.parse(second.stdout)).toMatchObject({ remindersSent: {}, digestsSent: 0 });
    expect(mails.filter((mail) => mail.body.text?.includes(request.receiptNo))).toHaveLength(2);
    expect(first.stdout).not.toContain('欧阳');
  });
});

describe('Command: pnpm start (the local stack) and its deadline sweeps', () => {
  let dataDir: string;
  let stack: CliStack;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ogi-sweep-start-'));
    stack = await startCliStack({ dataDir });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says where the mailbox is read and sweeps once when it starts', async () => {
    // Act: the first sweep runs once the stack is up.
    const deadline = Date.now() + 30_000;
    while (!/deadline sweep (as of|failed)/.test(stack.output()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // Assess
    expect(stack.output()).toMatch(/mailbox\s+http:\/\/127\.0\.0\.1:\d+ .*\/store/);
    expect(stack.output()).toMatch(
      /deadline sweep as of \d{4}-\d{2}-\d{2}: \d+ e-mails, 0 closed, 0 failures/,
    );
  });
});
