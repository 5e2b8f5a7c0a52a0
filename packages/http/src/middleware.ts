import { randomUUID } from 'node:crypto';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { StaffRole } from '@ogi/schema';
import { createTokenVerifier, type TokenVerifier } from './auth.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  JSON_CONTENT_TYPE,
  JSON_CONTENT_TYPE_PATTERN,
} from './constants.js';
import {
  errorBody,
  forbidden,
  HttpError,
  internalError,
  type Language,
  payloadTooLarge,
  toHttpError,
  unauthorized,
  unsupportedMediaType,
} from './errors.js';
import type { Logger } from './logger.js';
import { type AppMetrics, METRIC } from './metrics.js';
import { createOidcVerifier, type OidcVerifierOptions } from './oidc-verifier.js';
import type { HttpEvent, HttpMiddleware, HttpResult, RequestContext, StaffAudit } from './types.js';
import { decodeUtf8Body } from './utf8-body.js';

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLogger(value: unknown): value is Logger {
  return isRecord(value) && typeof value.info === 'function' && typeof value.error === 'function';
}

/** The part of `RequestContext` the chain has set so far, read defensively. */
function partial(context: unknown): Partial<RequestContext> {
  return isRecord(context) ? (context as Partial<RequestContext>) : {};
}

function statusOf(response: unknown): number | undefined {
  return isRecord(response) && typeof response.statusCode === 'number'
    ? response.statusCode
    : undefined;
}

/**
 * Puts the Lambda context on the app's logger (cold start, function name and
 * Lambda request id on every line: Powertools' `addContext`), sets
 * `requestId` (from `event.requestContext.requestId`), a per-request child
 * `logger` and `startedAt` on the context; logs one `request completed` line
 * with the status and duration when the request ends, however it ends.
 */
export function withRequestContext(options: { readonly logger: Logger }): HttpMiddleware {
  const done = (request: { response: unknown; context: unknown }) => {
    const { logger, startedAt } = partial(request.context);
    if (!isLogger(logger)) return;
    logger.info('request completed', {
      status: statusOf(request.response),
      durationMs: typeof startedAt === 'number' ? Date.now() - startedAt : undefined,
    });
  };
  return {
    name: 'ogi-request-context',
    before: (request) => {
      const event: unknown = request.event;
      const http = isRecord(event) && isRecord(event.requestContext) ? event.requestContext : {};
      const requestId =
        nonEmpty(http.requestId) ?? nonEmpty(request.context?.awsRequestId) ?? randomUUID();
      const { method, route } = requestLine(event);
      options.logger.addContext(request.context);
      const logger = options.logger.child({ requestId, method, route });
      Object.assign(request.context, { requestId, logger, startedAt: Date.now() });
    },
    after: done,
    onError: done,
  };
}

/**
 * The method and the route template of a request: an HTTP API's event
 * (payload 2.0, the local stack) gives `routeKey`; a REST API's (payload
 * 1.0, the district stacks) gives `httpMethod` and the resource under its
 * stage, e.g. `POST /api/requests`.
 */
export function requestLine(event: unknown): { method?: string; route?: string } {
  if (!isRecord(event)) return {};
  const context = isRecord(event.requestContext) ? event.requestContext : {};
  const method =
    (isRecord(context.http) ? nonEmpty(context.http.method) : undefined) ??
    nonEmpty(event.httpMethod);
  const resource = nonEmpty(event.resource);
  const stage = nonEmpty(context.stage);
  const route =
    nonEmpty(event.routeKey) ??
    (method && resource ? `${method} ${stage ? `/${stage}` : ''}${resource}` : undefined);
  return { method, route };
}

function byteLength(body: string, base64: boolean): number {
  return Buffer.byteLength(body, base64 ? 'base64' : 'utf8');
}

/**
 * Rejects a body larger than `maxBytes` (413; measured after base64 decoding)
 * and a body that is not `application/json` (415). Requests without a body
 * pass.
 */
export function bodyLimits(options: { readonly maxBytes?: number } = {}): HttpMiddleware {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  return {
    name: 'ogi-body-limits',
    before: ({ event }) => {
      const body: unknown = event.body;
      if (typeof body !== 'string' || body.length === 0) return;
      // Base64 is 4 characters per 3 bytes; anything longer is too large without counting.
      if (
        body.length > maxBytes * 4 ||
        byteLength(body, event.isBase64Encoded === true) > maxBytes
      ) {
        throw payloadTooLarge(maxBytes);
      }
      const contentType = event.headers?.['content-type'];
      if (typeof contentType !== 'string' || !JSON_CONTENT_TYPE_PATTERN.test(contentType)) {
        throw unsupportedMediaType();
      }
    },
  };
}

