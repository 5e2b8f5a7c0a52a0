import { createTransport } from 'nodemailer';
import { smtpSendError } from './smtp-errors.js';
import type { MailMessage, MailSender } from './types.js';

/** How long the relay may take, in milliseconds. */
export interface SmtpTimeouts {
  /** To open the connection. */
  readonly connectionMs: number;
  /** From the connection (or the STARTTLS upgrade) to the relay's greeting. */
  readonly greetingMs: number;
  /** Of silence once talking. */
  readonly socketMs: number;
}

/** Nodemailer waits minutes by default; a scheduled Lambda has less to spare. */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
};

export interface SmtpSenderOptions {
  readonly host: string;
  readonly port: number;
  /** `tls`: TLS from the first byte; `starttls`: the upgrade is required, never plain text. */
  readonly security: 'tls' | 'starttls';
  readonly user?: string;
  readonly password?: string;
  /** The sending address. */
  readonly from: string;
  /** The display name of the sender, e.g. the district's office. */
  readonly fromName?: string;
  /** PEM of the CA that signed the relay's certificate; replaces the system's CAs. */
  readonly ca?: string;
  /** Defaults to true: a relay whose certificate is not trusted gets no mail. */
  readonly rejectUnauthorized?: boolean;
  readonly timeouts?: Partial<SmtpTimeouts>;
}

/**
 * A `MailSender` over SMTP with TLS, for AWS China regions (no SES) and
 * agencies with their own relay. Each message opens its own connection, so
 * nothing is left open between sweeps.
 * @example
 * const sender = smtpSender({ host: 'smtp.example.gov.cn', port: 465, security: 'tls', user, password, from: district.email.sender, fromName: district.names.office });
 */
export function smtpSender(options: SmtpSenderOptions): MailSender {
  const timeouts = { ...DEFAULT_SMTP_TIMEOUTS, ...options.timeouts };
  const transport = createTransport({
    host: options.host,
    port: options.port,
    secure: options.security === 'tls',
    requireTLS: options.security === 'starttls',
    ...(options.user !== undefined
      ? { auth: { user: options.user, pass: options.password ?? '' } }
      : {}),
    tls: {
      minVersion: 'TLSv1.2',
      rejectUnauthorized: options.rejectUnauthorized ?? true,
      ...(options.ca !== undefined ? { ca: options.ca } : {}),
    },
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    logger: false,
  });
  const from =
    options.fromName !== undefined
      ? { name: options.fromName, address: options.from }
      : options.from;
  return {
    async send(message: MailMessage) {
      try {
        const info = await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw smtpSendError(error);
      }
    },
  };
}
