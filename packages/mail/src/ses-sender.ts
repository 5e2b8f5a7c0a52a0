import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { formatAddress } from './address.js';
import { sesSendError } from './ses-errors.js';
import type { MailMessage, MailSender } from './types.js';

export interface SesSenderOptions {
  /** Made once by the app; create it with `maxAttempts: 1` to leave retrying to `sendAll`. */
  readonly client: SESv2Client;
  /** The sending address, verified in SES. */
  readonly from: string;
  /** The display name of the sender, e.g. the district's office. */
  readonly fromName?: string;
  readonly configurationSet?: string;
}

const UTF8 = 'UTF-8';

/**
 * A `MailSender` over SESv2 `SendEmail` (simple content, UTF-8 subject and
 * parts), for AWS regions that have SES.
 * @example
 * const sender = sesSender({ client: new SESv2Client({ maxAttempts: 1 }), from: 'ogi@example.gov.cn', fromName: district.names.office });
 */
export function sesSender(options: SesSenderOptions): MailSender {
  const fromEmailAddress = formatAddress(options.fromName, options.from);
  return {
    async send(message: MailMessage) {
      const command = new SendEmailCommand({
        FromEmailAddress: fromEmailAddress,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: UTF8 },
            Body: {
              Text: { Data: message.text, Charset: UTF8 },
              Html: { Data: message.html, Charset: UTF8 },
            },
          },
        },
        ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
      });
      try {
        const { MessageId } = await options.client.send(command);
        // SES always answers with an id; without one the message was still accepted.
        return { messageId: MessageId ?? '' };
      } catch (error) {
        throw sesSendError(error);
      }
    },
  };
}
