import { IllegalTransitionError } from '@ogi/domain';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import {
  binary,
  createTokenVerifier,
  type HttpEvent,
  header,
  httpApi,
  issueStaffToken,
  JSON_CONTENT_TYPE,
  json,
  parseBody,
  parsePath,
  parseQuery,
  type StaffClaims,
  sourceIp,
  toResult,
} from '../src/index.js';
import {
  apiEvent,
  bodyOf,
  captureLogs,
  jsonEvent,
  lambdaContext,
  restApiEvent,
} from './support/events.js';
import { ID_NUMBER, MOBILE } from './support/fixtures.js';

const Note = z.strictObject({
  receiptNo: z.string().regex(/^\d{4}-\d{4}$/),
  note: z.string().min(1).max(200),
  phone: z.string().optional(),
});

const closed = new IllegalTransitionError({
  code: 'closed',
  zh: '申请已办结，只能记录行政复议或行政诉讼（第五十一条）。',
  en: 'The request is closed (decided): only reconsideration and litigation can be recorded (Art. 51).',
  eventType: 'extended',
  state: 'decided',
});

/** Like the store's: an error that carries its own answer. */
class VersionConflictError extends Error {
  readonly status = 409;
  readonly code = 'version-conflict';
  readonly zh = '该记录已被他人修改，请刷新后重试';
  readonly en = 'Someone else changed this record; reload it and try again';
  constructor() {
    super('version 3 expected');
    this.name = 'VersionConflictError';
  }
}

/** A handler the way the apps write them: parse → domain → store → map. */
function sampleApi() {
  const logs = captureLogs('info');
  const handler = httpApi(
    async (event, context) => {
      const body = parseBody(Note, event);
      if (body.note === 'fail') throw new Error('secret details');
      if (body.note === 'closed') throw closed;
      if (body.note === 'stale') throw new VersionConflictError();
      return json(201, { receiptNo: body.receiptNo, requestId: context.requestId });
    },
    { logger: logs.logger },
  );
  return { handler, logs };
}

const VALID = { receiptNo: '2026-0001', note: '已电话联系申请人' };

