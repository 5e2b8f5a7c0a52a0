import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@ogi/emulators';
import type { AnnualReport } from '@ogi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runShellSteps,
  type ShellStep,
  type StepResult,
  shellBlockAfter,
} from './support/readme.js';
import { startTestStack, type TestStack } from './support/stack.js';

const ROOT = workspaceRoot();
/** The address the README's block talks to: the stack `bash scripts/start.sh` starts. */
const README_BASE = 'BASE=http://127.0.0.1:3000';

/** The environment of a newcomer's shell: none of vitest's, pnpm's or ogi's variables. */
function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !name.startsWith('VITEST') &&
        !name.startsWith('OGI_') &&
        !name.startsWith('npm_') &&
        !['NODE_OPTIONS', 'INIT_CWD', 'PNPM_SCRIPT_SRC_DIR'].includes(name),
    ),
  );
}

/**
 * The README's steps aimed at the test's stack: its URL instead of port 3000
 * (which may be taken), and its data folder for `pnpm ogi import`, which
 * otherwise looks for the stack in `.local/data`.
 */
function forTestStack(steps: readonly ShellStep[], env: TestStack): ShellStep[] {
  return steps.map((step) => {
    if (step.command === README_BASE) return { ...step, command: `BASE=${env.stack.url}` };
    if (step.command.startsWith('pnpm ogi import ')) {
      return { ...step, command: `${step.command} --data-dir '${env.dataDir}'` };
    }
    return step;
  });
}

/** The JSON a command printed after pnpm's `> ogi …` banner lines. */
function printedJson(stdout: string): unknown {
  return JSON.parse(stdout.slice(stdout.search(/^\{/m)));
}

describe('Docs: the root README\'s "Try it" runs as written', () => {
  let env: TestStack;
  let steps: ShellStep[];
  let run: Awaited<ReturnType<typeof runShellSteps>>;

  /** The result of the one step whose command matches `pattern`. */
  function resultOf(pattern: RegExp): StepResult {
    const matching = run.results.filter((result) => pattern.test(result.step.command));
    expect(matching, `one step of the block matches ${pattern}`).toHaveLength(1);
    return matching[0] as StepResult;
  }

  beforeAll(async () => {
    env = await startTestStack();
    steps = shellBlockAfter(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'Try it');
    run = await runShellSteps(forTestStack(steps, env), {
      cwd: ROOT,
      env: shellEnvironment(),
      timeoutMs: 90_000,
    });
  }, 150_000);

  afterAll(async () => {
    await env?.stop();
  });

  it('runs every step of the block in bash with set -euo pipefail, from the repository root', () => {
    // Assess
    expect(steps[0]?.command, 'the block starts by naming the stack it talks to').toBe(README_BASE);
    expect(run.code, run.output).toBe(0);
    expect(run.results).toHaveLength(steps.length);
  });

  it('submits examples/request.json: 201 with a receipt number and a query code', () => {
    // Act
    const submit = resultOf(/-X POST \$BASE\/api\/requests /);
    // Assess
    expect(submit.statuses).toEqual([201]);
    expect(printedJson(submit.stdout)).toMatchObject({
      receiptNo: expect.stringMatching(/^\d{4}-\d{6}$/),
      queryCode: expect.any(String),
      status: 'submitted',
    });
  });

  it('signs a clerk in and keeps the token in TOKEN', () => {
    // Act
    const login = resultOf(/^TOKEN=/);
    // Assess
    expect(login.statuses).toEqual([200]);
    expect(login.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('lists the submitted request for the clerk', () => {
    // Prepare
    const { receiptNo } = printedJson(resultOf(/\/api\/requests /).stdout) as { receiptNo: string };
    // Act
    const list = resultOf(/\/api\/staff\/requests /);
    // Assess
    expect(list.statuses).toEqual([200]);
    expect(printedJson(list.stdout)).toMatchObject({
      items: [expect.objectContaining({ receiptNo })],
    });
  });

  it('imports examples/ledger-2025.csv: every row created, none skipped', () => {
    // Act
    const imported = resultOf(/^pnpm ogi import /);
    // Assess
    expect(imported.step.command).toContain('examples/ledger-2025.csv');
    expect(printedJson(imported.stdout)).toMatchObject({
      ledger: { rows: 8, created: 8, skipped: 0 },
    });
  });

  it("reads 2025's annual report with the ledger's requests counted", () => {
    // Act
    const report = resultOf(/\/api\/staff\/reports\/2025 /);
    // Assess
    expect(report.statuses).toEqual([200]);
    const body = printedJson(report.stdout) as { report: AnnualReport };
    expect(body.report.table3.received.total).toBe(7);
    expect(body.report.table3.carriedOver.total).toBe(1);
    expect(body.report.table3.carriedForward.total).toBe(1);
  });
});
