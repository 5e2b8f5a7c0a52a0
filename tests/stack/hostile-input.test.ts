import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  CLOCK_DATE_SPAN,
  CONSULTED_PARTIES,
  FEE_SCALES,
  IsoDate,
  OUTCOME_CODES,
  StoredStatus,
  Submission,
} from '@ogi/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, type ErrorAnswer, hasChinese } from './support/api.js';
import { startTestStack, type TestStack, tableSnapshot, today } from './support/stack.js';
import {
  INJECTIONS,
  injectionArb,
  longTextArb,
  SUBMISSION_MUTATIONS,
  validSubmission,
  validSubmissionArb,
  withField,
  wrongTypeArb,
} from './support/submissions.js';

/** At least this many hostile requests, across all categories. */
const MIN_REQUESTS = 1000;
const STATUSES: readonly string[] = StoredStatus.options;

interface Target {
  receiptNo: string;
  queryCode: string;
  id: string;
}

describe('Hostile input: malformed and hostile requests to the public and staff routes', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  let target: Target;
  let before: Awaited<ReturnType<typeof tableSnapshot>>;
  const day = today();
  let sent = 0;

  /**
   * Every hostile request must end in a 4xx with the error body contract:
   * `error` and `message` (Chinese on public routes), JSON, never a 5xx.
   */
  const expectRefused = (
    response: ApiResponse<unknown>,
    options: { publicRoute: boolean; status?: number | readonly number[]; label?: string },
  ): ErrorAnswer => {
    sent += 1;
    const label = `${options.label ?? ''} → ${response.status} ${response.text.slice(0, 300)}`;
    expect(response.status, label).toBeGreaterThanOrEqual(400);
    expect(response.status, label).toBeLessThan(500);
    if (typeof options.status === 'number') expect(response.status, label).toBe(options.status);
    if (Array.isArray(options.status)) expect(options.status, label).toContain(response.status);
    expect(response.headers.get('content-type'), label).toMatch(/^application\/json/);
    const body = response.body as ErrorAnswer;
    expect(typeof body.error, label).toBe('string');
    expect(typeof body.message, label).toBe('string');
    if (options.publicRoute) expect(hasChinese(body.message), label).toBe(true);
    return body;
  };

  /** The paths the error names: the field itself or, for lists and objects, a field inside it. */
  const expectFieldNamed = (body: ErrorAnswer, path: string, nested = false) => {
    const paths = (body.fields ?? []).map((field) => field.path);
    const named = paths.some((given) => given === path || (nested && given.startsWith(`${path}.`)));
    expect(named, `expected ${path} among ${JSON.stringify(paths)}`).toBe(true);
  };

  /** Public routes that take a JSON body, with the real receipt number of the target. */
  const publicBodyRoutes = () => [
    '/api/requests',
    `/api/requests/${target.receiptNo}/correction`,
    `/api/requests/${target.receiptNo}/withdrawal`,
    `/api/requests/${target.receiptNo}/attachments`,
    `/api/requests/${target.receiptNo}/attachments/abcdefgh12345678`,
  ];
  /** Staff routes that take a JSON body, against the real target. */
  const staffBodyRoutes = () => [
    { method: 'POST', path: '/api/staff/requests' },
    { method: 'POST', path: `/api/staff/requests/${target.id}/commands` },
    { method: 'PUT', path: `/api/staff/requests/${target.id}/assignee` },
    { method: 'POST', path: `/api/staff/requests/${target.id}/letters/preview` },
    { method: 'POST', path: `/api/staff/requests/${target.id}/letters/L1v1/versions` },
  ];

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-hostile', '陈经办');
    head = await env.api.login('head', 'head-hostile', '褚负责');
    const { receiptNo, queryCode } = await env.api.submit(
      validSubmission('攻击测试：本镇财政预算'),
    );
    target = { receiptNo, queryCode, id: await env.api.idOf(receiptNo, clerk) };
    before = await tableSnapshot(env.stack);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('refuses a valid submission with one field replaced by a wrong type, an out-of-range value, a huge string or an injection, naming that field', async () => {
    // Prepare
    const cases = validSubmissionArb.chain((valid) => {
      const applicable = SUBMISSION_MUTATIONS.filter(
        (mutation) => mutation.kind === undefined || mutation.kind === valid.applicant.kind,
      );
      return fc
        .constantFrom(...applicable)
        .chain((mutation) => mutation.values.map((value) => ({ valid, mutation, value })));
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ valid, mutation, value }) => {
        const mutated = withField(valid, mutation.path, value);
        expect(Submission.safeParse(valid).success).toBe(true);
        if (mutation.path !== 'channel') {
          // The generator's own check: the shared schema refuses it too (the handler refuses channels other than online).
          expect(Submission.safeParse(mutated).success, 'the generator made a valid body').toBe(
            false,
          );
        }
        // Act
        const response = await env.api.post('/api/requests', { json: mutated });
        // Assess
        const body = expectRefused(response, {
          publicRoute: true,
          status: 400,
          label: mutation.path,
        });
        expectFieldNamed(body, mutation.path, mutation.nested);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a submission that names its attachments (another request\u2019s files, paths up the tree), storing nothing', async () => {
    // Prepare: files come only through presign and confirm, under keys the server picks.
    const attempts = [
      [{ key: `requests/${target.id}/abcdefgh12345678`, fileName: 'id.pdf' }],
      [{ key: '../../verified/x', fileName: 'id.pdf', contentType: 'application/pdf', size: 1 }],
      [],
      'requests/',
    ];
    const before = await tableSnapshot(env.stack);
    for (const attachments of attempts) {
      // Act
      const response = await env.api.post('/api/requests', {
        json: { ...validSubmission('附件攻击：冒用他人的附件'), attachments },
      });
      // Assess
      const body = expectRefused(response, { publicRoute: true, status: 400 });
      expect(body.fields).toEqual([expect.objectContaining({ path: 'attachments' })]);
      expect(hasChinese(body.fields?.[0]?.message ?? '')).toBe(true);
    }
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('refuses unknown keys anywhere in a submission, naming the key', async () => {
    // Prepare
    const cases = fc.record({
      valid: validSubmissionArb,
      where: fc.constantFrom('', 'applicant.', 'information.'),
      key: fc.constantFrom(
        '$where',
        'isAdmin',
        'role',
        'status',
        'receiptNo',
        'queryCodeHash',
        'version',
        'id',
        'pk',
      ),
      value: fc.oneof(injectionArb, wrongTypeArb),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ valid, where, key, value }) => {
        // Act
        const response = await env.api.post('/api/requests', {
          json: withField(valid, `${where}${key}`, value),
        });
        // Assess
        const body = expectRefused(response, { publicRoute: true, status: 400 });
        expectFieldNamed(body, `${where}${key}`);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses arbitrary values (fc.anything) as the body of every public and staff route', async () => {
    // Prepare
    const routes = [
      ...publicBodyRoutes().map((path) => ({ method: 'POST', path, token: undefined })),
      ...staffBodyRoutes().map((route) => ({ ...route, token: clerk })),
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.anything(), async (route, value) => {
        const raw = JSON.stringify(value);
        // Act
        const response = await env.api.send(route.method, route.path, {
          ...(raw === undefined ? {} : { raw }),
          headers: { 'content-type': 'application/json' },
          ...(route.token ? { token: route.token } : {}),
        });
        // Assess
        expectRefused(response, { publicRoute: route.token === undefined, label: route.path });
      }),
      { numRuns: 250 },
    );
  });

  it('refuses prototype-pollution keys (__proto__, constructor.prototype) and leaves Object.prototype alone', async () => {
    // Prepare
    const valid = JSON.stringify(validSubmission());
    const bodies = [
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"__proto__":[],"a":1}',
      `{"__proto__":{"polluted":"yes"},${valid.slice(1)}`,
      valid.replace('"applicant":{', '"applicant":{"__proto__":{"polluted":"yes"},'),
      valid.replace(
        '"information":{',
        '"information":{"constructor":{"prototype":{"polluted":"yes"}},',
      ),
      valid.replace(
        '"applicant":{',
        '"applicant":{"constructor":{"prototype":{"polluted":"yes"}},',
      ),
      '{"expectedVersion":1,"event":{"type":"withdrawn","on":"2026-01-01","__proto__":{"polluted":"yes"}}}',
      '[{"__proto__":{"polluted":"yes"}}]',
    ];
    const routes = [
      ...publicBodyRoutes().map((path) => ({ method: 'POST', path, token: undefined })),
      ...staffBodyRoutes().map((route) => ({ ...route, token: head })),
    ];
    for (const route of routes) {
      for (const raw of bodies) {
        // Act
        const response = await env.api.send(route.method, route.path, {
          raw,
          headers: { 'content-type': 'application/json' },
          ...(route.token ? { token: route.token } : {}),
        });
        // Assess
        expectRefused(response, {
          publicRoute: route.token === undefined,
          status: 400,
          label: `${route.path} ${raw.slice(0, 60)}`,
        });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('refuses hostile path parameters (../../etc, %00, bad encodings, huge ids) on every route that takes one', async () => {
    // Prepare
    const segments = [
      '..',
      '../../etc',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f%2e%2e%2fetc',
      '%00',
      `${target.receiptNo}%00`,
      `${target.receiptNo}%0A`,
      `${target.receiptNo}%20OR%201=1`,
      '%E0%A4%A',
      '%',
      '%C0%AF',
      `${target.receiptNo};DROP`,
      'x'.repeat(3000),
      '2026-0000011234567890',
      '0000-000000',
      '%7B%22%24gt%22%3A%22%22%7D',
      encodeURIComponent("' OR '1'='1"),
    ];
    const wrong = { code: 'ABCDEFGHJK' };
    const routes = (segment: string) => [
      { method: 'GET', path: `/api/requests/${segment}?code=${target.queryCode}` },
      {
        method: 'POST',
        path: `/api/requests/${segment}/correction`,
        json: { ...wrong, description: '补正' },
      },
      { method: 'POST', path: `/api/requests/${segment}/withdrawal`, json: wrong },
      {
        method: 'POST',
        path: `/api/requests/${segment}/attachments`,
        json: {
          ...wrong,
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          size: 10,
          purpose: 'other',
        },
      },
      {
        method: 'POST',
        path: `/api/requests/${target.receiptNo}/attachments/${segment}`,
        json: wrong,
      },
      { method: 'GET', path: `/api/staff/requests/${segment}`, token: clerk },
      {
        method: 'POST',
        path: `/api/staff/requests/${segment}/commands`,
        json: { expectedVersion: 1, event: { type: 'withdrawn', on: day } },
        token: clerk,
      },
      {
        method: 'PUT',
        path: `/api/staff/requests/${segment}/assignee`,
        json: { expectedVersion: 1, assignee: 'x' },
        token: clerk,
      },
      { method: 'GET', path: `/api/requests/${segment}/letters/L1v1?code=${target.queryCode}` },
      // A last segment of `..` names the request itself, which a valid code or token may read:
      // the letter id is probed behind a wrong code here, and with real ones in letters.test.ts.
      {
        method: 'GET',
        path: `/api/requests/${target.receiptNo}/letters/${segment}?code=${wrong.code}`,
      },
      { method: 'GET', path: `/api/staff/requests/${segment}/letters`, token: clerk },
      {
        method: 'POST',
        path: `/api/staff/requests/${segment}/letters/preview`,
        json: { expectedVersion: 1, event: { type: 'withdrawn', on: day } },
        token: clerk,
      },
      {
        method: 'POST',
        path: `/api/staff/requests/${target.id}/letters/${segment}/versions`,
        json: { expectedVersion: 1, letter: {}, correction: '更正' },
        token: clerk,
      },
    ];
    for (const segment of segments) {
      for (const route of routes(segment)) {
        // Act
        const response = await env.api.sendRawPath(route.method, route.path, {
          headers: {
            ...(route.json ? { 'content-type': 'application/json' } : {}),
            ...(route.token ? { authorization: `Bearer ${route.token}` } : {}),
          },
          ...(route.json ? { body: JSON.stringify(route.json) } : {}),
        });
        // Assess
        expectRefused(response, {
          publicRoute: !route.token,
          label: `${route.method} ${route.path.slice(0, 80)}`,
        });
      }
    }
  });

  it('refuses bad query codes: missing, malformed, injected, repeated and merely wrong', async () => {
    // Prepare
    const base32 = fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
      minLength: 10,
      maxLength: 20,
    });
    const codes = fc.oneof(
      injectionArb,
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 40 }),
      base32,
    );
    await fc.assert(
      fc.asyncProperty(codes, fc.boolean(), async (code, inBody) => {
        // Act
        const response = inBody
          ? await env.api.post(`/api/requests/${target.receiptNo}/correction`, {
              json: { code, description: '补正内容' },
            })
          : await env.api.get(`/api/requests/${target.receiptNo}?code=${encodeURIComponent(code)}`);
        // Assess
        expectRefused(response, { publicRoute: true, status: [400, 404], label: code });
      }),
      { numRuns: 150 },
    );
    for (const query of [
      '',
      '?code=',
      `?code=${target.queryCode}&code=${target.queryCode}`,
      '?kode=ABCDEFGHJK',
    ]) {
      expectRefused(await env.api.get(`/api/requests/${target.receiptNo}${query}`), {
        publicRoute: true,
        status: 400,
        label: query,
      });
    }
  });

  it('refuses bodies that are not JSON, with or without a JSON content type', async () => {
    // Prepare
    const notJson = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(
        '<?xml version="1.0"?><request/>',
        'applicant[name]=x&applicant[idNumber]=1',
        '{"unterminated": ',
        "{'single': 'quotes'}",
        '{"trailing": 1,}',
        'NaN',
        'undefined',
        `\uFEFF${JSON.stringify(validSubmission())}`,
        JSON.stringify(validSubmission()).replace(/"/g, "'"),
      ),
    );
    const routes = ['/api/requests', `/api/requests/${target.receiptNo}/correction`];
    await fc.assert(
      fc.asyncProperty(notJson, fc.constantFrom(...routes), async (raw, path) => {
        // Act
        const response = await env.api.post(path, {
          raw,
          headers: { 'content-type': 'application/json' },
        });
        // Assess
        expectRefused(response, { publicRoute: true, status: 400, label: raw.slice(0, 60) });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a valid body sent with a content type other than JSON with 415', async () => {
    // Prepare
    const types = [
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'text/html',
      'application/json-seq',
      'application/jsonx',
      'application/javascript',
      'image/png',
    ];
    const routes = [
      { path: '/api/requests', json: validSubmission() },
      {
        path: `/api/requests/${target.receiptNo}/correction`,
        json: { code: target.queryCode, description: '补正' },
      },
      {
        path: `/api/staff/requests/${target.id}/commands`,
        json: {
          expectedVersion: 1,
          event: { type: 'received', on: day, channel: 'online', confirmedBy: 'phone' },
        },
        token: clerk,
      },
    ];
    for (const route of routes) {
      for (const type of [...types, undefined]) {
        // Act
        const raw = JSON.stringify(route.json);
        const response = await env.api.post(route.path, {
          // Raw bytes: fetch adds no content type of its own.
          raw: type === undefined ? new TextEncoder().encode(raw) : raw,
          headers: type === undefined ? {} : { 'content-type': type },
          ...(route.token ? { token: route.token } : {}),
        });
        // Assess
        expectRefused(response, {
          publicRoute: !route.token,
          status: 415,
          label: `${route.path} ${type}`,
        });
      }
    }
  });

  it('refuses bodies over 64 KiB with 413 and over 10 MiB at the gateway, but not a body of exactly 64 KiB', async () => {
    // Prepare
    const limit = 64 * 1024;
    const routes = [
      ...publicBodyRoutes().map((path) => ({ method: 'POST', path, token: undefined })),
      ...staffBodyRoutes().map((route) => ({ ...route, token: clerk })),
    ];
    const oversized = [
      JSON.stringify(withField(validSubmission(), 'information.description', 'x'.repeat(70_000))),
      JSON.stringify({ code: target.queryCode, description: '档'.repeat(22_000) }),
      `"${'y'.repeat(limit - 1)}"`,
    ];
    for (const route of routes) {
      for (const raw of oversized) {
        // Act
        const response = await env.api.send(route.method, route.path, {
          raw,
          headers: { 'content-type': 'application/json' },
          ...(route.token ? { token: route.token } : {}),
        });
        // Assess
        const body = expectRefused(response, {
          publicRoute: !route.token,
          status: 413,
          label: `${route.path} ${Buffer.byteLength(raw)} bytes`,
        });
        expect(body.error).toBe('payload-too-large');
      }
    }
    // Act: just over API Gateway's 10 MiB, and exactly 64 KiB
    const huge = await env.api.post('/api/requests', {
      raw: `"${'z'.repeat(10 * 1024 * 1024)}"`,
      headers: { 'content-type': 'application/json' },
    });
    const exact = await env.api.post('/api/requests', {
      raw: `"${'y'.repeat(limit - 2)}"`,
      headers: { 'content-type': 'application/json' },
    });
    // Assess
    expectRefused(huge, { publicRoute: true, status: 413 });
    expectRefused(exact, { publicRoute: true, status: 400 });
  });

  it('refuses deeply nested JSON without crashing', async () => {
    // Prepare
    const nested = fc.record({
      depth: fc.integer({ min: 100, max: 12_000 }),
      shape: fc.constantFrom('array', 'object', 'mixed'),
      place: fc.constantFrom('top', 'applicant', 'event'),
    });
    await fc.assert(
      fc.asyncProperty(nested, async ({ depth, shape, place }) => {
        const open = shape === 'array' ? '[' : shape === 'object' ? '{"a":' : '[{"a":';
        const close = shape === 'array' ? ']' : shape === 'object' ? '}' : '}]';
        const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const raw =
          place === 'top'
            ? deep
            : place === 'applicant'
              ? JSON.stringify(validSubmission()).replace(
                  /"applicant":\{[^}]*\}/,
                  `"applicant":${deep}`,
                )
              : `{"expectedVersion":1,"event":${deep}}`;
        const path =
          place === 'event' ? `/api/staff/requests/${target.id}/commands` : '/api/requests';
        // Act
        const response = await env.api.post(path, {
          raw,
          headers: { 'content-type': 'application/json' },
          ...(place === 'event' ? { token: clerk } : {}),
        });
        // Assess
        expectRefused(response, {
          publicRoute: place !== 'event',
          status: [400, 413],
          label: `${shape} ${depth} ${place}`,
        });
      }),
      { numRuns: 30 },
    );
  });

  it('refuses invalid UTF-8 in the JSON structure and in checked fields, naming the field', async () => {
    // Prepare
    const sequences = [
      [0xff],
      [0xfe, 0xff],
      [0xc3, 0x28],
      [0xe2, 0x28, 0xa1],
      [0xf0, 0x28, 0x8c, 0x28],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0x80],
    ];
    const placements = fc.constantFrom(
      { field: 'applicant.phone', marker: '13912345678' },
      { field: 'applicant.idNumber', marker: '11010519491231002X' },
      { field: 'applicant.postcode', marker: '100020' },
      { field: 'channel', marker: 'online' },
      { field: 'structure', marker: '{' },
      { field: 'structure', marker: '":' },
    );
    await fc.assert(
      fc.asyncProperty(
        placements,
        fc.constantFrom(...sequences),
        fc.boolean(),
        async (placement, bytes, replace) => {
          const text = JSON.stringify(validSubmission());
          const at = text.indexOf(placement.marker) + (replace ? 0 : 1);
          const raw = Buffer.concat([
            Buffer.from(text.slice(0, at)),
            Buffer.from(bytes),
            Buffer.from(text.slice(replace ? at + 1 : at)),
          ]);
          // Act
          const response = await env.api.post('/api/requests', {
            raw: new Uint8Array(raw),
            headers: { 'content-type': 'application/json' },
          });
          // Assess
          const body = expectRefused(response, {
            publicRoute: true,
            status: 400,
            label: placement.field,
          });
          if (placement.field !== 'structure') expectFieldNamed(body, placement.field);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses staff commands with one field broken, naming the field', async () => {
    // Prepare
    const command = {
      expectedVersion: 1,
      event: { type: 'received', on: day, channel: 'online', confirmedBy: 'phone' },
    };
    const mutations = fc.oneof(
      fc.record({
        path: fc.constant('expectedVersion'),
        value: fc.oneof(
          wrongTypeArb.filter((v) => !Number.isSafeInteger(v) || (v as number) < 1),
          fc.constantFrom(0, -1, 1.5, 2 ** 53, '1'),
        ),
      }),
      fc.record({
        path: fc.constant('event'),
        value: fc.oneof(
          injectionArb,
          wrongTypeArb.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
        ),
      }),
      fc.record({
        path: fc.constant('event.type'),
        value: fc.oneof(injectionArb, wrongTypeArb, fc.constant('approve')),
      }),
      fc.record({
        path: fc.constant('event.on'),
        value: fc.oneof(
          injectionArb,
          wrongTypeArb,
          fc.constantFrom('2026-02-30', '2026-13-01', '26-11-26', '2026/11/26', '20261126', ''),
        ),
      }),
      fc.record({
        path: fc.constant('event.channel'),
        value: fc.oneof(injectionArb, wrongTypeArb),
      }),
      fc.record({
        path: fc.constant('event.confirmedBy'),
        value: fc.oneof(injectionArb, wrongTypeArb, fc.constant(undefined)),
      }),
      fc.record({
        path: fc.constant('event.note'),
        value: fc.oneof(wrongTypeArb, longTextArb(2001, 10_000)),
      }),
      fc.record({
        path: fc.constant('event.actor'),
        value: fc.oneof(wrongTypeArb, longTextArb(101, 1000), fc.constant('   ')),
      }),
      fc.record({
        path: fc.constantFrom('isAdmin', 'event.approvedBy', 'event.outcome'),
        value: injectionArb,
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutations, async ({ path, value }) => {
        // Act
        const response = await env.api.post(`/api/staff/requests/${target.id}/commands`, {
          token: clerk,
          json: withField(command, path, value),
        });
        // Assess
        const body = expectRefused(response, { publicRoute: false, status: 400, label: path });
        expectFieldNamed(body, path, path === 'event');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses well-formed steps the lifecycle does not allow before receipt with 422, and stale versions with 409', async () => {
    // Prepare
    const on = fc.constant(day);
    const refused = fc.oneof(
      fc.record({ type: fc.constant('submitted'), on, channel: fc.constant('online') }),
      fc.record({ type: fc.constant('correctionRequested'), on }),
      fc.record({ type: fc.constant('correctionReceived'), on }),
      fc.record({
        type: fc.constant('consultationStarted'),
        on,
        party: fc.constantFrom(...CONSULTED_PARTIES),
      }),
      fc.record({ type: fc.constant('consultationEnded'), on }),
      fc.record({
        type: fc.constant('extended'),
        on,
        workingDays: fc.integer({ min: 1, max: 20 }),
      }),
      fc.record({
        type: fc.constant('feeNoticed'),
        on,
        yuan: fc.integer({ min: 0, max: 10_000 }),
        scale: fc.constantFrom(...FEE_SCALES),
      }),
      fc.record({ type: fc.constant('feePaid'), on }),
      fc.record({
        type: fc.constant('deadlineSet'),
        on,
        dueOn: on,
        reason: fc.constant('申请数量明显超过合理范围'),
      }),
      fc.record({ type: fc.constant('decided'), on, outcome: fc.constantFrom(...OUTCOME_CODES) }),
      fc.record({
        type: fc.constant('deemedWithdrawn'),
        on,
        reason: fc.constantFrom('correction-lapsed', 'fee-unpaid'),
      }),
      fc.record({ type: fc.constant('appealFiled'), on, kind: fc.constantFrom(...APPEAL_KINDS) }),
      fc.record({
        type: fc.constant('appealConcluded'),
        on,
        kind: fc.constantFrom(...APPEAL_KINDS),
        result: fc.constantFrom(...APPEAL_RESULTS),
      }),
      fc
        .record({
          type: fc.constantFrom('received', 'withdrawn'),
          // Before the submission, yet a date the clock takes (earlier ones are 400).
          on: fc.constant(CLOCK_DATE_SPAN.from),
          channel: fc.constant('in-person'),
        })
        .map((event) => (event.type === 'withdrawn' ? { type: event.type, on: event.on } : event)),
    );
    await fc.assert(
      fc.asyncProperty(refused, async (event) => {
        // Act
        const response = await env.api.command(target.id, head, 1, event);
        // Assess
        const body = expectRefused(response, {
          publicRoute: false,
          status: 422,
          label: event.type,
        });
        expect(hasChinese(body.message)).toBe(true);
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 1_000_000 }), async (version) => {
        // Act
        const response = await env.api.command(target.id, clerk, version, {
          type: 'received',
          on: day,
          channel: 'online',
          confirmedBy: 'phone',
        });
        // Assess
        expectRefused(response, { publicRoute: false, status: 409 });
      }),
      { numRuns: 20 },
    );
  });

  it('refuses assignments and staff registrations with one field broken, naming the field', async () => {
    // Prepare
    const assignment = fc.oneof(
      fc.record({
        path: fc.constant('expectedVersion'),
        value: fc.oneof(fc.constantFrom(0, -5, 1.25, '1', null)),
      }),
      fc.record({
        path: fc.constant('assignee'),
        value: fc.oneof(
          fc.constantFrom('', '   ', 1, true, [], { $ne: null }),
          longTextArb(65, 500),
        ),
      }),
      fc.record({ path: fc.constantFrom('role', '$set'), value: injectionArb }),
    );
    await fc.assert(
      fc.asyncProperty(assignment, async ({ path, value }) => {
        // Act
        const response = await env.api.put(`/api/staff/requests/${target.id}/assignee`, {
          token: clerk,
          json: withField({ expectedVersion: 1, assignee: 'clerk-x' }, path, value),
        });
        // Assess
        expectFieldNamed(
          expectRefused(response, { publicRoute: false, status: 400, label: path }),
          path,
        );
      }),
      { numRuns: 40 },
    );
    const registration = validSubmissionArb.chain((valid) =>
      fc
        .constantFrom(
          ...SUBMISSION_MUTATIONS.filter(
            (mutation) =>
              mutation.path !== 'channel' &&
              (mutation.kind === undefined || mutation.kind === valid.applicant.kind),
          ),
        )
        .chain((mutation) => mutation.values.map((value) => ({ valid, mutation, value }))),
    );
    await fc.assert(
      fc.asyncProperty(registration, async ({ valid, mutation, value }) => {
        const mutated = withField(valid, mutation.path, value);
        expect(Submission.safeParse(mutated).success, 'the generator made a valid body').toBe(
          false,
        );
        // Act
        const response = await env.api.post('/api/staff/requests', {
          token: clerk,
          json: {
            submission: mutated,
            received: { on: day, channel: 'in-person' },
          },
        });
        // Assess
        const body = expectRefused(response, {
          publicRoute: false,
          status: 400,
          label: mutation.path,
        });
        expectFieldNamed(body, `submission.${mutation.path}`, mutation.nested);
      }),
      { numRuns: 60 },
    );
    for (const on of ['2999-01-01', '2026-02-30', "' OR 1=1"]) {
      const response = await env.api.post('/api/staff/requests', {
        token: clerk,
        json: { submission: validSubmission(), received: { on, channel: 'in-person' } },
      });
      expectFieldNamed(expectRefused(response, { publicRoute: false, status: 400 }), 'received.on');
    }
  });

  it('refuses hostile staff list queries: bad status, dates, limits and forged cursors', async () => {
    // Prepare
    const b64 = (value: unknown) =>
      Buffer.from(JSON.stringify(value) ?? 'undefined').toString('base64url');
    const forged = fc.oneof(
      fc.record({
        i: fc.constant('open'),
        k: fc.record({
          pk: fc.string(),
          sk: fc.string(),
          openPk: fc.string().filter((s) => s !== 'OPEN'),
          openSk: fc.string(),
        }),
      }),
      fc.record({
        i: fc.constant('byStatus'),
        k: fc.record({
          pk: fc.string(),
          sk: fc.string(),
          statusPk: fc.string().filter((s) => s !== 'STATUS#processing'),
          receiptNo: fc.string(),
        }),
      }),
      fc.record({
        i: fc.constantFrom('open', 'byYear', 'nope'),
        k: fc.dictionary(fc.string(), fc.string()),
      }),
    );
    const queries = fc.oneof(
      fc
        .string()
        .filter((s) => !STATUSES.includes(s))
        .map((s) => `status=${encodeURIComponent(s)}`),
      fc
        .string()
        .filter((s) => !IsoDate.safeParse(s).success)
        .map((s) => `dueBefore=${encodeURIComponent(s)}`),
      fc
        .oneof(
          fc.integer({ max: 0 }),
          fc.integer({ min: 101 }),
          fc.constantFrom('1.5', 'abc', '1; DROP TABLE x', '-0.5', 'Infinity'),
        )
        .map((limit) => `limit=${encodeURIComponent(String(limit))}`),
      fc
        .oneof(injectionArb, fc.string({ minLength: 1, maxLength: 100 }))
        .map((cursor) => `cursor=${encodeURIComponent(cursor)}`),
      fc.anything().map((value) => `cursor=${b64(value)}`),
      forged.map((cursor) => `status=processing&cursor=${b64(cursor)}`),
      forged.map((cursor) => `cursor=${b64(cursor)}`),
      fc.constant(`cursor=${'A'.repeat(2001)}`),
    );
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        // Act
        const response = await env.api.get(`/api/staff/requests?${query}`, { token: clerk });
        // Assess
        expectRefused(response, { publicRoute: false, status: 400, label: query.slice(0, 100) });
      }),
      { numRuns: 120 },
    );
  });

  it('refuses injected Authorization headers with 401', async () => {
    // Prepare
    const printable = INJECTIONS.filter((value) => /^[\x20-\x7e]+$/.test(value));
    const headers = fc.oneof(
      fc.constantFrom(...printable).map((value) => `Bearer ${value}`),
      fc.constantFrom(...printable),
      fc
        .string({
          unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEF0123456789-_.'),
          minLength: 1,
          maxLength: 400,
        })
        .map((value) => `Bearer ${value}`),
    );
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.constantFrom('/api/staff/requests', `/api/staff/requests/${target.id}`),
        async (authorization, path) => {
          // Act
          const response = await env.api.get(path, { headers: { authorization } });
          // Assess
          expectRefused(response, { publicRoute: false, status: 401 });
        },
      ),
      { numRuns: 30 },
    );
  });

  it(`leaves the table exactly as it was after at least ${MIN_REQUESTS} hostile requests`, async () => {
    // Act
    const after = await tableSnapshot(env.stack);
    // Assess
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(after.count).toBe(before.count);
    expect(after).toEqual(before);
    const view = await env.api.caseView(target.id, clerk);
    expect(view.body.record).toMatchObject({ status: 'submitted', version: 1 });
  });
});
