import { MailSendError } from './errors.js';

/** What nodemailer puts on the errors it throws, read without trusting their shape. */
interface SmtpErrorShape {
  readonly code?: unknown;
  readonly originalCode?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
  readonly command?: unknown;
  readonly message?: unknown;
}

// The connection failed or dropped before the relay answered: it may be back on a later try.
const CONNECTION_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
]);

// Node's codes for a certificate it does not trust: a setting to fix, not a moment to wait out.
const UNTRUSTED_CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Classifies an error of nodemailer's SMTP transport: a 4xx reply and a
 * dropped connection may pass on a later try; a 5xx reply (an unknown
 * address, refused credentials, no STARTTLS where it is required) and an
 * untrusted certificate will not.
 */
export function smtpSendError(error: unknown): MailSendError {
  const shape: SmtpErrorShape = typeof error === 'object' && error !== null ? error : {};
  const message = text(shape.message) ?? 'SMTP send failed';
  const replyCode = typeof shape.responseCode === 'number' ? shape.responseCode : undefined;
  if (replyCode !== undefined) {
    const reply = text(shape.response);
    const command = text(shape.command);
    return new MailSendError(reply && command ? `${command}: ${reply}` : message, {
      transient: replyCode >= 400 && replyCode < 500,
      code: `SMTP ${replyCode}`,
      cause: error,
    });
  }
  // nodemailer's code says where it failed (ESOCKET); Node's, when kept, says what happened.
  const code = text(shape.originalCode) ?? text(shape.code) ?? 'Error';
  const transient = CONNECTION_CODES.has(code) && !UNTRUSTED_CERTIFICATE.test(code);
  return new MailSendError(message, { transient, code, cause: error });
}
