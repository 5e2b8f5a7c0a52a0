/** One e-mail to one recipient, in plain text and HTML. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The port every mail transport implements: send one message, or throw. */
export interface MailSender {
  /**
   * Sends `message`. Throws `MailSendError` (with `transient` set) when the
   * transport refused or could not be reached; any other error is a fault of
   * ours and is never retried.
   */
  send(message: MailMessage): Promise<{ messageId: string }>;
}
