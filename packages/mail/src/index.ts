export { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.js';
export { MailConfigError, MailError, MailSendError } from './errors.js';
export {
  type FailedMail,
  type SendAllOptions,
  type SendAllResult,
  type SentMail,
  sendAll,
} from './send-all.js';
export { type SenderDependencies, senderFor } from './sender-for.js';
export { type SesSenderOptions, sesSender } from './ses-sender.js';
export {
  DEFAULT_SMTP_TIMEOUTS,
  type SmtpSenderOptions,
  type SmtpTimeouts,
  smtpSender,
} from './smtp-sender.js';
export type { MailMessage, MailSender } from './types.js';
