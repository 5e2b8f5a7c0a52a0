import { Submission } from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogger, createTokenVerifier, httpApi, json, parseBody } from '../src/index.js';
import { apiEvent, lambdaContext } from './support/events.js';
import { personSubmission } from './support/fixtures.js';

const logger = createLogger({ service: 'fuzz', level: 'silent' });

/** The intake route's shape: the real Submission schema on an arbitrary body. */
const submit = httpApi(
  async (event) => {
    const submission = parseBody(Submission, event);
    return json(201, { channel: submission.channel });
  },
  { logger },
);

const staffRoute = httpApi(async (_event, { staff }) => json(200, { role: staff.role }), {
  logger,
  auth: {
    verify: createTokenVerifier({
      secret: 'fuzz-secret-that-is-at-least-32-bytes-long',
      issuer: 'ogi',
      audience: 'ogi-staff',
    }),
  },
});

const serialised = fc.anything().map((value) => JSON.stringify(value) ?? String(value));
const nested = fc
  .tuple(fc.integer({ min: 1, max: 40_000 }), fc.constantFrom('[]', '{}', 'ab'))
  .map(([depth, kind]) =>
    kind === '[]'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : kind === '{}'
        ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
        : `${'{"applicant":'.repeat(depth)}null${'}'.repeat(depth)}`,
  );
const huge = fc
  .tuple(fc.integer({ min: 60_000, max: 300_000 }), fc.constantFrom('x', '申', '"'))
  .map(([length, char]) => `{"note":"${char.repeat(length)}"}`);
const corrupted = fc
  .tuple(fc.jsonValue(), fc.constantFrom('applicant', 'information', 'deliveryForm', 'channel'))
  .map(([value, key]) => JSON.stringify({ ...personSubmission(), [key]: value }));

const body = fc.oneof(
  serialised,
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  nested,
  huge,
  corrupted,
  fc.constant(JSON.stringify(personSubmission())),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  undefined,
);

const request = fc.record({
  body: fc.option(body, { nil: undefined }),
  contentType,
  base64: fc.boolean(),
});

function expectErrorShape(raw: string | undefined): void {
  const parsed: unknown = JSON.parse(raw ?? '');
  expect(parsed).toMatchObject({
    error: expect.any(String),
    message: expect.any(String),
    requestId: expect.any(String),
  });
}

describe('Function: httpApi (fuzz)', () => {
  it('never answers 5xx and never throws, whatever the body', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ body: raw, contentType: type, base64 }) => {
        // Prepare
        const event = apiEvent({
          ...(raw === undefined
            ? {}
            : {
                body: base64 ? Buffer.from(raw).toString('base64') : raw,
                isBase64Encoded: base64,
              }),
          headers: type === undefined ? {} : { 'content-type': type },
        });

        // Act
        const result = await submit(event, lambdaContext());

        // Assess
        seen.add(result.statusCode ?? 0);
        expect(result.statusCode).toBeGreaterThanOrEqual(200);
        expect(result.statusCode).toBeLessThan(500);
        if ((result.statusCode ?? 0) >= 400) expectErrorShape(result.body);
      }),
      { numRuns: 2_000 },
    );
    // The bodies reached every stage of the chain, the handler included.
    expect([...seen].sort()).toEqual([201, 400, 413, 415]);
  });

  it('answers 401 for any Authorization header that is not a valid token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((token) => `Bearer ${token}`),
          fc
            .tuple(fc.base64String(), fc.base64String(), fc.base64String())
            .map((parts) => `Bearer ${parts.join('.')}`),
        ),
        async (authorization) => {
          // Prepare
          const event = apiEvent({ method: 'GET', headers: { authorization } });

          // Act
          const result = await staffRoute(event, lambdaContext());

          // Assess
          expect(result.statusCode).toBe(401);
          expectErrorShape(result.body);
        },
      ),
      { numRuns: 500 },
    );
  });
});
