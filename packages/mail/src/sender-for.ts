import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DistrictEmail } from '@ogi/schema';
import { MailConfigError } from './errors.js';
import { sesSender } from './ses-sender.js';
import { type SmtpSenderOptions, smtpSender } from './smtp-sender.js';
import type { MailSender } from './types.js';

/** What a transport needs besides the district's `email` config. */
export interface SenderDependencies {
  /** The sender's display name: the district's office (`district.names.office`). */
  readonly fromName: string;
  /** For `transport: 'ses'`: made once by the app, ideally with `maxAttempts: 1`. */
  readonly sesClient?: SESv2Client;
  /** Where the variable named by `smtp.passwordEnv` is read; the app passes `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** For `transport: 'smtp'`: an agency CA, and timeouts. */
  readonly smtp?: Pick<SmtpSenderOptions, 'ca' | 'rejectUnauthorized' | 'timeouts'>;
}

function smtpPassword(
  passwordEnv: string | undefined,
  env: SenderDependencies['env'],
): string | undefined {
  if (passwordEnv === undefined) return undefined;
  const password = env?.[passwordEnv];
  if (!password) {
    throw new MailConfigError(
      `email.smtp.passwordEnv names ${passwordEnv}, which is not set: set it to the relay's password`,
    );
  }
  return password;
}

/**
 * The district's `MailSender`, chosen by `email.transport`: SES, or the SMTP
 * relay with its password read from the variable `email.smtp.passwordEnv`
 * names. Throws `MailConfigError` when what the transport needs is missing,
 * so a bad setup fails at start rather than at the first reminder.
 * @example
 * const sender = senderFor(district.email, { fromName: district.names.office, sesClient, env: process.env });
 */
export function senderFor(email: DistrictEmail, deps: SenderDependencies): MailSender {
  if (email.transport === 'ses') {
    if (!deps.sesClient)
      throw new MailConfigError('email.transport is ses but no SES client was given');
    return sesSender({ client: deps.sesClient, from: email.sender, fromName: deps.fromName });
  }
  const { smtp } = email;
  if (!smtp) throw new MailConfigError('email.transport is smtp but email.smtp is missing');
  return smtpSender({
    ...deps.smtp,
    host: smtp.host,
    port: smtp.port,
    security: smtp.security,
    ...(smtp.user !== undefined ? { user: smtp.user } : {}),
    ...(smtp.passwordEnv !== undefined
      ? { password: smtpPassword(smtp.passwordEnv, deps.env) }
      : {}),
    from: email.sender,
    fromName: deps.fromName,
  });
}
