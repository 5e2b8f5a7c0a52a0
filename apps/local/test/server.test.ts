import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../src/routes.js';
import { createLocalServer } from '../src/server.js';

let seen: APIGatewayProxyEventV2 | undefined;
const routes: Route[] = [
  {
    method: 'POST',
    path: '/api/requests/{receiptNo}/attachments',
    handler: async (event) => {
      seen = event;
      return {
        statusCode: 201,
        headers: { 'content-type': 'application/json' },
        body: '{"ok":true}',
      };
    },
  },
  { method: 'GET', path: '/api/ping', handler: async () => 'pong' },
];
const server = createLocalServer({ routes });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Function: createLocalServer', () => {
  it('turns a request into the API Gateway v2 event the Lambda gets', async () => {
    // Act
    const response = await fetch(`${base}/api/requests/2026-000001/attachments?code=ABC&x=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      body: JSON.stringify({ 名称: '值' }),
    });
    // Assess
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toMatchObject({
      version: '2.0',
      routeKey: 'POST /api/requests/{receiptNo}/attachments',
      rawPath: '/api/requests/2026-000001/attachments',
      rawQueryString: 'code=ABC&x=1',
      pathParameters: { receiptNo: '2026-000001' },
      queryStringParameters: { code: 'ABC', x: '1' },
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k1' },
      body: '{"名称":"值"}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', sourceIp: '127.0.0.1' } },
    });
  });

  it('base64-encodes a binary body', async () => {
    // Act
    await fetch(`${base}/api/requests/2026-000001/attachments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/pdf' },
      body: Buffer.from('%PDF-1.7'),
    });
    // Assess
    expect(seen).toMatchObject({
      isBase64Encoded: true,
      body: Buffer.from('%PDF-1.7').toString('base64'),
    });
  });

  it('answers a plain string result as a 200 body', async () => {
    // Act
    const response = await fetch(`${base}/api/ping`);
    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('pong');
  });

  it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
    // Act
    const missing = await fetch(`${base}/api/nothing`);
    const wrongMethod = await fetch(`${base}/api/ping`, { method: 'DELETE' });
    // Assess
    expect(missing.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
  });

  it("hands a preflight (OPTIONS) to the path's route, whose middleware answers it", async () => {
    // Act
    const response = await fetch(`${base}/api/ping`, { method: 'OPTIONS' });
    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('pong');
  });

  it("refuses a body over API Gateway's 10 MB limit with 413", async () => {
    // Act
    const response = await fetch(`${base}/api/requests/1/attachments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    // Assess
    expect(response.status).toBe(413);
  });
});
