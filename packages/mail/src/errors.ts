/** The base of every error this package throws on purpose. */
export class MailError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MailError';
  }
}

/**
 * A send that failed. `transient` says whether the same message may go through
 * on a later try (throttling, a 5xx of SES, a dropped connection, an SMTP 4xx)
 * or never will (a rejected address, an SMTP 5xx, refused credentials).
 */
export class MailSendError extends MailError {
  readonly transient: boolean;
  /** What the transport answered: `SMTP 550`, `MessageRejected`, `ECONNRESET`, … */
  readonly code: string;

  constructor(
    message: string,
    options: ErrorOptions & { readonly transient: boolean; readonly code: string },
  ) {
    super(message, options);
    this.name = 'MailSendError';
    this.transient = options.transient;
    this.code = options.code;
  }
}

/** A transport that cannot be set up from the config it was given (a missing password, client). */
export class MailConfigError extends MailError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MailConfigError';
  }
}
