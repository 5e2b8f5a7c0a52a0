/**
 * One Lambda container in a process of its own (`containers.ts` starts
 * several): it imports the submit handler with the environment it was given,
 * as a cold start in the cloud does, says `ready`, waits for `go` on stdin so
 * that every container starts at once, submits its share of requests and
 * prints one JSON line per answer.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { lambdaContext } from './api-gateway.js';
import { containerSubmission, type SubmitAnswer } from './containers.js';

const worker = Number(process.env.OGI_CONTAINER_WORKER ?? 0);
const count = Number(process.env.OGI_CONTAINER_REQUESTS ?? 0);
const retry = process.env.OGI_CONTAINER_RETRY === '1';
/** How often a container sends a request again after a 503, with the same Idempotency-Key. */
const MAX_TRIES = 50;

const { intakeRoutes } = await import('@ogi/intake');
const route = intakeRoutes.find(
  (entry) => entry.method === 'POST' && entry.path === '/api/requests',
);
if (!route) throw new Error('no submit route');
const { handler } = (await route.load()) as {
  handler: (
    event: APIGatewayProxyEventV2,
    context: unknown,
  ) => Promise<APIGatewayProxyStructuredResultV2>;
};

function event(body: string, key: string): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: 'POST /api/requests',
    rawPath: '/api/requests',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: 'POST',
        path: '/api/requests',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.10',
        userAgent: 'ogi-container',
      },
      requestId: randomUUID(),
      routeKey: 'POST /api/requests',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
lines.close();

for (let i = 0; i < count; i += 1) {
  const key = `container-${worker}-${i}-${randomUUID()}`;
  const body = JSON.stringify(containerSubmission(worker, i));
  const started = performance.now();
  for (let tries = 1; ; tries += 1) {
    const result = await handler(event(body, key), lambdaContext('submit'));
    const status = result.statusCode ?? 0;
    const answer: SubmitAnswer = {
      worker,
      i,
      tries,
      status,
      ms: performance.now() - started,
      ...(status < 300 ? { receiptNo: JSON.parse(result.body ?? '{}').receiptNo } : {}),
      ...(result.headers?.['retry-after'] === undefined
        ? {}
        : { retryAfter: String(result.headers['retry-after']) }),
    };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
    if (!(retry && status === 503 && tries < MAX_TRIES)) break;
    // A client told to retry later: a short, jittered wait keeps the test quick.
    await sleep(20 + Math.random() * 80);
  }
}