/**
 * Parses a JSON body with middy's parser (`__proto__` handled there) into
 * `event.parsedBody`, leaving `event.body` as the text. A base64 body is
 * decoded first as UTF-8 that must be valid: bytes that are not end as 400
 * `invalid-encoding` (see `decodeUtf8Body`), never as U+FFFD in a field. Only
 * runs when there is a body; a malformed one ends as 400 `invalid-json`.
 */
export function jsonBodyParser(): HttpMiddleware {
  const parser = httpJsonBodyParser({ disableContentTypeCheck: true });
  return {
    name: 'ogi-json-body-parser',
    before: async (request) => {
      const { event } = request;
      const raw: unknown = event.body;
      if (typeof raw !== 'string' || raw.length === 0) return;
      const text = event.isBase64Encoded === true ? decodeUtf8Body(raw) : raw;
      event.body = text;
      event.isBase64Encoded = false;
      await parser.before?.(request);
      event.parsedBody = event.body;
      event.body = text;
    },
  };
}

export interface StaffAuthOptions {
  /** Checks the bearer token: `createTokenVerifier(…)` or `createOidcVerifier(…)`. */
  readonly verify: TokenVerifier;
  /** Roles allowed on the route; every role unless set. */
  readonly roles?: readonly StaffRole[];
  /** When set, staff of other districts get 403. */
  readonly district?: string;
}

/**
 * The staff auth of an app's routes: tokens of this district, from its OIDC
 * issuer (`oidc`: a Cognito user pool or the district's own, checked against
 * the issuer's keys) or, on the local stack, signed with its dev login's
 * secret. Throws when neither or both are configured, so that the app fails
 * at cold start rather than on its first staff request.
 *
 * @example export const staffAuth = districtStaffAuth({ app: 'casework', district, ...runtime.staffTokens });
 */
export function districtStaffAuth(settings: {
  readonly app: string;
  readonly secret: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  readonly district: string;
  readonly oidc?: Omit<OidcVerifierOptions, 'district'>;
}): StaffAuthOptions {
  const { secret, issuer, audience, district, oidc } = settings;
  if (oidc && secret) {
    throw new Error(
      `invalid handler environment: ${settings.app} has both OGI_STAFF_OIDC_ISSUER and OGI_STAFF_TOKEN_SECRET; set one`,
    );
  }
  if (oidc) return { verify: createOidcVerifier({ ...oidc, district }), district };
  if (!secret) {
    throw new Error(
      `invalid handler environment: OGI_STAFF_TOKEN_SECRET is required by ${settings.app} (or OGI_STAFF_OIDC_ISSUER)`,
    );
  }
  return { verify: createTokenVerifier({ secret, issuer, audience }), district };
}

/**
 * The caller's IP address as API Gateway saw it, or `undefined` outside API
 * Gateway: an HTTP API's event (payload 2.0) names it in
 * `requestContext.http`, a REST API's (payload 1.0, the district stacks') in
 * `requestContext.identity`.
 */
export function sourceIp(event: HttpEvent): string | undefined {
  const context: unknown = event.requestContext;
  const rest = isRecord(context) && isRecord(context.identity) ? context.identity : undefined;
  const ip: unknown = event.requestContext?.http?.sourceIp ?? rest?.sourceIp;
  return typeof ip === 'string' && ip.length > 0 ? ip : undefined;
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** The token of an `Authorization: Bearer …` header, or `undefined`. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}

/**
 * Staff routes: 401 without a valid `Authorization: Bearer …` token, 403 when
 * the role (or district) is not allowed; otherwise sets `context.staff`, the
 * `context.audit` every log entry of the request records, and adds the staff
 * id and role to the request's logger.
 */
export function staffAuth(options: StaffAuthOptions): HttpMiddleware {
  return {
    name: 'ogi-staff-auth',
    before: async (request) => {
      const token = bearerToken(request.event.headers?.authorization);
      let staff: Awaited<ReturnType<TokenVerifier>>;
      try {
        staff = await options.verify(token);
      } catch (error) {
        throw error instanceof HttpError ? error : unauthorized(error);
      }
      if (options.district !== undefined && staff.district !== options.district) {
        throw forbidden({
          zh: '无权办理其他地区的申请',
          en: 'You work for another district',
        });
      }
      if (options.roles !== undefined && !options.roles.includes(staff.role)) {
        throw forbidden({
          zh: '当前岗位无权进行此操作',
          en: `Your role (${staff.role}) may not do this`,
        });
      }
      const { logger } = partial(request.context);
      const ip = sourceIp(request.event);
      const audit: StaffAudit = {
        actor: staff.sub,
        role: staff.role,
        ...(ip ? { sourceIp: ip } : {}),
      };
      Object.assign(request.context, {
        staff,
        audit,
        ...(isLogger(logger)
          ? { logger: logger.child({ staffId: staff.sub, staffRole: staff.role }) }
          : {}),
      });
    },
  };
}

