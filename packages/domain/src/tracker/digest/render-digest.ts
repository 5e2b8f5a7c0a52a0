import { addresseesOf, type DigestRecipients, noticeAddressees } from '../addressees.js';
import type { Digest, OfficeNotice, Reminder } from '../types.js';
import { type DigestContext, digestContent } from './content.js';
import { digestHtml } from './html.js';
import { digestPlainText } from './plain-text.js';

/**
 * One recipient's digest e-mail, in Chinese: the subject names the district
 * and the number of requests (【大场镇政府信息公开】3件申请期限提醒); the body
 * lists each request by 受理编号 and masked name with what is due, the
 * deadline and its weekday, the working days left and a link to the case,
 * then the moved deadlines and the office notices in sections of their own.
 * Plain text and HTML (every value escaped); no personal data beyond the
 * receipt number and the masked name.
 */
export function renderDigest(
  to: string,
  reminders: readonly Reminder[],
  notices: readonly OfficeNotice[],
  context: DigestContext,
): Digest {
  const content = digestContent(reminders, notices, context);
  return {
    to,
    subject: content.subject,
    text: digestPlainText(content),
    html: digestHtml(content),
    reminders,
    notices,
  };
}

/**
 * The digests of one sweep: one per recipient, each with every reminder and
 * notice addressed to them (`addresseesOf`, `noticeAddressees`); nobody gets
 * an empty one, and an address in several lists gets a single digest.
 *
 * @example
 * renderDigests({ district: { name: '大场镇', webOrigin }, asOf, recipients, reminders, notices })
 *   .map((digest) => mailer.send(digest));
 */
export function renderDigests(
  input: DigestContext & {
    readonly recipients: DigestRecipients;
    readonly reminders: readonly Reminder[];
    readonly notices: readonly OfficeNotice[];
  },
): Digest[] {
  const byAddress = new Map<
    string,
    { to: string; reminders: Reminder[]; notices: OfficeNotice[] }
  >();
  const mailbox = (address: string) => {
    const key = address.toLowerCase();
    const existing = byAddress.get(key);
    if (existing) return existing;
    const created = { to: address, reminders: [], notices: [] };
    byAddress.set(key, created);
    return created;
  };
  for (const reminder of input.reminders) {
    for (const address of addresseesOf(reminder, input.recipients)) {
      mailbox(address).reminders.push(reminder);
    }
  }
  for (const address of input.notices.length > 0 ? noticeAddressees(input.recipients) : []) {
    mailbox(address).notices.push(...input.notices);
  }
  return [...byAddress.values()].map((box) =>
    renderDigest(box.to, box.reminders, box.notices, input),
  );
}
