/**
 * Local stack benchmark (issue 3):
 * 1. submissions per second and p50/p99 latency through the local HTTP server
 *    at 1, 8 and 32 concurrent clients, beside a bare TransactWriteItems of the
 *    same items against the same DynamoDB Local, and the ratio at p50;
 * 2. ten containers (processes) submitting at once against one table;
 * 3. the lookup's timing for a wrong code and an unknown receipt number;
 * 4. each handler bundled as the CDK bundles it (infra's `bundleHandler`):
 *    its size, its module load time and that load as a ratio of a bare
 *    DynamoDB handler's (`bundles.ts`);
 * 5. three of them from a cold start to their first answer, against the
 *    emulators, beside the bare handler's (`first-answer.ts`).
 * `OGI_BENCH_ONLY=bundles` (or `submissions`, `containers`, `lookups`,
 * `first-answers`, comma-separated) runs only those parts.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DynamoDBClient,
  TransactWriteItemsCommand,
  type TransactWriteItemsCommandInput,
} from '@aws-sdk/client-dynamodb';
import { caseworkRoutes } from '@ogi/casework';
import { dateIn, WorkingCalendar } from '@ogi/domain';
import { intakeRoutes } from '@ogi/intake';
import { Submission } from '@ogi/schema';
import { documentClient, newStoreId, RequestRepository, recordNewRequest } from '@ogi/store';
import { runSubmitContainers, type SubmitAnswer } from '../src/containers.js';
import { handlerEnvironment, startLocalStack } from '../src/stack.js';
import { type BundleTarget, bundleReport, measureBundles } from './bundles.js';
import { firstAnswerReport, measureFirstAnswers } from './first-answer.js';

const LEVELS = [1, 8, 32];
const REQUESTS_PER_LEVEL = Number(process.env.OGI_BENCH_REQUESTS ?? 400);
/** Ten Lambda containers, fifty submissions each, against one table. */
const CONTAINERS = 10;
const REQUESTS_PER_CONTAINER = 50;
/** Lookups of each kind, interleaved: a known receipt number with a wrong code, an unknown one. */
const LOOKUPS = 300;
/** Fresh processes each bundle is loaded in; the median counts. */
const LOAD_RUNS = Number(process.env.OGI_BENCH_LOAD_RUNS ?? 9);
/** The parts of this benchmark; `OGI_BENCH_ONLY=bundles` (comma-separated) runs only those. */
const PARTS = ['submissions', 'containers', 'lookups', 'bundles', 'first-answers'] as const;
const only = (process.env.OGI_BENCH_ONLY ?? PARTS.join(',')).split(',').map((part) => part.trim());
for (const part of only) {
  if (!PARTS.some((known) => known === part)) {
    throw new Error(`OGI_BENCH_ONLY: unknown part ${part}; the parts are ${PARTS.join(', ')}`);
  }
}
const runs = (part: (typeof PARTS)[number]) => only.includes(part);
/** What Lambda sets for a Node.js function with active tracing, as far as loading a handler reads it. */
const LAMBDA_ENVIRONMENT = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  AWS_LAMBDA_FUNCTION_NAME: 'ogi-bench',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  LAMBDA_TASK_ROOT: '/var/task',
  // Loopback, not Lambda's daemon address: nothing should ever be sent from here.
  AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
};
const progress = (message: string) => process.stderr.write(`… ${message}\n`);
const here = fileURLToPath(new URL('.', import.meta.url));

function submission(i: number) {
  return {
    applicant: {
      kind: 'natural-person',
      name: '测试申请人',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      email: `bench${i}@example.com`,
      postalAddress: '青岛市黄岛区大场镇吉利河路141号',
      postcode: '266414',
    },
    information: { description: `请公开大场镇2025年道路维修项目的招标文件及中标结果（第${i}项）` },
    deliveryForm: ['email'],
    retrieval: ['email'],
    channel: 'online',
  };
}