function hasHeader(headers: Record<string, unknown>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function headerMap(given: unknown): Record<string, string | number | boolean> {
  const headers: Record<string, string | number | boolean> = {};
  if (!isRecord(given)) return headers;
  for (const [key, header] of Object.entries(given)) {
    if (typeof header === 'string' || typeof header === 'number' || typeof header === 'boolean') {
      headers[key] = header;
    }
  }
  return headers;
}

/**
 * Turns what a handler returned into an API Gateway result: a result with a
 * `statusCode` keeps it (an object `body` becomes JSON); any other value is
 * a 200 with that value as JSON; nothing is a 204. Every result gets
 * `cache-control: no-store` unless it sets its own.
 */
export function toResult(value: unknown): HttpResult {
  if (value === undefined || value === null) {
    return { statusCode: 204, headers: { 'cache-control': 'no-store' } };
  }
  const statusCode = isRecord(value) ? value.statusCode : undefined;
  const structured = isRecord(value) && typeof statusCode === 'number';
  const result: HttpResult = {
    statusCode: typeof statusCode === 'number' ? statusCode : 200,
    headers: headerMap(structured ? value.headers : undefined),
  };
  const headers = result.headers ?? {};
  if (!hasHeader(headers, 'cache-control')) headers['cache-control'] = 'no-store';
  if (structured && Array.isArray(value.cookies)) {
    result.cookies = value.cookies.filter((cookie): cookie is string => typeof cookie === 'string');
  }
  if (structured && typeof value.isBase64Encoded === 'boolean') {
    result.isBase64Encoded = value.isBase64Encoded;
  }
  const body: unknown = structured ? value.body : value;
  if (body === undefined) return result;
  if (typeof body === 'string') return { ...result, body };
  if (!hasHeader(headers, 'content-type')) headers['content-type'] = JSON_CONTENT_TYPE;
  return { ...result, body: JSON.stringify(body) };
}

/** Serialises the handler's result (see `toResult`). */
export function responseSerializer(): HttpMiddleware {
  return {
    name: 'ogi-response-serializer',
    after: (request) => {
      request.response = toResult(request.response);
    },
  };
}

/**
 * Writes what the request counted as one EMF document when it ends, however
 * it ends: use it before the error handler, whose counts it then includes.
 */
export function flushMetrics(metrics: AppMetrics): HttpMiddleware {
  const flush = () => metrics.flush();
  return { name: 'ogi-flush-metrics', after: flush, onError: flush };
}

export interface ErrorHandlerOptions {
  /** Used when the error came before the request's own logger existed. */
  readonly logger: Logger;
  /** Counts version conflicts (409) and busy answers (503). */
  readonly metrics?: AppMetrics;
  /** The language of `message`; Chinese unless set. */
  readonly language?: Language;
}

function answer(
  request: { error: unknown; context: unknown; event: unknown },
  options: ErrorHandlerOptions,
): HttpResult {
  const error = request.error;
  const httpError = toHttpError(error);
  const context = partial(request.context);
  const logger = isLogger(context.logger) ? context.logger : options.logger;
  const event = request.event;
  const requestId =
    nonEmpty(context.requestId) ??
    (isRecord(event) && isRecord(event.requestContext)
      ? nonEmpty(event.requestContext.requestId)
      : undefined) ??
    'unknown';
  if (httpError.code === 'version-conflict') options.metrics?.count(METRIC.versionConflict);
  if (httpError.code === 'busy') options.metrics?.count(METRIC.busy);
  if (httpError.status >= 500) {
    logger.error('request failed', { status: httpError.status, requestId, error });
  } else {
    logger.info('request rejected', {
      status: httpError.status,
      requestId,
      errorCode: httpError.code,
      fieldPaths: httpError.fields?.map((field) => field.path),
    });
  }
  return {
    statusCode: httpError.status,
    headers: {
      'content-type': JSON_CONTENT_TYPE,
      'cache-control': 'no-store',
      ...(httpError.expose ? httpError.headers : undefined),
    },
    body: JSON.stringify(errorBody(httpError, requestId, options.language)),
  };
}

/**
 * The last middleware: maps any error with `toHttpError` and answers with the
 * error body of the README. Logs 5xx at `error` with the (redacted) error and
 * 4xx at `info` with the code and field paths only, never the request body;
 * counts version conflicts and busy answers.
 */
export function errorHandler(options: ErrorHandlerOptions): HttpMiddleware {
  return {
    name: 'ogi-error-handler',
    onError: (request) => {
      if (request.response !== undefined && request.response !== null) return;
      try {
        request.response = answer(request, options);
      } catch {
        // Mapping or logging failed: still answer, and with nothing from the error.
        request.response = {
          statusCode: 500,
          headers: { 'content-type': JSON_CONTENT_TYPE, 'cache-control': 'no-store' },
          body: JSON.stringify(errorBody(internalError(), 'unknown', options.language)),
        };
      }
    },
  };
}
