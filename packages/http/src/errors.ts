import { IllegalTransitionError } from '@ogi/domain';
import type { FieldError } from '@ogi/schema';

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
  /** Extra response headers (`www-authenticate` on a 401, `retry-after` on a 503). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Whether the message may reach the client; only below 500 unless set (a busy 503 may). */
  readonly expose?: boolean;
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
  /** Whether the message, fields and headers may reach the client: below 500, or when set. */
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
    this.expose = init.expose ?? init.status < 500;
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

/**
 * An error that carries its own HTTP answer, as the store's errors do: this
 * package maps them without knowing their classes (it never imports the store).
 */
export interface AnsweringError {
  readonly status: number;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly fields?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly expose?: boolean;
}

function isAnswering(
  error: Record<string, unknown>,
): error is Record<string, unknown> & AnsweringError {
  const { status, code, zh, en, fields, headers, expose } = error;
  return (
    typeof status === 'number' &&
    Number.isInteger(status) &&
    status >= 400 &&
    status <= 599 &&
    typeof code === 'string' &&
    typeof zh === 'string' &&
    typeof en === 'string' &&
    (fields === undefined || Array.isArray(fields)) &&
    (headers === undefined || isObject(headers)) &&
    (expose === undefined || typeof expose === 'boolean')
  );
}

/** One field at fault as a domain package names it: a path of keys and indexes, and the message. */
interface FieldProblem {
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
}

/**
 * An error that names the fields at fault and nothing else, as the letters'
 * templates refuse a step whose letter lacks a detail (`LetterFieldError`
 * of `@ogi/letters`): recognised by its shape, so this package never loads
 * the templates.
 */
function fieldProblemsOf(error: Record<string, unknown>): readonly FieldProblem[] | undefined {
  const { fields } = error;
  if (!(error instanceof Error) || !Array.isArray(fields) || fields.length === 0) return undefined;
  const isProblem = (field: unknown): field is FieldProblem =>
    isObject(field) &&
    Array.isArray(field.path) &&
    field.path.every((key) => typeof key === 'string' || typeof key === 'number') &&
    isObject(field.message) &&
    typeof field.message.zh === 'string' &&
    typeof field.message.en === 'string';
  return fields.every(isProblem) ? fields : undefined;
}

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
 * | `IllegalTransitionError` | 422 | its code (`closed`, …), its zh/en |
 * | an error carrying its answer (`AnsweringError`: every store error) | its own | its own |
 * | an error naming its fields (`LetterFieldError`: a letter lacks a detail) | 422 | `letter-fields`, field by field |
 * | middy JSON parse error | 400 | `invalid-json` |
 * | anything else, a zod error included | 500 | `internal`, never the internal message |
 *
 * A zod error is a 500 on purpose: only the parse helpers (`parseBody`,
 * `parsePath`, `parseQuery`) judge the caller's input, and they throw 400s
 * themselves. A schema failing anywhere else (an item read back, a value
 * the code built) is a fault of ours.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
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
  if (isAnswering(error)) {
    return new HttpError({
      status: error.status,
      code: error.code,
      zh: error.zh,
      en: error.en,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.headers ? { headers: error.headers } : {}),
      ...(error.expose === undefined ? {} : { expose: error.expose }),
      cause: error,
    });
  }
  const problems = fieldProblemsOf(error);
  if (problems) {
    return new HttpError({
      status: 422,
      code: 'letter-fields',
      zh: '文书缺少必要内容，请按提示补充后再办理',
      en: 'The letter of this step needs more details; see fields',
      fields: problems.map((problem) => ({
        path: problem.path.join('.'),
        // Missing, or at odds with the records: the message says which.
        code: 'invalid',
        zh: problem.message.zh,
        en: problem.message.en,
      })),
      cause: error,
    });
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
 * The response body for `error`. An error not exposed (a 5xx unless it says
 * otherwise) carries only the fixed internal message, whatever it says.
 */
export function errorBody(
  error: HttpError,
  requestId: string,
  language: Language = 'zh',
): ErrorBody {
  const safe = error.expose ? error : { code: 'internal', ...INTERNAL };
  const fields =
    error.expose && error.fields && error.fields.length > 0
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