interface LevelResult {
  readonly concurrency: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

async function runLevel(
  concurrency: number,
  total: number,
  once: (i: number) => Promise<void>,
): Promise<LevelResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await once(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { concurrency, perSecond: total / seconds, p50: at(0.5), p99: at(0.99) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'ogi-bench-'));
progress('starting the local stack (DynamoDB Local, S3, SES)');
const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'warn' });
// The store as the handler uses it, on its own client, recording the one
// transaction a submission writes so the bare write can replay exactly those items.
const dynamo = new DynamoDBClient(stack.emulators.dynamodb.clientConfig);
let recorded: TransactWriteItemsCommandInput | undefined;
dynamo.middlewareStack.add(
  (next, context) => async (args) => {
    if (context.commandName === 'TransactWriteItemsCommand' && recorded === undefined) {
      recorded = structuredClone(args.input as TransactWriteItemsCommandInput);
    }
    return next(args);
  },
  { step: 'build', name: 'recordTransaction' },
);
const repository = new RequestRepository({
  client: documentClient(dynamo),
  tableName: stack.tableName,
});
const lifecycle = { calendar: new WorkingCalendar() };
/** A plain keep-alive HTTP client: the bench measures the server, not fetch's own overhead. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

try {
  const report: string[] = [];
  if (runs('submissions')) report.push(...(await submissionLevels()));
  if (runs('containers')) report.push(...(await containerRun()));
  if (runs('lookups')) report.push(...(await lookupRun()));
  if (runs('bundles')) {
    progress('bundling each handler and the bare handler with esbuild');
    const loads = measureBundles({
      targets: [
        // What a handler loads, layer by layer: where its load over the bare handler's goes.
        ...[
          ['layer: bare + zod', 'zod.ts'],
          ['layer: bare + every schema of @ogi/schema', 'schema.ts'],
          ['layer: createRuntime (store, domain, config parsed)', 'runtime.ts'],
          ['layer: createRuntime + Powertools Logger, Metrics', 'runtime-logging.ts'],
        ].map(([name = '', file = '']) => ({
          name,
          entry: join(here, 'layers', file),
          layer: true,
        })),
        ...bundleTargets(join(here, '..', '..', 'intake'), intakeRoutes),
        ...bundleTargets(join(here, '..', '..', 'casework'), caseworkRoutes),
      ],
      bare: { name: 'bare: DynamoDB document client only', entry: join(here, 'bare-handler.ts') },
      env: handlerEnvironment(stack),
      configurations: [
        {
          name: 'in Lambda, tracing on, as the cloud runs (the AWS clients carry the X-Ray middleware)',
          env: { ...LAMBDA_ENVIRONMENT, OGI_TRACE_ENABLED: 'true' },
        },
        {
          name: 'in Lambda, tracing off (OGI_TRACE_ENABLED=false, as in AWS China)',
          env: { ...LAMBDA_ENVIRONMENT, OGI_TRACE_ENABLED: 'false' },
        },
      ],
      // Inside the workspace, so a bundle resolves the AWS SDK the way the Lambda runtime provides it.
      outDir: join(here, '..', 'node_modules', '.ogi-bench'),
      runs: LOAD_RUNS,
      progress,
    });
    report.push('', ...bundleReport(loads, LOAD_RUNS));
  }
  if (runs('first-answers')) report.push('', ...(await firstAnswerRun()));
  console.log(report.join('\n'));
} finally {
  agent.destroy();
  dynamo.destroy();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Submissions through HTTP beside the bare write and the bare store calls, at each level. */
async function submissionLevels(): Promise<string[]> {
  // Warm both paths so neither pays first-call costs in the numbers.
  for (let i = 0; i < 20; i++) {
    await submit(-i - 1);
    await bareStoreCalls(-i - 1);
    await bareWrite(-i - 1);
  }
  const lines = [
    '',
    `Submissions (POST /api/requests with Idempotency-Key), ${REQUESTS_PER_LEVEL} per level, DynamoDB Local`,
  ];
  const row = (name: string, r: LevelResult) =>
    `  ${name.padEnd(50)} ${r.perSecond.toFixed(0).padStart(5)}/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`;
  for (const level of LEVELS) {
    progress(`${REQUESTS_PER_LEVEL} submissions through HTTP at ${level} concurrent clients`);
    const handler = await runLevel(level, REQUESTS_PER_LEVEL, submit);
    progress(`${REQUESTS_PER_LEVEL} bare TransactWriteItems at ${level} concurrent clients`);
    const bare = await runLevel(level, REQUESTS_PER_LEVEL, bareWrite);
    progress(
      `${REQUESTS_PER_LEVEL} bare store calls (idempotency read, counter, transaction) at ${level} clients`,
    );
    const calls = await runLevel(level, REQUESTS_PER_LEVEL, bareStoreCalls);
    const ratio = handler.p50 / bare.p50;
    lines.push(
      `  ${level} concurrent clients`,
      row('handler through the local HTTP server', handler),
      row('bare TransactWriteItems of the same items', bare),
      row('store calls only (no HTTP, middleware, validation)', calls),
      `  p50 ratio handler / bare transaction ${ratio.toFixed(2)}× (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'MISSED'}); handler / store calls ${(handler.p50 / calls.p50).toFixed(2)}×`,
    );
  }
  return lines;
}