describe('Function: httpApi', () => {
  it('returns the handler result as JSON with the utf-8 content type', async () => {
    // Prepare
    const { handler } = sampleApi();

    // Act
    const result = await handler(jsonEvent(VALID), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(201);
    expect(result.headers?.['content-type']).toBe(JSON_CONTENT_TYPE);
    expect(bodyOf(result)).toEqual({ receiptNo: '2026-0001', requestId: 'req-123' });
  });

  it('accepts a base64-encoded JSON body', async () => {
    // Prepare
    const { handler } = sampleApi();
    const event = apiEvent({
      body: Buffer.from(JSON.stringify(VALID)).toString('base64'),
      isBase64Encoded: true,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(201);
  });

  it('answers 400 naming each field of a bad body', async () => {
    // Prepare
    const { handler } = sampleApi();

    // Act
    const result = await handler(
      jsonEvent({ receiptNo: 'x', note: '', extra: 1 }),
      lambdaContext(),
    );

    // Assess
    expect(result.statusCode).toBe(400);
    const body = bodyOf(result);
    expect(body).toMatchObject({
      error: 'invalid-request',
      message: '请求内容有误，请按提示修改',
      messageEn: 'The request has errors; see fields',
      requestId: 'req-123',
    });
    expect(body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'receiptNo', code: 'invalidFormat' }),
        expect.objectContaining({ path: 'note', code: 'required', message: '备注：不能为空' }),
        expect.objectContaining({ path: 'extra', code: 'unrecognizedKeys' }),
      ]),
    );
  });

  it('answers 400 when a body route gets no body', async () => {
    // Prepare
    const { handler } = sampleApi();

    // Act
    const result = await handler(apiEvent(), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).fields).toEqual([
      {
        path: '',
        code: 'required',
        message: '请求内容不能为空',
        messageEn: 'The request body is required',
      },
    ]);
  });

  it.each([
    ['truncated JSON', '{"receiptNo":'],
    ['plain text', 'hello'],
    ['whitespace', '   '],
    ['a __proto__ key', '{"__proto__":{"admin":true}}'],
  ])('answers 400 invalid-json for %s', async (_label, body) => {
    // Prepare
    const { handler } = sampleApi();
    const event = apiEvent({ body, headers: { 'content-type': 'application/json' } });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({
      error: 'invalid-json',
      message: '请求内容不是有效的JSON',
    });
  });

  it('answers 413 for a body over 64 KiB', async () => {
    // Prepare
    const { handler } = sampleApi();
    const event = jsonEvent({ ...VALID, note: 'x'.repeat(64 * 1024) });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(413);
    expect(bodyOf(result)).toMatchObject({
      error: 'payload-too-large',
      message: '请求内容过大，不能超过64KB',
    });
  });

  it('counts bytes, not characters, against the limit', async () => {
    // Prepare: 30,000 CJK characters are 90,000 bytes of UTF-8.
    const { handler } = sampleApi();
    const event = jsonEvent({ ...VALID, note: '申'.repeat(30_000) });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(413);
  });

  it('honours a route limit smaller than the default', async () => {
    // Prepare
    const logs = captureLogs();
    const handler = httpApi(async () => json(200, {}), { logger: logs.logger, maxBodyBytes: 10 });

    // Act
    const result = await handler(jsonEvent(VALID), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(413);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['no content type', {}],
  ])('answers 415 for a body sent as %s', async (_label, headers) => {
    // Prepare
    const { handler } = sampleApi();
    const event = apiEvent({ body: JSON.stringify(VALID), headers });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).error).toBe('unsupported-media-type');
  });

  it('reads headers whatever their case', async () => {
    // Prepare
    const { handler } = sampleApi();
    const event = apiEvent({
      body: JSON.stringify(VALID),
      headers: { 'CONTENT-TYPE': 'Application/JSON' },
    });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(201);
  });

  it('answers 500 without the internal message and logs the error', async () => {
    // Prepare
    const { handler, logs } = sampleApi();

    // Act
    const result = await handler(jsonEvent({ ...VALID, note: 'fail' }), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secret details');
    expect(bodyOf(result)).toEqual({
      error: 'internal',
      message: '服务器内部错误，请稍后再试',
      messageEn: 'Internal server error; please try again later',
      requestId: 'req-123',
    });
    const failure = logs.entries().find((entry) => entry.message === 'request failed');
    expect(failure).toMatchObject({ level: 'ERROR', requestId: 'req-123', status: 500 });
    expect(JSON.stringify(failure)).toContain('secret details');
  });

  it('answers 422 with the Chinese reason of an IllegalTransitionError', async () => {
    // Prepare
    const { handler } = sampleApi();

    // Act
    const result = await handler(jsonEvent({ ...VALID, note: 'closed' }), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toEqual({
      error: 'closed',
      message: closed.zh,
      messageEn: closed.en,
      requestId: 'req-123',
    });
  });

  it("answers 409 for an error that carries it, like the store's VersionConflictError", async () => {
    // Prepare
    const { handler } = sampleApi();

    // Act
    const result = await handler(jsonEvent({ ...VALID, note: 'stale' }), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).error).toBe('version-conflict');
  });

  it('logs a rejected request at info with its code and field paths but not its body', async () => {
    // Prepare
    const { handler, logs } = sampleApi();
    const event = jsonEvent({ receiptNo: 'bad', note: `身份证${ID_NUMBER}`, phone: MOBILE, x: 1 });

    // Act
    await handler(event, lambdaContext());

    // Assess
    const rejected = logs.entries().find((entry) => entry.message === 'request rejected');
    expect(rejected).toMatchObject({
      level: 'INFO',
      status: 400,
      errorCode: 'invalid-request',
      fieldPaths: ['receiptNo', 'x'],
    });
    const text = logs.lines.join('\n');
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain('身份证');
  });

  it('logs one completed line per request with status and duration', async () => {
    // Prepare
    const { handler, logs } = sampleApi();

    // Act
    await handler(jsonEvent(VALID), lambdaContext());

    // Assess
    const completed = logs.entries().filter((entry) => entry.message === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      status: 201,
      requestId: 'req-123',
      method: 'POST',
      route: 'POST /api/requests',
      durationMs: expect.any(Number),
    });
  });

  it("handles a REST API's event as the district stacks send it: base64 JSON, header case, method and route logged", async () => {
    // Prepare
    const { handler, logs } = sampleApi();
    const event = restApiEvent({
      body: Buffer.from(JSON.stringify(VALID)).toString('base64'),
      isBase64Encoded: true,
      headers: { 'Content-Type': 'application/json' },
    });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(201);
    const completed = logs.entries().find((entry) => entry.message === 'request completed');
    expect(completed).toMatchObject({
      requestId: 'rest-req-1',
      method: 'POST',
      route: 'POST /api/requests',
    });
  });

  it('puts the cold start, function name and both request ids on every line of a request', async () => {
    // Prepare: Lambda says how this execution environment started.
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    const { handler, logs } = sampleApi();

    // Act
    await handler(jsonEvent(VALID), lambdaContext());
    const first = logs.entries();
    await handler(jsonEvent({ ...VALID, note: 'fail' }, { requestId: 'req-456' }), {
      ...lambdaContext(),
      awsRequestId: 'aws-req-2',
    });
    const second = logs.entries().slice(first.length);
    vi.unstubAllEnvs();

    // Assess
    expect(first.length).toBeGreaterThan(0);
    for (const entry of first) {
      expect(entry).toMatchObject({
        cold_start: true,
        function_name: 'intake-submit',
        function_request_id: 'aws-req-1',
        requestId: 'req-123',
      });
    }
    expect(second.map((entry) => entry.message)).toEqual(['request failed', 'request completed']);
    for (const entry of second) {
      expect(entry).toMatchObject({
        cold_start: false,
        function_name: 'intake-submit',
        function_request_id: 'aws-req-2',
        requestId: 'req-456',
      });
    }
  });

  it('serialises a plain object a handler returns as a 200', async () => {
    // Prepare
    const logs = captureLogs();
    const handler = httpApi(
      // A handler outside the types: the serialiser still answers JSON.
      (async () => ({ ok: true })) as unknown as Parameters<typeof httpApi>[0],
      { logger: logs.logger },
    );

    // Act
    const result = await handler(apiEvent({ method: 'GET' }), lambdaContext());

    // Assess
    expect(result).toMatchObject({ statusCode: 200, body: '{"ok":true}' });
  });

  it('answers in English on a route that asks for it', async () => {
    // Prepare
    const logs = captureLogs();
    const handler = httpApi(
      async (event) => json(200, parsePath(z.object({ id: z.string() }), event)),
      {
        logger: logs.logger,
        language: 'en',
      },
    );

    // Act
    const result = await handler(apiEvent({ method: 'GET' }), lambdaContext());

    // Assess
    expect(bodyOf(result)).toMatchObject({
      error: 'invalid-request',
      message: 'The request has errors; see fields',
    });
    expect(bodyOf(result)).not.toHaveProperty('messageEn');
  });
});

