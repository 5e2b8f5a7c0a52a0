export {
  createTokenVerifier,
  type IssueOptions,
  issueStaffToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_SECRET_BYTES,
  type StaffClaims,
  StaffClaimsSchema,
  staffClaimsFromPayload,
  type TokenOptions,
  type TokenVerifier,
} from './auth.js';
export { DEFAULT_MAX_BODY_BYTES, JSON_CONTENT_TYPE } from './constants.js';
export {
  type Bilingual,
  badRequest,
  conflict,
  type ErrorBody,
  errorBody,
  type FieldErrorBody,
  forbidden,
  HttpError,
  type HttpErrorInit,
  internalError,
  invalidJson,
  type Language,
  notFound,
  payloadTooLarge,
  toHttpError,
  unauthorized,
  unprocessable,
  unsupportedMediaType,
} from './errors.js';
export {
  binary,
  type HttpApiOptions,
  header,
  httpApi,
  json,
  parseBody,
  parsePath,
  parseQuery,
} from './handler.js';
export {
  API_CONTENT_SECURITY_POLICY,
  CORS_PREFLIGHT,
  HTML_CONTENT_SECURITY_POLICY,
  type HttpHeadersOptions,
  httpHeaders,
  webContentSecurityPolicy,
} from './headers.js';
export {
  createLogger,
  LOG_LEVELS,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  type LogWriter,
} from './logger.js';
export {
  type AppMetrics,
  createMetrics,
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  type MetricsOptions,
} from './metrics.js';
export {
  bearerToken,
  bodyLimits,
  districtStaffAuth,
  type ErrorHandlerOptions,
  errorHandler,
  flushMetrics,
  jsonBodyParser,
  responseSerializer,
  type StaffAuthOptions,
  sourceIp,
  staffAuth,
  toResult,
  withRequestContext,
} from './middleware.js';
export { type OidcClaimMapping, staffClaimsFromOidc } from './oidc-claims.js';
export {
  createOidcVerifier,
  defaultJwksUrl,
  OIDC_ALGORITHMS,
  type OidcTokenUse,
  type OidcVerifierOptions,
} from './oidc-verifier.js';
export { isSensitiveKey, REDACTED, redact, redactingReplacer, scrub } from './redact.js';
export type {
  HttpEvent,
  HttpHandler,
  HttpLambda,
  HttpMiddleware,
  HttpResult,
  RequestContext,
  StaffAudit,
  StaffRequestContext,
} from './types.js';