async function containerRun(): Promise<string[]> {
  progress(
    `${CONTAINERS} processes × ${REQUESTS_PER_CONTAINER} submissions against one table (retrying 503s)`,
  );
  const containers = await runContainers();
  return [
    '',
    `Submissions from ${CONTAINERS} processes (Lambda containers) × ${REQUESTS_PER_CONTAINER}, one table, a 503 retried with its Idempotency-Key`,
    `  created ${containers.created}/${CONTAINERS * REQUESTS_PER_CONTAINER}, errors ${containers.errors}, 503s retried ${containers.busy}, receipt numbers ${containers.gapless ? 'unique and gapless' : 'NOT GAPLESS'}`,
    `  per request, retries included: p50 ${containers.p50.toFixed(1)} ms, p99 ${containers.p99.toFixed(1)} ms, ${containers.perSecond.toFixed(0)}/s overall`,
  ];
}

async function lookupRun(): Promise<string[]> {
  progress(`${LOOKUPS} lookups with a wrong code, ${LOOKUPS} with an unknown receipt number`);
  const lookups = await lookupTimings();
  return [
    '',
    `Lookups (GET /api/requests/{receiptNo}?code=…), ${LOOKUPS} each, interleaved: the timing must not tell which receipt numbers exist`,
    `  known number, wrong code: median ${lookups.wrongCode.toFixed(2)} ms; unknown number: median ${lookups.unknown.toFixed(2)} ms (ratio ${(lookups.wrongCode / lookups.unknown).toFixed(2)}×)`,
  ];
}

/** The lookup, a submission and the staff list from a cold start to their first answer. */
async function firstAnswerRun(): Promise<string[]> {
  progress('cold starts to the first answer: a request to look up and a staff token');
  const created = (await (
    await fetch(`${stack.url}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission(-2000)),
    })
  ).json()) as { receiptNo: string; queryCode: string };
  const { token } = (await (
    await fetch(`${stack.url}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '基准测试', role: 'clerk' }),
    })
  ).json()) as { token: string };
  const entryOf = (
    dir: string,
    routes: readonly { method: string; path: string; entry: string }[],
    routeKey: string,
  ) => {
    const route = routes.find((each) => `${each.method} ${each.path}` === routeKey);
    if (!route) throw new Error(`no route ${routeKey}`);
    return join(here, '..', '..', dir, route.entry);
  };
  let submitted = 0;
  const answers = measureFirstAnswers({
    bare: {
      name: 'bare: one GetItem',
      entry: join(here, 'bare-handler.ts'),
      event: () => ({ pk: 'REQ#none' }),
    },
    targets: [
      {
        name: 'GET /api/requests/{receiptNo} (lookup)',
        entry: entryOf('intake', intakeRoutes, 'GET /api/requests/{receiptNo}'),
        event: () =>
          apiEvent('GET', '/api/requests/{receiptNo}', `/api/requests/${created.receiptNo}`, {
            pathParameters: { receiptNo: created.receiptNo },
            queryStringParameters: { code: created.queryCode },
          }),
        status: 200,
      },
      {
        name: 'POST /api/requests (submission)',
        entry: entryOf('intake', intakeRoutes, 'POST /api/requests'),
        event: () =>
          apiEvent('POST', '/api/requests', '/api/requests', {
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify(submission(-3000 - submitted++)),
          }),
        status: 201,
      },
      {
        name: 'GET /api/staff/requests (staff list)',
        entry: entryOf('casework', caseworkRoutes, 'GET /api/staff/requests'),
        event: () =>
          apiEvent('GET', '/api/staff/requests', '/api/staff/requests', {
            headers: { authorization: `Bearer ${token}` },
          }),
        status: 200,
      },
    ],
    env: {
      ...handlerEnvironment(stack),
      ...LAMBDA_ENVIRONMENT,
      // The bare handler's client finds DynamoDB Local through the SDK's own variable.
      AWS_ENDPOINT_URL_DYNAMODB: stack.emulators.dynamodb.endpoint,
    },
    outDir: join(here, '..', 'node_modules', '.ogi-bench-first'),
    runs: LOAD_RUNS,
    progress,
  });
  return firstAnswerReport(answers, LOAD_RUNS);
}

/** An API Gateway v2 event as the HTTP API sends one to a handler. */
function apiEvent(
  method: string,
  route: string,
  path: string,
  parts: {
    readonly headers?: Record<string, string>;
    readonly pathParameters?: Record<string, string>;
    readonly queryStringParameters?: Record<string, string>;
    readonly body?: string;
  },
) {
  const query = new URLSearchParams(parts.queryStringParameters ?? {}).toString();
  return {
    version: '2.0',
    routeKey: `${method} ${route}`,
    rawPath: path,
    rawQueryString: query,
    headers: { 'user-agent': 'ogi-bench', ...parts.headers },
    ...(parts.pathParameters ? { pathParameters: parts.pathParameters } : {}),
    ...(parts.queryStringParameters ? { queryStringParameters: parts.queryStringParameters } : {}),
    requestContext: {
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'ogi-bench' },
      requestId: randomUUID(),
      routeKey: `${method} ${route}`,
      stage: '$default',
      timeEpoch: Date.now(),
    },
    ...(parts.body === undefined ? {} : { body: parts.body }),
    isBase64Encoded: false,
  };
}

