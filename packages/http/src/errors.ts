import { IllegalTransitionError } from '@ogi/domain';
import { type FieldError, toFieldErrors } from '@ogi/schema';
import * as z from 'zod';

/** A message in both languages: Chinese for applicants and staff, English alongside. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** What an `HttpError` is made of. */
export interface HttpErrorInit extends Bilingual {
  /** HTTP status, 400–599. */
  readonly status: number;
  /** Stable, machine-readable code: `invalid-request`, `version-conflict`, `closed`, … */
  readonly code: string;
  /** The fields at fault, where there are any. */
  readonly fields?: readonly FieldError[];
  /** Extra response headers (`www-authenticate` on a 401). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/**
 * An error that carries its HTTP answer. Handlers throw it (or a domain or
 * store error that `toHttpError` maps); the error handler shapes the response.
 * `statusCode` and `expose` mirror middy's own HTTP errors.
 *
 * @example throw notFound({ zh: '申请', en: 'The request' });
 */
export class HttpError extends Error {
  readonly status: number;
  /** Same as `status`, the name middy and http-errors use. */
  readonly statusCode: number;
  /** Whether the message may reach the client: only below 500. */
  readonly expose: boolean;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly fields?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;

  constructor(init: HttpErrorInit) {
    super(init.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'HttpError';
    this.status = init.status;
    this.statusCode = init.status;
    this.expose = init.status < 500;
    this.code = init.code;
    this.zh = init.zh;
    this.en = init.en;
    if (init.fields !== undefined) this.fields = init.fields;
    if (init.headers !== undefined) this.headers = init.headers;
  }
}

const INTERNAL: Bilingual = {
  zh: '服务器内部错误，请稍后再试',
  en: 'Internal server error; please try again later',
};

/** 400: the input is wrong; `fields` names each field at fault. */
export function badRequest(
  fields: readonly FieldError[],
  message: Bilingual & { code?: string } = {
    zh: '请求内容有误，请按提示修改',
    en: 'The request has errors; see fields',
  },
): HttpError {
  return new HttpError({
    status: 400,
    code: message.code ?? 'invalid-request',
    zh: message.zh,
    en: message.en,
    fields,
  });
}

/** 400: the body is not JSON. */
export function invalidJson(cause?: unknown): HttpError {
  return new HttpError({
    status: 400,
    code: 'invalid-json',
    zh: '请求内容不是有效的JSON',
    en: 'The request body is not valid JSON',
    fields: [
      {
        path: '',
        code: 'invalidFormat',
        zh: '请求内容不是有效的JSON',
        en: 'The request body is not valid JSON',
      },
    ],
    cause,
  });
}

/** 401: no valid staff token. Says nothing about why, on purpose. */
export function unauthorized(cause?: unknown): HttpError {
  return new HttpError({
    status: 401,
    code: 'unauthorized',
    zh: '未登录或登录已失效，请重新登录',
    en: 'Sign in again: the token is missing, invalid or expired',
    headers: { 'www-authenticate': 'Bearer' },
    cause,
  });
}

/** 403: signed in, but not allowed to do this. */
export function forbidden(
  reason: Bilingual = { zh: '无权进行此操作', en: 'You are not allowed to do this' },
): HttpError {
  return new HttpError({ status: 403, code: 'forbidden', zh: reason.zh, en: reason.en });
}

/**
 * 404: `what` names the thing in both languages.
 * @example notFound({ zh: '申请', en: 'The request' }) // 申请不存在 / The request was not found
 */
export function notFound(what: Bilingual = { zh: '所请求的记录', en: 'The record' }): HttpError {
  return new HttpError({
    status: 404,
    code: 'not-found',
    zh: `${what.zh}不存在`,
    en: `${what.en} was not found`,
  });
}

/** 409: the record changed since it was read (optimistic locking), or another conflict. */
export function conflict(
  reason: Bilingual & { code?: string } = {
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload it and try again',
  },
): HttpError {
  return new HttpError({
    status: 409,
    code: reason.code ?? 'version-conflict',
    zh: reason.zh,
    en: reason.en,
  });
}

/** 413: the body is larger than `limit` bytes. */
export function payloadTooLarge(limit: number): HttpError {
  const kib = Math.floor(limit / 1024);
  const size = kib >= 1 ? `${kib}KB` : `${limit}B`;
  return new HttpError({
    status: 413,
    code: 'payload-too-large',
    zh: `请求内容过大，不能超过${size}`,
    en: `The request body must be at most ${size}`,
  });
}

/** 415: a body that is not `application/json`. */
export function unsupportedMediaType(): HttpError {
  return new HttpError({
    status: 415,
    code: 'unsupported-media-type',
    zh: '请求内容类型应为application/json',
    en: 'The request body must be sent as application/json',
  });
}

/** 422: well-formed, but the rules refuse it (an illegal step in a request's life). */
export function unprocessable(reason: Bilingual & { code: string }): HttpError {
  return new HttpError({ status: 422, code: reason.code, zh: reason.zh, en: reason.en });
}

/** 500: the only answer a client gets for anything unexpected. */
export function internalError(cause?: unknown): HttpError {
  return new HttpError({ status: 500, code: 'internal', ...INTERNAL, cause });
}

/** What the store's errors (matched by `name`, so this package never imports the store) become. */
const STORE_ERRORS: Readonly<Record<string, (cause: unknown) => HttpError>> = {
  VersionConflictError: () => conflict(),
  NotFoundError: () => notFound(),
  IdempotencyConflictError: () =>
    unprocessable({
      code: 'idempotency-conflict',
      zh: '该幂等键已用于内容不同的请求，请勿重复使用',
      en: 'This idempotency key was already used for a different request',
    }),
  InvalidCursorError: () =>
    badRequest([
      {
        path: 'cursor',
        code: 'invalid',
        zh: '分页标记无效，请从第一页重新查询',
        en: 'The cursor is not valid for this query: start again from the first page',
      },
    ]),
  InvalidAttachmentError: (cause) => {
    const reason = isObject(cause) && typeof cause.reason === 'string' ? cause.reason : 'invalid';
    const { zh, en } = ATTACHMENT_REASONS[reason] ?? ATTACHMENT_REASONS.invalid;
    return badRequest([
      { path: reason === 'unsupported-type' ? 'contentType' : 'size', code: reason, zh, en },
    ]);
  },
};

const ATTACHMENT_REASONS: Readonly<Record<string, Bilingual>> & { invalid: Bilingual } = {
  'unsupported-type': {
    zh: '附件只能是PDF、JPEG或PNG文件',
    en: 'Attachments must be PDF, JPEG or PNG',
  },
  'too-large': { zh: '附件不能超过10MB', en: 'The attachment is larger than allowed' },
  empty: { zh: '附件不能为空文件', en: 'The attachment is empty' },
  invalid: { zh: '附件不符合要求', en: 'The attachment is not acceptable' },
};

/** Bilingual answers for middy's own 4xx errors, whose texts are English only. */
const MIDDY_STATUS: Readonly<Record<number, Bilingual & { code: string }>> = {
  400: { code: 'bad-request', zh: '请求有误', en: 'Bad request' },
  401: { code: 'unauthorized', zh: '未登录或登录已失效，请重新登录', en: 'Unauthorized' },
  403: { code: 'forbidden', zh: '无权进行此操作', en: 'Forbidden' },
  404: { code: 'not-found', zh: '所请求的资源不存在', en: 'Not found' },
  405: { code: 'method-not-allowed', zh: '不支持该请求方法', en: 'Method not allowed' },
  406: { code: 'not-acceptable', zh: '无法提供所要求的内容格式', en: 'Not acceptable' },
  408: { code: 'request-timeout', zh: '请求超时，请稍后再试', en: 'Request timeout' },
  409: { code: 'conflict', zh: '请求与当前状态冲突', en: 'Conflict' },
  413: { code: 'payload-too-large', zh: '请求内容过大', en: 'Payload too large' },
  415: {
    code: 'unsupported-media-type',
    zh: '请求内容类型应为application/json',
    en: 'Unsupported media type',
  },
  422: { code: 'unprocessable', zh: '请求无法处理', en: 'Unprocessable entity' },
  429: { code: 'too-many-requests', zh: '请求过于频繁，请稍后再试', en: 'Too many requests' },
};

const JSON_PARSER = '@middy/http-json-body-parser';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isZodError(error: unknown): error is z.ZodError {
  if (error instanceof z.ZodError) return true;
  // A second copy of zod in the bundle would fail `instanceof`; its errors still look like this.
  return isObject(error) && error.name === 'ZodError' && Array.isArray(error.issues);
}

/** middy's `createError(…)`: an `Error` with a numeric `statusCode`. */
function middyStatus(error: Record<string, unknown>): number | undefined {
  const status = error.statusCode;
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

function fromMiddy(error: Record<string, unknown>, status: number): HttpError {
  const cause = error.cause;
  const fromParser = isObject(cause) && cause.package === JSON_PARSER;
  if (fromParser && status === 422) return invalidJson(error);
  if (status === 415) return unsupportedMediaType();
  const known = MIDDY_STATUS[status];
  if (status >= 400 && status < 500 && known) return new HttpError({ status, ...known });
  return internalError(error);
}

/**
 * The one place an error becomes an HTTP answer:
 *
 * | thrown | status | code |
 * | --- | --- | --- |
 * | `HttpError` | its own | its own |
 * | zod error | 400 | `invalid-request`, with `fields` from `toFieldErrors` |
 * | `IllegalTransitionError` | 422 | its code (`closed`, …), its zh/en |
 * | `VersionConflictError` (by name) | 409 | `version-conflict` |
 * | `NotFoundError` (by name) | 404 | `not-found` |
 * | `IdempotencyConflictError` (by name) | 422 | `idempotency-conflict` |
 * | `InvalidCursorError`, `InvalidAttachmentError` (by name) | 400 | with the field |
 * | middy JSON parse error | 400 | `invalid-json` |
 * | anything else | 500 | `internal`, never the internal message |
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isZodError(error)) return badRequest(toFieldErrors(error));
  if (error instanceof IllegalTransitionError) {
    return new HttpError({
      status: 422,
      code: error.code,
      zh: error.zh,
      en: error.en,
      cause: error,
    });
  }
  if (!isObject(error)) return internalError(error);
  const name = error.name;
  if (typeof name === 'string' && Object.hasOwn(STORE_ERRORS, name)) {
    const map = STORE_ERRORS[name];
    if (map) return map(error);
  }
  const status = middyStatus(error);
  if (status !== undefined) return fromMiddy(error, status);
  return internalError(error);
}

/** One field error as the client sees it. */
export interface FieldErrorBody {
  path: string;
  code: string;
  /** Chinese. */
  message: string;
  messageEn: string;
}

/** The body of every error response: the public contract (see README). */
export interface ErrorBody {
  error: string;
  message: string;
  messageEn?: string;
  fields?: FieldErrorBody[];
  requestId: string;
}

/** The language an API answers in first. */
export type Language = 'zh' | 'en';

/**
 * The response body for `error`. A 5xx carries only the fixed internal message,
 * whatever the error says.
 */
export function errorBody(
  error: HttpError,
  requestId: string,
  language: Language = 'zh',
): ErrorBody {
  const safe = error.status >= 500 ? { code: 'internal', ...INTERNAL } : error;
  const fields =
    error.status < 500 && error.fields && error.fields.length > 0
      ? error.fields.map((field) => ({
          path: field.path,
          code: field.code,
          message: field.zh,
          messageEn: field.en,
        }))
      : undefined;
  return {
    error: safe.code,
    message: language === 'zh' ? safe.zh : safe.en,
    ...(language === 'zh' ? { messageEn: safe.en } : {}),
    ...(fields ? { fields } : {}),
    requestId,
  };
}
