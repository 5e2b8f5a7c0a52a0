import { createError } from '@middy/util';
import { IllegalTransitionError } from '@ogi/domain';
import { MESSAGES } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  badRequest,
  conflict,
  errorBody,
  forbidden,
  HttpError,
  notFound,
  payloadTooLarge,
  toHttpError,
  unauthorized,
  unsupportedMediaType,
} from '../src/index.js';

/**
 * Stand-ins for @ogi/store's errors, which carry their own answer: this
 * package maps any error of that shape without knowing its class.
 */
class AnsweringError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly extra: { expose?: boolean; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
  get expose() {
    return this.extra.expose;
  }
  get headers() {
    return this.extra.headers;
  }
}
const versionConflict = () =>
  new AnsweringError(
    'REQ#2026-0001 version 3 expected, found 4',
    409,
    'version-conflict',
    '该记录已被他人修改，请刷新后重试',
    'Someone else changed this record; reload it and try again',
  );
const notFoundInStore = () =>
  new AnsweringError(
    'REQ#2026-0001 not found in table Requests-gulou',
    404,
    'not-found',
    '该申请不存在',
    'The request was not found',
  );
const busy = () =>
  new AnsweringError('counter contended', 503, 'busy', '系统繁忙', 'busy', {
    expose: true,
    headers: { 'retry-after': '1' },
  });
const corrupt = () =>
  new AnsweringError(
    'a stored request record (REQ#x/META) does not have the expected shape',
    500,
    'internal',
    '服务器内部错误',
    'internal',
  );

const closed = new IllegalTransitionError({
  code: 'closed',
  zh: '申请已办结，只能记录行政复议或行政诉讼（第五十一条）。',
  en: 'The request is closed (decided): only reconsideration and litigation can be recorded (Art. 51).',
  eventType: 'extended',
  state: 'decided',
});

function zodError(): z.ZodError {
  const result = z.strictObject({ phone: z.string() }).safeParse({ phone: 1 });
  if (result.success) throw new Error('expected a zod error');
  return result.error;
}

const parseFailure = createError(422, 'Invalid or malformed JSON was provided', {
  cause: { package: '@middy/http-json-body-parser', data: '{"a":' },
});
const forbiddenKey = createError(422, 'Forbidden key in JSON body', {
  cause: { package: '@middy/http-json-body-parser', data: '__proto__' },
});

describe('Function: toHttpError', () => {
  it.each([
    ['an HttpError', notFound({ zh: '申请', en: 'The request' }), 404, 'not-found'],
    ['a zod error (ours: requests are parsed by the helpers)', zodError(), 500, 'internal'],
    ['an IllegalTransitionError', closed, 422, 'closed'],
    ['an error carrying a 409', versionConflict(), 409, 'version-conflict'],
    ['an error carrying a 404', notFoundInStore(), 404, 'not-found'],
    ['an error carrying a 500', corrupt(), 500, 'internal'],
    ["middy's malformed JSON error", parseFailure, 400, 'invalid-json'],
    ["middy's forbidden JSON key error", forbiddenKey, 400, 'invalid-json'],
    ["middy's 415", createError(415, 'Unsupported Media Type'), 415, 'unsupported-media-type'],
    ["middy's 500", createError(500, 'db down'), 500, 'internal'],
    ['a plain Error', new Error('secret details'), 500, 'internal'],
    [
      'a TypeError',
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      500,
      'internal',
    ],
    ['a thrown string', 'boom', 500, 'internal'],
    ['a thrown null', null, 500, 'internal'],
    ['a thrown undefined', undefined, 500, 'internal'],
    ['an object with a name only', { name: 'Whatever' }, 500, 'internal'],
  ])('maps %s to %i %s', (_label, error, status, code) => {
    // Act
    const mapped = toHttpError(error);

    // Assess
    expect(mapped).toBeInstanceOf(HttpError);
    expect(mapped.status).toBe(status);
    expect(mapped.statusCode).toBe(status);
    expect(mapped.code).toBe(code);
    expect(mapped.expose).toBe(status < 500);
  });

  it('exposes a 503 that says so, with its retry-after header', () => {
    // Act
    const mapped = toHttpError(busy());
    const body = errorBody(mapped, 'req-9');

    // Assess
    expect(mapped).toMatchObject({ status: 503, code: 'busy', expose: true });
    expect(mapped.headers).toEqual({ 'retry-after': '1' });
    expect(body).toMatchObject({ error: 'busy', message: '系统繁忙' });
  });

  it('answers a letter that lacks a detail with 422 naming each field in both languages', () => {
    // Prepare: the shape of LetterFieldError (@ogi/letters), which this package never imports.
    const refused = Object.assign(new Error('the letter cannot be drafted: letter.reasons'), {
      name: 'LetterFieldError',
      fields: [
        {
          path: ['letter', 'reasons'],
          message: { zh: '不予公开的理由：不能为空', en: 'the reasons are required' },
        },
        { path: ['event', 'items', 0], message: { zh: '补正事项：不能为空', en: 'is required' } },
      ],
    });

    // Act
    const mapped = toHttpError(refused);
    const body = errorBody(mapped, 'req-7');

    // Assess
    expect(mapped).toMatchObject({ status: 422, code: 'letter-fields', expose: true });
    expect(body.fields).toEqual([
      {
        path: 'letter.reasons',
        code: 'invalid',
        message: '不予公开的理由：不能为空',
        messageEn: 'the reasons are required',
      },
      {
        path: 'event.items.0',
        code: 'invalid',
        message: '补正事项：不能为空',
        messageEn: 'is required',
      },
    ]);
  });

  it('keeps a 500 for an error whose fields are not field problems', () => {
    // Act
    const mapped = toHttpError(Object.assign(new Error('odd'), { fields: ['letter.reasons'] }));

    // Assess
    expect(mapped).toMatchObject({ status: 500, code: 'internal' });
  });

  it('returns the same HttpError it is given', () => {
    // Prepare
    const error = forbidden();

    // Act
    const mapped = toHttpError(error);

    // Assess
    expect(mapped).toBe(error);
  });

  it('keeps the code and both messages of an IllegalTransitionError', () => {
    // Act
    const mapped = toHttpError(closed);

    // Assess
    expect(mapped).toMatchObject({ status: 422, code: 'closed', zh: closed.zh, en: closed.en });
  });

  it('maps a malformed JSON body to the Chinese message', () => {
    // Act
    const mapped = toHttpError(parseFailure);

    // Assess
    expect(mapped.zh).toBe('请求内容不是有效的JSON');
  });

  it.each([
    ['an error carrying a 409', versionConflict()],
    ['an error carrying a 404', notFoundInStore()],
    ['an error carrying a 500', corrupt()],
    ['a plain Error', new Error('secret details')],
  ])('never carries the internal message of %s', (_label, error) => {
    // Act
    const mapped = toHttpError(error);

    // Assess
    expect(mapped.zh).not.toContain(error.message);
    expect(mapped.en).not.toContain(error.message);
  });
});

