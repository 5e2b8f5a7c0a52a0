import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '@ogi/emulators';

/** The local stack's CLI (`pnpm start`) running in a child process. */
export interface CliStack {
  /** The API's base URL, read from the CLI's `ready on http://…` line. */
  readonly url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Ctrl-C: SIGINT, then waits for the process to exit; resolves with its exit code. */
  stop(): Promise<number | null>;
}

const READY = /^ready on (http:\/\/\S+)$/m;

/** The environment of the test process without vitest's own variables. */
function childEnvironment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('VITEST') || name === 'NODE_OPTIONS' || name.startsWith('OGI_')) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Starts `node --import tsx apps/local/src/main.ts --port 0 --data-dir …` and
 * resolves once it prints `ready on http://…`. The child leads its own
 * process group so that a failed stop can end it and its DynamoDB Local.
 */
export async function startCliStack(options: {
  readonly dataDir: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly args?: readonly string[];
  readonly timeoutMs?: number;
}): Promise<CliStack> {
  const root = workspaceRoot();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'apps', 'local', 'src', 'main.ts'),
      '--port',
      '0',
      '--data-dir',
      options.dataDir,
      ...(options.args ?? []),
    ],
    {
      cwd: root,
      env: childEnvironment(options.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  try {
    const url = await waitForReady(child, () => output, exited, options.timeoutMs ?? 60_000);
    return { url, output: () => output, stop: () => stopChild(child, exited) };
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
}

async function waitForReady(
  child: ChildProcess,
  output: () => string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (Date.now() < deadline) {
    const ready = READY.exec(output());
    if (ready?.[1]) return ready[1];
    if (done || child.exitCode !== null) {
      throw new Error(`the local stack exited before it was ready:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the local stack was not ready within ${timeoutMs} ms:\n${output()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>) {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill('SIGINT');
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), 20_000).unref(),
  );
  const result = await Promise.race([exited, timeout]);
  if (result !== 'timeout') return result;
  // The CLI did not stop: end its process group (the CLI and the emulators it started).
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  return exited;
}

/** What one `pnpm ogi …` printed, and its exit code. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `pnpm ogi …` in a child process (asynchronously: the stack answers from this process). */
export function ogi(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(workspaceRoot(), 'apps', 'cli', 'src', 'main.ts'), ...args],
    {
      cwd: workspaceRoot(),
      env: {
        ...withoutOgiVariables(),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const AWS_CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];

function withoutOgiVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !name.startsWith('OGI_') &&
        !name.startsWith('VITEST') &&
        name !== 'NODE_OPTIONS' &&
        // The in-process stack sets the emulators' keys; an operator's shell has none.
        !AWS_CREDENTIAL_VARIABLES.includes(name),
    ),
  );
}
