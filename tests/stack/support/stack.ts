import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { dateIn } from '@ogi/domain';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '@ogi/local';
import * as z from 'zod';
import { Api } from './api.js';

const LogLevel = z.enum(['debug', 'info', 'warn', 'error']);

/** A local stack for one test file, on a free port, with its data in a temp folder. */
export interface TestStack {
  readonly stack: LocalStack;
  readonly api: Api;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the local stack in this test process (vitest gives each file its own
 * process, and the stack's handlers read their environment once, at import).
 * Info logs are off unless `OGI_LOG_LEVEL` says otherwise: the log privacy
 * suite reads them from a child process instead.
 */
export async function startTestStack(
  options: Pick<LocalStackOptions, 'webOrigins' | 'metrics' | 'oidc'> = {},
): Promise<TestStack> {
  const logLevel = LogLevel.parse(process.env.OGI_LOG_LEVEL ?? 'warn');
  const dataDir = mkdtempSync(join(tmpdir(), 'ogi-stack-test-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel, ...options });
  return {
    stack,
    api: new Api(stack.url),
    dataDir,
    stop: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Today in the district's time zone: the day the handlers stamp applicant events with. */
export function today(): string {
  return dateIn('Asia/Shanghai', new Date());
}

/**
 * Every item of the stack's table, read with a Scan. Only tests scan: the
 * app itself only ever queries.
 */
export async function scanTable(stack: LocalStack): Promise<Record<string, unknown>[]> {
  const client = new DynamoDBClient(stack.emulators.dynamodb.clientConfig);
  try {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: stack.tableName,
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start as never } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  } finally {
    client.destroy();
  }
}

/** The table as one comparable value: item count and the items in key order. */
export async function tableSnapshot(
  stack: LocalStack,
): Promise<{ count: number; items: string[] }> {
  const items = (await scanTable(stack)).map((item) => JSON.stringify(sortKeys(item))).sort();
  return { count: items.length, items };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}