function bundleTargets(
  dir: string,
  routes: readonly { method: string; path: string; entry: string }[],
): BundleTarget[] {
  return routes.map((route) => ({
    name: `${route.method} ${route.path}`,
    entry: join(dir, route.entry),
  }));
}

/** Ten containers submitting at once; every request retried after a 503 until created. */
async function runContainers() {
  const started = performance.now();
  let reported = 0;
  const answers = await runSubmitContainers({
    env: handlerEnvironment(stack),
    processes: CONTAINERS,
    requestsEach: REQUESTS_PER_CONTAINER,
    retry: true,
    onAnswer: (answer) => {
      if (answer.status === 201 && ++reported % 100 === 0) progress(`${reported} created`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const created = answers.filter((answer) => answer.status === 201);
  const numbers = created.map((answer) => Number(answer.receiptNo?.slice(5))).sort((a, b) => a - b);
  const first = numbers[0] ?? 0;
  const latencies = created.map((answer: SubmitAnswer) => answer.ms).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    created: created.length,
    errors: answers.filter((answer) => answer.status !== 201 && answer.status !== 503).length,
    busy: answers.filter((answer) => answer.status === 503).length,
    gapless: numbers.every((n, i) => n === first + i),
    p50: at(0.5),
    p99: at(0.99),
    perSecond: created.length / seconds,
  };
}

/** Median milliseconds of a lookup with a wrong code and of one with an unknown number. */
async function lookupTimings(): Promise<{ wrongCode: number; unknown: number }> {
  const known = await new Promise<string>((resolve, reject) => {
    const request = httpRequest(
      `${stack.url}/api/requests`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()).receiptNo));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(submission(-1000)));
  });
  const year = known.slice(0, 4);
  const lookup = (receiptNo: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const request = httpRequest(
        `${stack.url}/api/requests/${receiptNo}?code=ABCDEFGHJK`,
        { agent },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 404
              ? resolve(performance.now() - started)
              : reject(new Error(`lookup answered ${response.statusCode}`)),
          );
        },
      );
      request.on('error', reject);
      request.end();
    });
  const wrongCode: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    wrongCode.push(await lookup(known));
    unknown.push(await lookup(`${year}-${String(900_000 + i).padStart(6, '0')}`));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  return { wrongCode: median(wrongCode), unknown: median(unknown) };
}

function submit(i: number): Promise<void> {
  const body = JSON.stringify(submission(i));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${stack.url}/api/requests`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': randomUUID(),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode === 201
            ? resolve()
            : reject(
                new Error(
                  `submission ${i} answered ${response.statusCode}: ${Buffer.concat(chunks)}`,
                ),
              ),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The store path of one submission without HTTP, middleware or validation: idempotency read, counter, transaction. */
async function bareStoreCalls(i: number): Promise<void> {
  const submittedOn = dateIn('Asia/Shanghai', new Date());
  await recordNewRequest(repository, lifecycle, {
    submission: Submission.parse(submission(i)),
    events: [{ type: 'submitted', on: submittedOn, actor: 'applicant', channel: 'online' }],
    submittedOn,
    submittedAt: new Date().toISOString(),
    idempotencyKey: randomUUID(),
  });
}

/** Exactly the transaction a submission writes (recorded once), with fresh keys, and nothing else. */
async function bareWrite(i: number): Promise<void> {
  if (!recorded) await bareStoreCalls(i);
  if (!recorded) throw new Error('no transaction was recorded');
  const template = JSON.stringify(recorded);
  const [, id = ''] = /REQ#([0-9a-z]{26})/.exec(template) ?? [];
  const [, receiptNo = ''] = /RECEIPT#(\d{4}-\d{6,})/.exec(template) ?? [];
  const [, idemHash = ''] = /IDEM#([0-9a-f]{64})/.exec(template) ?? [];
  const fresh = template
    .replaceAll(id, newStoreId())
    .replaceAll(receiptNo, `9999-${String(i).padStart(6, '0')}${randomUUID().slice(0, 8)}`)
    .replaceAll(idemHash, randomUUID().replaceAll('-', '').padEnd(64, '0'));
  const input = JSON.parse(fresh) as TransactWriteItemsCommandInput;
  for (const item of input.TransactItems ?? []) {
    // The receipt counter too gets a key of its own, so every replay takes number 1 of a fresh counter.
    if (item.Update?.Key?.pk) {
      item.Update.Key.pk = { S: `COUNTER#BENCH#${randomUUID()}` };
      item.Update.ConditionExpression = 'attribute_not_exists(#seq)';
      delete item.Update.ExpressionAttributeValues?.[':previous'];
    }
  }
  await dynamo.send(new TransactWriteItemsCommand({ ...input, ClientRequestToken: randomUUID() }));
}
