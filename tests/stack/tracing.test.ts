import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleHandler } from '@ogi/infra/handler-bundles';
import { intakeRoutes } from '@ogi/intake';
import { handlerEnvironment } from '@ogi/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';
import { validSubmission } from './support/submissions.js';

/** Inside the workspace, so the bundle finds the AWS SDK as it does on the Lambda runtime. */
const BUNDLES = fileURLToPath(new URL('../node_modules/.ogi-tracing', import.meta.url));

/** What the X-Ray daemon receives: one JSON header line, then one segment document. */
interface SegmentDocument {
  readonly type?: string;
  readonly name: string;
  readonly namespace?: string;
  readonly trace_id: string;
  readonly parent_id?: string;
  readonly in_progress?: boolean;
  readonly aws?: { readonly operation?: string; readonly table_name?: string };
}

/** A UDP socket on a free loopback port, collecting what is sent to it as the daemon would. */
async function fakeDaemon(): Promise<{
  socket: Socket;
  port: number;
  documents: SegmentDocument[];
}> {
  const socket = createSocket('udp4');
  const documents: SegmentDocument[] = [];
  socket.on('message', (datagram) => {
    const [header, body] = datagram.toString('utf8').split('\n');
    expect(JSON.parse(header ?? '')).toEqual({ format: 'json', version: 1 });
    documents.push(JSON.parse(body ?? '') as SegmentDocument);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, port: socket.address().port, documents };
}

/**
 * Loads `bundle` in a process of its own, as a Lambda cold start does, calls
 * its handler once with `event` and answers the handler's result.
 */
async function invokeOnce(
  bundle: string,
  event: unknown,
  env: Readonly<Record<string, string>>,
): Promise<{ statusCode: number }> {
  const script = `const { handler } = await import(${JSON.stringify(bundle)});
const result = await handler(JSON.parse(process.env.EVENT), { functionName: 'ogi-traced', awsRequestId: '${randomUUID()}', getRemainingTimeInMillis: () => 29000 });
console.log('RESULT ' + JSON.stringify(result));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...env, EVENT: JSON.stringify(event) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = stdout.split('\n').find((each) => each.startsWith('RESULT '));
  if (code !== 0 || !line) throw new Error(`the handler failed (${code}): ${stderr}`);
  return JSON.parse(line.slice('RESULT '.length)) as { statusCode: number };
}

describe('Tracing: a handler bundled as deployed sends X-Ray subsegments in Lambda', () => {
  let env: TestStack;
  let bundleDir = '';

  beforeAll(async () => {
    env = await startTestStack();
    bundleDir = join(BUNDLES, randomUUID());
    mkdirSync(bundleDir, { recursive: true });
  });

  afterAll(async () => {
    rmSync(bundleDir, { recursive: true, force: true });
    await env?.stop();
  });

  it('sends a DynamoDB subsegment of the Lambda trace to the daemon for each call a submission makes', async () => {
    // Prepare: the submission handler as synth bundles it, and
    // the variables Lambda sets for a sampled invocation with active tracing.
    const route = intakeRoutes.find(
      (each) => each.method === 'POST' && each.path === '/api/requests',
    );
    const intakeDir = join(dirname(createRequire(import.meta.url).resolve('@ogi/intake')), '..');
    bundleHandler(join(intakeDir, route?.entry ?? ''), bundleDir);
    const daemon = await fakeDaemon();
    const root = `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
    const parent = randomBytes(8).toString('hex');
    const lambda = {
      ...handlerEnvironment(env.stack),
      OGI_TRACE_ENABLED: 'true',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'ogi-traced',
      LAMBDA_TASK_ROOT: bundleDir,
      _X_AMZN_TRACE_ID: `Root=${root};Parent=${parent};Sampled=1`,
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.port}`,
      AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
      // As deployed: the function's own options, none.
      NODE_OPTIONS: '',
    };
    const event = {
      version: '2.0',
      routeKey: 'POST /api/requests',
      rawPath: '/api/requests',
      rawQueryString: '',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      requestContext: {
        http: {
          method: 'POST',
          path: '/api/requests',
          sourceIp: '203.0.113.7',
          userAgent: 'ogi-test',
        },
        requestId: randomUUID(),
        routeKey: 'POST /api/requests',
        stage: '$default',
        timeEpoch: Date.now(),
      },
      body: JSON.stringify(validSubmission('追踪测试：本镇2025年度财政预算')),
      isBase64Encoded: false,
    };

    // Act
    let result: { statusCode: number };
    try {
      result = await invokeOnce(join(bundleDir, 'index.mjs'), event, lambda);
      // The daemon's socket reads what the handler's process sent before it ended.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      daemon.socket.close();
    }

    // Assess
    expect(result.statusCode).toBe(201);
    const calls = daemon.documents.filter((each) => each.namespace === 'aws');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call).toMatchObject({
        type: 'subsegment',
        name: 'DynamoDB',
        trace_id: root,
        parent_id: parent,
      });
      expect(call.in_progress).not.toBe(true);
    }
    // The idempotency check, then the request and its receipt number written together.
    expect(calls.map((call) => call.aws?.operation)).toEqual(
      expect.arrayContaining(['GetItem', 'TransactWriteItems']),
    );
    // The call's table, as the X-Ray SDK records it for GetItem.
    expect(calls.find((call) => call.aws?.operation === 'GetItem')?.aws).toMatchObject({
      table_name: env.stack.tableName,
    });
  });
});
