import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localFolder } from './paths.js';
import { assertPortFree, EmulatorError, freePort } from './ports.js';

export const LOCAL_DYNAMODB_CREDENTIALS = { accessKeyId: 'dummy', secretAccessKey: 'dummy' };
export const LOCAL_REGION = 'us-east-1';

export interface DynamoDbLocalOptions {
  /** Defaults to a free port. */
  readonly port?: number;
  /** Keep data in this folder across restarts; absent, data lives in memory. */
  readonly dataDir?: string;
}

export interface RunningEmulator {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

function jarFolder(): string {
  const folder = localFolder('dynamodb-local');
  if (!existsSync(join(folder, 'DynamoDBLocal.jar'))) {
    throw new EmulatorError(
      'DynamoDB Local is not installed: run `bash scripts/install-emulators.sh` (the README commands do)',
    );
  }
  return folder;
}

function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new EmulatorError(
      'DynamoDB Local needs Java 17: `java` was not found (run `bash scripts/install-emulators.sh` as root, or install openjdk-17-jre-headless)',
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (major < 17)
    throw new EmulatorError(`DynamoDB Local needs Java 17 or later, found Java ${major}`);
}

/**
 * Starts the official DynamoDB Local jar with Java 17, telemetry off, in a
 * scratch working folder, and resolves once it answers ListTables.
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<RunningEmulator> {
  assertJava();
  const folder = jarFolder();
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port, 'DynamoDB Local');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  // Its working folder (it writes a metadata file there), removed when it stops.
  const scratch = mkdtempSync(join(tmpdir(), 'ogi-dynamodb-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(folder, 'DynamoDBLocal.jar'),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, () => output);
  } catch (error) {
    await stopChild(child);
    removeScratch();
    throw error;
  }
  return {
    endpoint,
    port,
    stop: async () => {
      await stopChild(child);
      removeScratch();
    },
  };
}

async function waitUntilReady(
  endpoint: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_DYNAMODB_CREDENTIALS,
    maxAttempts: 1,
  });
  const deadline = Date.now() + 30_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new EmulatorError(`DynamoDB Local exited with code ${child.exitCode}:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    child.kill('SIGKILL');
    throw new EmulatorError(`DynamoDB Local did not answer within 30 s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