describe('Function: httpApi with staff auth', () => {
  const SECRET = 'test-secret-that-is-at-least-32-bytes-long';
  const TOKENS = { secret: SECRET, issuer: 'ogi-test', audience: 'ogi-staff' };
  const verify = createTokenVerifier(TOKENS);
  const HEAD: StaffClaims = { sub: 'staff-9', name: '赵六', role: 'head', district: 'gulou' };

  function staffApi() {
    const logs = captureLogs();
    const handler = httpApi(
      async (_event, { staff }) =>
        json(200, { sub: staff.sub, role: staff.role, district: staff.district }),
      { logger: logs.logger, auth: { verify, roles: ['head', 'office'], district: 'gulou' } },
    );
    return { handler, logs };
  }

  function withToken(token: string): HttpEvent {
    return apiEvent({ method: 'GET', headers: { Authorization: `Bearer ${token}` } });
  }

  it('passes the claims of a good token to the handler', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken(HEAD, TOKENS);

    // Act
    const result = await handler(withToken(token), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ sub: 'staff-9', role: 'head', district: 'gulou' });
  });

  it('answers 401 with a Bearer challenge without a token', async () => {
    // Prepare
    const { handler } = staffApi();

    // Act
    const result = await handler(apiEvent({ method: 'GET' }), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(401);
    expect(result.headers?.['www-authenticate']).toBe('Bearer');
    expect(bodyOf(result)).toMatchObject({
      error: 'unauthorized',
      message: '未登录或登录已失效，请重新登录',
    });
  });

  it('answers 401 for a token with a bad signature', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken(HEAD, {
      ...TOKENS,
      secret: 'some-other-secret-of-at-least-32-bytes',
    });

    // Act
    const result = await handler(withToken(token), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('answers 401 for an expired token', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken(HEAD, {
      ...TOKENS,
      expiresIn: '1h',
      now: new Date(Date.now() - 2 * 3600_000),
    });

    // Act
    const result = await handler(withToken(token), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('answers 401 for a token sent without the Bearer scheme', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken(HEAD, TOKENS);
    const event = apiEvent({ method: 'GET', headers: { authorization: token } });

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('answers 403 for a role the route does not allow', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken({ ...HEAD, role: 'clerk' }, TOKENS);

    // Act
    const result = await handler(withToken(token), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ error: 'forbidden', message: '当前岗位无权进行此操作' });
  });

  it('answers 403 for staff of another district', async () => {
    // Prepare
    const { handler } = staffApi();
    const token = await issueStaffToken({ ...HEAD, district: 'taijiang' }, TOKENS);

    // Act
    const result = await handler(withToken(token), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(403);
  });

  it('answers 401 when a custom verifier throws something other than an HttpError', async () => {
    // Prepare
    const logs = captureLogs();
    const handler = httpApi(async () => json(200, {}), {
      logger: logs.logger,
      auth: {
        verify: async () => {
          throw new Error('JWKS says no');
        },
      },
    });

    // Act
    const result = await handler(withToken('x'), lambdaContext());

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('never logs the token or the staff name', async () => {
    // Prepare
    const { handler, logs } = staffApi();
    const token = await issueStaffToken(HEAD, TOKENS);

    // Act
    await handler(withToken(token), lambdaContext());

    // Assess
    const text = logs.lines.join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain('赵六');
    expect(text).toContain('staff-9');
  });
});

describe('Function: parseQuery', () => {
  it('returns the parsed query', () => {
    // Prepare
    const event = apiEvent({ method: 'GET', queryStringParameters: { year: '2025' } });

    // Act
    const query = parseQuery(z.object({ year: z.coerce.number().int() }), event);

    // Assess
    expect(query).toEqual({ year: 2025 });
  });

  it('throws 400 naming the parameter at fault', () => {
    // Prepare
    const event = apiEvent({ method: 'GET', queryStringParameters: { year: 'next' } });

    // Act
    const act = () => parseQuery(z.object({ year: z.coerce.number().int() }), event);

    // Assess
    expect(act).toThrow(
      expect.objectContaining({ status: 400, fields: [expect.objectContaining({ path: 'year' })] }),
    );
  });
});

describe('Function: parsePath', () => {
  it('throws 400 when a path parameter is missing', () => {
    // Prepare
    const event = apiEvent({ method: 'GET' });

    // Act
    const act = () => parsePath(z.object({ receiptNo: z.string() }), event);

    // Assess
    expect(act).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('Function: json', () => {
  it('returns a structured result with a JSON body and lower-cased headers', () => {
    // Act
    const result = json(201, { a: 1 }, { Location: '/api/requests/2026-0001' });

    // Assess
    expect(result).toEqual({
      statusCode: 201,
      headers: {
        'content-type': JSON_CONTENT_TYPE,
        'cache-control': 'no-store',
        location: '/api/requests/2026-0001',
      },
      body: '{"a":1}',
    });
  });

  it('returns no body and no content type for an undefined body', () => {
    // Act
    const result = json(204);

    // Assess
    expect(result).toEqual({ statusCode: 204, headers: { 'cache-control': 'no-store' } });
  });
});

describe('Function: binary', () => {
  it('returns the bytes base64-encoded, flagged for API Gateway, with lower-cased headers', () => {
    // Act
    const result = binary(200, new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
      'Content-Type': 'application/zip',
    });

    // Assess
    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/zip', 'cache-control': 'no-store' },
      body: 'UEsDBA==',
      isBase64Encoded: true,
    });
  });
});

describe('Function: toResult', () => {
  it.each([
    ['undefined', undefined, 204, undefined],
    ['a plain object', { a: 1 }, 200, '{"a":1}'],
    ['an array', [1, 2], 200, '[1,2]'],
    [
      'a structured result with an object body',
      { statusCode: 202, body: { a: 1 } },
      202,
      '{"a":1}',
    ],
    ['a structured result with a string body', { statusCode: 200, body: 'ok' }, 200, 'ok'],
  ])('serialises %s', (_label, value, status, body) => {
    // Act
    const result = toResult(value);

    // Assess
    expect(result.statusCode).toBe(status);
    expect(result.body).toBe(body);
  });
});

describe('Function: sourceIp', () => {
  it("returns API Gateway's source IP", () => {
    // Act & Assess
    expect(sourceIp(apiEvent({ sourceIp: '198.51.100.1' }))).toBe('198.51.100.1');
  });

  it("returns a REST API's source IP, which payload 1.0 gives in requestContext.identity", () => {
    // Prepare
    const { requestContext, ...rest } = apiEvent();
    const restApiEvent = {
      ...rest,
      requestContext: {
        requestId: requestContext.requestId,
        identity: { sourceIp: '198.51.100.2' },
      },
    } as unknown as Parameters<typeof sourceIp>[0];

    // Act & Assess
    expect(sourceIp(restApiEvent)).toBe('198.51.100.2');
  });
});

describe('Function: header', () => {
  it('finds a header whatever its case', () => {
    // Prepare
    const event = apiEvent({ headers: { 'Idempotency-Key': 'k-1' } });

    // Act & Assess
    expect(header(event, 'idempotency-key')).toBe('k-1');
    expect(header(event, 'IDEMPOTENCY-KEY')).toBe('k-1');
    expect(header(event, 'x-missing')).toBeUndefined();
  });
});
