import type { MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { StaffClaims } from './auth.js';
import type { Logger } from './logger.js';

/**
 * The API Gateway HTTP API (payload 2.0) event as a handler sees it: `body`
 * is still the raw text; `parsedBody` holds the parsed JSON when there was a
 * body. Read it through `parseBody(schema, event)`.
 */
export type HttpEvent = APIGatewayProxyEventV2 & { parsedBody?: unknown };

/** What a handler returns and API Gateway receives: build it with `json(…)`. */
export type HttpResult = APIGatewayProxyStructuredResultV2;

/** The Lambda context with what `httpApi` adds before the handler runs. */
export interface RequestContext extends Context {
  /** API Gateway's request id (`event.requestContext.requestId`); also in every error body. */
  readonly requestId: string;
  /** A child of the app's logger with `requestId`, `method` and `route` on every line. */
  readonly logger: Logger;
  /** `Date.now()` when the request entered the chain. */
  readonly startedAt: number;
  /** The caller, on routes with staff auth. */
  readonly staff?: StaffClaims;
}

/**
 * Who did a staff action and from where, as the store records it with every
 * log entry: ids and roles only, never personal data.
 */
export interface StaffAudit {
  readonly actor: string;
  readonly role: StaffClaims['role'];
  readonly sourceIp?: string;
}

/** The context of a route with staff auth: the caller is always known. */
export interface StaffRequestContext extends RequestContext {
  readonly staff: StaffClaims;
  /** The audit record of this request's actions, built once, where the token is verified. */
  readonly audit: StaffAudit;
}

/** A handler: parse → domain → store → map, or throw. */
export type HttpHandler<C extends RequestContext = RequestContext> = (
  event: HttpEvent,
  context: C,
) => Promise<HttpResult>;

/** What `httpApi` returns: the Lambda entry point API Gateway calls. */
export type HttpLambda = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>;

/** A middy middleware over `HttpEvent`, as the chain's own are. */
export type HttpMiddleware = MiddlewareObj<HttpEvent, unknown, Error, Context>;
