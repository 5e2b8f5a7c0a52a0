import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { fieldErrorsOrData } from '@ogi/schema';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import { JSON_CONTENT_TYPE } from './constants.js';
import { badRequest, internalError, type Language } from './errors.js';
import { httpHeaders } from './headers.js';
import type { Logger } from './logger.js';
import type { AppMetrics } from './metrics.js';
import {
  bodyLimits,
  errorHandler,
  flushMetrics,
  jsonBodyParser,
  responseSerializer,
  type StaffAuthOptions,
  staffAuth,
  withRequestContext,
} from './middleware.js';
import type {
  HttpEvent,
  HttpHandler,
  HttpLambda,
  HttpMiddleware,
  HttpResult,
  RequestContext,
  StaffRequestContext,
} from './types.js';

export interface HttpApiOptions {
  /** The app's logger, made once at module scope; each request gets a child of it. */
  readonly logger: Logger;
  /** The app's metrics, made once at module scope; flushed once per request. */
  readonly metrics?: AppMetrics;
  /** Largest accepted body in bytes; 64 KiB unless set. */
  readonly maxBodyBytes?: number;
  /** The language of error messages; Chinese (with English in `messageEn`) unless set. */
  readonly language?: Language;
  /** Makes it a staff route: a bearer token is required and its claims reach the handler. */
  readonly auth?: StaffAuthOptions;
  /** More middlewares, run after auth and before the handler. */
  readonly middlewares?: readonly HttpMiddleware[];
  /** The web origins a browser may call this route from (CORS); none unless set. */
  readonly webOrigins?: readonly string[];
}

function isRequestContext(context: Context): context is RequestContext {
  const candidate: Partial<RequestContext> = context;
  return typeof candidate.requestId === 'string' && candidate.logger !== undefined;
}

function hasStaff(context: RequestContext): context is StaffRequestContext {
  return context.staff !== undefined && Reflect.get(context, 'audit') !== undefined;
}

/**
 * Wraps a handler in the one middy chain every HTTP route uses, in this order:
 * response headers (security headers and CORS on every answer; a preflight
 * answered at once) → metrics flush (with `metrics`: once per request, errors
 * too) → header normaliser → request context (Lambda context on the logger,
 * request id, child logger, start time)
 * → body limits (413, 415) → JSON body parser (400) → staff auth (401, 403;
 * only with `auth`) → your middlewares → the handler → response serialiser →
 * the error handler, last.
 *
 * With `auth`, the handler's context has `staff` and `audit` for certain.
 *
 * @example
 * export const handler = httpApi(async (event, { staff }) => {
 *   const { receiptNo } = parsePath(ReceiptPath, event);
 *   return json(200, await store.get(staff.district, receiptNo));
 * }, { logger, auth: { verify, roles: ['clerk', 'head'] } });
 */
export function httpApi(
  handler: HttpHandler<StaffRequestContext>,
  options: HttpApiOptions & { readonly auth: StaffAuthOptions },
): HttpLambda;
export function httpApi(handler: HttpHandler<RequestContext>, options: HttpApiOptions): HttpLambda;
export function httpApi(
  handler: HttpHandler<StaffRequestContext>,
  options: HttpApiOptions,
): HttpLambda {
  const auth = options.auth;
  const base = async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    // The chain sets these; a missing one is a bug in this package, not the caller's fault.
    if (!isRequestContext(context)) throw internalError(new Error('request context missing'));
    if (auth === undefined) {
      // Overload 2: without `auth` the handler was declared for a context without `staff`.
      return (handler as HttpHandler<RequestContext>)(event, context);
    }
    if (!hasStaff(context)) throw internalError(new Error('staff claims missing'));
    return handler(event, context);
  };

  const chain = middy<HttpEvent, HttpResult, Error, Context>(base).use(
    httpHeaders({ webOrigins: options.webOrigins ?? [] }),
  );
  // Early in, late out: its after and onError run after the error handler has counted.
  if (options.metrics !== undefined) chain.use(flushMetrics(options.metrics));
  chain
    .use(httpHeaderNormalizer())
    .use(withRequestContext({ logger: options.logger }))
    .use(bodyLimits({ maxBytes: options.maxBodyBytes }))
    .use(jsonBodyParser());
  if (auth !== undefined) chain.use(staffAuth(auth));
  for (const middleware of options.middlewares ?? []) chain.use(middleware);
  chain.use(responseSerializer()).use(
    errorHandler({
      logger: options.logger,
      language: options.language,
      ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
    }),
  );
  return chain;
}

const BODY_REQUIRED = {
  path: '',
  code: 'required',
  zh: '请求内容不能为空',
  en: 'The request body is required',
};

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = fieldErrorsOrData(schema, input);
  if (result.ok) return result.data;
  throw badRequest(result.errors);
}

/**
 * The body parsed by `schema`, or `HttpError` 400 naming every field at fault.
 * @example const submission = parseBody(Submission, event);
 */
export function parseBody<S extends z.ZodType>(schema: S, event: HttpEvent): z.output<S> {
  const result = fieldErrorsOrData(schema, event.parsedBody);
  if (result.ok) return result.data;
  throw badRequest(event.parsedBody === undefined ? [BODY_REQUIRED] : result.errors);
}

/**
 * The path parameters parsed by `schema`, or 400.
 * @example const { receiptNo } = parsePath(z.object({ receiptNo: ReceiptNo }), event);
 */
export function parsePath<S extends z.ZodType>(schema: S, event: HttpEvent): z.output<S> {
  return parseOrThrow(schema, event.pathParameters ?? {});
}

/**
 * The query string parameters parsed by `schema`, or 400. API Gateway joins a
 * repeated parameter with commas.
 * @example const { year } = parseQuery(z.object({ year: z.coerce.number().int() }), event);
 */
export function parseQuery<S extends z.ZodType>(schema: S, event: HttpEvent): z.output<S> {
  return parseOrThrow(schema, event.queryStringParameters ?? {});
}

/**
 * A JSON response with `content-type: application/json; charset=utf-8` and
 * `cache-control: no-store` (both replaceable through `headers`). No body
 * when `body` is `undefined` (a 204).
 * @example return json(201, { receiptNo, queryCode }, { location: `/api/requests/${receiptNo}` });
 */
export function json(
  statusCode: number,
  body?: unknown,
  headers: Readonly<Record<string, string>> = {},
): HttpResult {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  if (body === undefined) {
    return { statusCode, headers: { 'cache-control': 'no-store', ...lower } };
  }
  return {
    statusCode,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'cache-control': 'no-store', ...lower },
    body: JSON.stringify(body),
  };
}

/**
 * A file response: the bytes base64-encoded with `isBase64Encoded`, as API
 * Gateway passes binary bodies, and `cache-control: no-store` unless
 * `headers` says otherwise (files here carry personal data).
 * @example return binary(200, docx, { 'content-type': DOCX, 'content-disposition': disposition });
 */
export function binary(
  statusCode: number,
  body: Uint8Array,
  headers: Readonly<Record<string, string>>,
): HttpResult {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return {
    statusCode,
    headers: { 'cache-control': 'no-store', ...lower },
    body: Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
  };
}

/**
 * A request header by name, whatever its case.
 * @example const key = header(event, 'Idempotency-Key');
 */
export function header(event: HttpEvent, name: string): string | undefined {
  const headers = event.headers ?? {};
  const wanted = name.toLowerCase();
  const direct = headers[wanted];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
