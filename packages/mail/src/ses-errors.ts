import { MailSendError } from './errors.js';

/** What the AWS SDK puts on the errors it throws, read without trusting their shape. */
interface AwsErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly $retryable?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

const TRANSIENT_NAMES = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'InternalFailure',
  'ServiceUnavailable',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

// Errors of the connection itself, before SES could answer.
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/**
 * Classifies an error of SESv2 `SendEmail`: throttling, a 5xx and a failed
 * connection may pass on a later try; a 4xx (`MessageRejected`,
 * `BadRequestException`, an unverified sender, a paused account) will not.
 */
export function sesSendError(error: unknown): MailSendError {
  const shape: AwsErrorShape = typeof error === 'object' && error !== null ? error : {};
  const name = typeof shape.name === 'string' ? shape.name : 'Error';
  const networkCode = typeof shape.code === 'string' ? shape.code : undefined;
  const status = shape.$metadata?.httpStatusCode;
  const transient =
    shape.$retryable !== undefined ||
    TRANSIENT_NAMES.has(name) ||
    (networkCode !== undefined && NETWORK_CODES.has(networkCode)) ||
    (typeof status === 'number' && (status === 429 || status >= 500));
  const code = networkCode && NETWORK_CODES.has(networkCode) ? networkCode : name;
  const answer = typeof shape.message === 'string' && shape.message !== '' ? shape.message : name;
  return new MailSendError(typeof status === 'number' ? `${status} ${answer}` : answer, {
    transient,
    code,
    cause: error,
  });
}