describe('Function: errorBody', () => {
  it('answers in Chinese first with English alongside', () => {
    // Prepare
    const error = badRequest([{ path: 'applicant.phone', code: 'phone', ...MESSAGES.phone }]);

    // Act
    const body = errorBody(error, 'req-1');

    // Assess
    expect(body).toEqual({
      error: 'invalid-request',
      message: '请求内容有误，请按提示修改',
      messageEn: 'The request has errors; see fields',
      fields: [
        {
          path: 'applicant.phone',
          code: 'phone',
          message: MESSAGES.phone.zh,
          messageEn: MESSAGES.phone.en,
        },
      ],
      requestId: 'req-1',
    });
  });

  it('answers in English when asked to', () => {
    // Act
    const body = errorBody(unauthorized(), 'req-2', 'en');

    // Assess
    expect(body).toEqual({
      error: 'unauthorized',
      message: 'Sign in again: the token is missing, invalid or expired',
      requestId: 'req-2',
    });
  });

  it('replaces whatever a 5xx says with the fixed internal message', () => {
    // Prepare
    const error = new HttpError({
      status: 503,
      code: 'table-missing',
      zh: '表Requests-gulou不存在',
      en: 'table Requests-gulou missing',
      fields: [{ path: 'x', code: 'invalid', zh: '内部', en: 'internal' }],
    });

    // Act
    const body = errorBody(error, 'req-3');

    // Assess
    expect(body).toEqual({
      error: 'internal',
      message: '服务器内部错误，请稍后再试',
      messageEn: 'Internal server error; please try again later',
      requestId: 'req-3',
    });
  });

  it('omits fields when there are none', () => {
    // Act
    const body = errorBody(conflict(), 'req-4');

    // Assess
    expect(body).not.toHaveProperty('fields');
    expect(body.error).toBe('version-conflict');
  });
});

describe('Function: payloadTooLarge', () => {
  it('states the limit in KB', () => {
    // Act
    const error = payloadTooLarge(64 * 1024);

    // Assess
    expect(error).toMatchObject({ status: 413, zh: '请求内容过大，不能超过64KB' });
  });
});

describe('Function: notFound', () => {
  it('names what was not found in both languages', () => {
    // Act
    const error = notFound({ zh: '申请', en: 'The request' });

    // Assess
    expect(error).toMatchObject({
      status: 404,
      zh: '申请不存在',
      en: 'The request was not found',
    });
  });
});

describe('Function: unsupportedMediaType', () => {
  it('returns a 415 that names the expected type', () => {
    // Act
    const error = unsupportedMediaType();

    // Assess
    expect(error.status).toBe(415);
    expect(error.zh).toContain('application/json');
  });
});
