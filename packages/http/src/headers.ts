import { requestLine } from './middleware.js';
import type { HttpMiddleware, HttpResult } from './types.js';

/** What `httpHeaders` needs to know: the web origins allowed to call the API from a browser. */
export interface HttpHeadersOptions {
  /** Exact origins (`https://ogi.example.gov.cn`); none unless set. */
  readonly webOrigins?: readonly string[];
}

/**
 * What a browser may send across origins, and how long it may keep the
 * answer to its preflight: the handlers' answer, and the API Gateway
 * preflight the CDK stack configures.
 */
export const CORS_PREFLIGHT = {
  methods: ['GET', 'POST', 'PUT', 'OPTIONS'],
  headers: ['authorization', 'content-type', 'idempotency-key'],
  maxAgeSeconds: 600,
} as const;
const ALLOWED_METHODS = CORS_PREFLIGHT.methods.join(', ');
const ALLOWED_HEADERS = CORS_PREFLIGHT.headers.join(', ');
/** Response headers a script of the web origin may read. */
const EXPOSED_HEADERS = 'location, idempotent-replayed, retry-after';

/**
 * The policy of every HTML document ogi serves (the published annual report):
 * nothing may load or run; only the inline `style` attributes the report is
 * laid out with apply, so the page can be pasted into a portal as it is.
 */
export const HTML_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/**
 * The web app's policy: its own scripts, styles and images only, and calls
 * to its own origin and to `connectOrigins` (the API, the attachments bucket
 * the uploads go to, the sign-in issuer). One definition for the CDN in the
 * cloud and the local stack, so the browser tests run under the cloud's
 * policy; `upgradeInsecureRequests` where the app is served over HTTPS only
 * (the local stack serves plain HTTP on the loopback).
 *
 * @example webContentSecurityPolicy(['https://api.example.gov.cn'], { upgradeInsecureRequests: true })
 * // "default-src 'self'; … connect-src 'self' https://api.example.gov.cn; …; upgrade-insecure-requests"
 */
export function webContentSecurityPolicy(
  connectOrigins: readonly string[],
  options: { readonly upgradeInsecureRequests: boolean },
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The policy of every other answer (JSON, files): a browser renders none of it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The headers every answer carries, whatever it is. */
const ALWAYS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

function lower(headers: HttpResult['headers']): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

function requestHeader(event: { headers?: Record<string, string | undefined> }, name: string) {
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

/**
 * The security headers of every response, in one place, and CORS for the
 * configured web origins only:
 * - `x-content-type-options: nosniff`, `referrer-policy`, `x-frame-options`,
 *   HSTS, and `cache-control: no-store` unless the answer set its own (most
 *   answers carry personal data);
 * - a strict `content-security-policy`: `HTML_CONTENT_SECURITY_POLICY` on
 *   HTML, `API_CONTENT_SECURITY_POLICY` on everything else;
 * - for a request from an allowed origin, `access-control-allow-origin` with
 *   that origin (never `*`) and `vary: origin`;
 * - `OPTIONS` (a preflight) answers 204 at once, before auth or parsing, with
 *   the allowed methods and headers when the origin is allowed and without
 *   any CORS header otherwise, so the browser refuses the real request.
 * Use it first in the chain: its `after` and `onError` then run last, on the
 * finished response, errors included.
 */
export function httpHeaders(options: HttpHeadersOptions = {}): HttpMiddleware {
  const origins = new Set(options.webOrigins ?? []);
  const corsFor = (event: { headers?: Record<string, string | undefined> }) => {
    const origin = requestHeader(event, 'origin');
    return origin !== undefined && origins.has(origin) ? origin : undefined;
  };
  const finish = (request: { event: unknown; response: unknown }) => {
    const response = request.response as HttpResult | undefined;
    if (response === undefined || response === null || typeof response !== 'object') return;
    const headers = lower(response.headers);
    const contentType = String(headers['content-type'] ?? '');
    Object.assign(headers, ALWAYS);
    headers['cache-control'] ??= 'no-store';
    headers['content-security-policy'] = /^text\/html/i.test(contentType)
      ? HTML_CONTENT_SECURITY_POLICY
      : API_CONTENT_SECURITY_POLICY;
    const origin = corsFor(request.event as { headers?: Record<string, string | undefined> });
    headers.vary = 'origin';
    if (origin !== undefined) {
      headers['access-control-allow-origin'] = origin;
      headers['access-control-expose-headers'] = EXPOSED_HEADERS;
    }
    response.headers = headers;
  };
  return {
    name: 'ogi-http-headers',
    before: (request) => {
      if (requestLine(request.event).method !== 'OPTIONS') return;
      const origin = corsFor(request.event);
      const response: HttpResult = {
        statusCode: 204,
        headers: {
          allow: ALLOWED_METHODS,
          ...(origin === undefined
            ? {}
            : {
                'access-control-allow-origin': origin,
                'access-control-allow-methods': ALLOWED_METHODS,
                'access-control-allow-headers': ALLOWED_HEADERS,
                'access-control-max-age': String(CORS_PREFLIGHT.maxAgeSeconds),
              }),
        },
      };
      finish({ event: request.event, response });
      return response;
    },
    after: finish,
    onError: finish,
  };
}
