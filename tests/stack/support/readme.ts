import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One command of a shell block: continuation lines joined, comments left out. */
export interface ShellStep {
  readonly command: string;
  /** Set for `NAME=…` lines: the variable they assign. */
  readonly assigns: string | null;
}

/** What one step printed, and the HTTP statuses of the `curl` calls it made. */
export interface StepResult {
  readonly step: ShellStep;
  readonly stdout: string;
  readonly stderr: string;
  readonly statuses: number[];
}

/**
 * The commands of the first ```sh block after the line that starts with
 * `heading` (e.g. "Try it") in a Markdown text.
 */
export function shellBlockAfter(markdown: string, heading: string): ShellStep[] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((line) => line.startsWith(heading));
  const open = lines.findIndex((line, index) => index > at && line.trim() === '```sh');
  const close = lines.findIndex((line, index) => index > open && line.trim() === '```');
  if (at < 0 || open < 0 || close < 0) throw new Error(`no \`\`\`sh block after "${heading}"`);
  const steps: ShellStep[] = [];
  let pending = '';
  for (const line of lines.slice(open + 1, close)) {
    if (pending === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    pending += line;
    if (pending.endsWith('\\')) {
      pending = `${pending.slice(0, -1).trimEnd()} `;
      continue;
    }
    const command = pending.trim();
    steps.push({ command, assigns: /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(command)?.[1] ?? null });
    pending = '';
  }
  return steps;
}

const STATUS_MARK = 'http-status:';

/**
 * Runs the steps one after the other in one `bash` with `set -euo pipefail`
 * (a failing step stops the rest), in `cwd`, and returns what each printed.
 * `curl` is wrapped only to report each HTTP status on stderr; stdout stays
 * as the reader sees it. An assigning step reports the value it assigned.
 */
export async function runShellSteps(
  steps: readonly ShellStep[],
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutMs: number },
): Promise<{ code: number | null; results: StepResult[]; output: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'ogi-readme-'));
  try {
    const out = (index: number, stream: string) => join(folder, `${index}.${stream}`);
    const script = [
      'set -euo pipefail',
      `curl() { command curl -w '%{stderr}${STATUS_MARK}%{http_code}\\n' "$@"; }`,
      ...steps.map((step, index) =>
        step.assigns
          ? `{ ${step.command}; printf '%s' "$${step.assigns}"; } > '${out(index, 'out')}' 2> '${out(index, 'err')}'`
          : `{ ${step.command}; } > '${out(index, 'out')}' 2> '${out(index, 'err')}'`,
      ),
    ].join('\n');
    writeFileSync(join(folder, 'script.sh'), `${script}\n`);
    const { code, output } = await runBash(join(folder, 'script.sh'), options);
    const results: StepResult[] = [];
    for (const [index, step] of steps.entries()) {
      const stdout = readIfThere(out(index, 'out'));
      const stderr = readIfThere(out(index, 'err'));
      if (stdout === null || stderr === null) break;
      results.push({
        step,
        stdout,
        stderr,
        statuses: [...stderr.matchAll(new RegExp(`${STATUS_MARK}(\\d+)`, 'g'))].map((match) =>
          Number(match[1]),
        ),
      });
    }
    return { code, results, output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function runBash(
  file: string,
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutMs: number },
): Promise<{ code: number | null; output: string }> {
  const child = spawn('bash', [file], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}
