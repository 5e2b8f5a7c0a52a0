import type { Reminder } from './types.js';

/** Who the district's digests go to: its `email` settings. */
export interface DigestRecipients {
  /** `email.staffAddresses`: a staff name, as the staff token carries it, to that person's address. */
  readonly staffAddresses?: Readonly<Record<string, string>>;
  /** `email.staffRecipients`: who gets a request's reminders when its assignee has no address. */
  readonly staffRecipients: readonly string[];
  /** `email.officeRecipients`: who also gets overdue reminders, and the office notices. */
  readonly officeRecipients?: readonly string[];
}

/**
 * The addresses one reminder goes to: the assignee's own when the district
 * maps that name to an address, otherwise `staffRecipients`; an overdue
 * reminder (`toOffice`) goes to `officeRecipients` as well. Each address
 * once, compared without regard to case.
 *
 * @example
 * addresseesOf(reminder, { staffAddresses: { 李四: 'lisi@example.gov.cn' }, staffRecipients: ['ogi@example.gov.cn'] });
 * // ['lisi@example.gov.cn']
 */
export function addresseesOf(
  reminder: Pick<Reminder, 'assignee' | 'toOffice'>,
  recipients: DigestRecipients,
): string[] {
  const { staffAddresses = {}, staffRecipients, officeRecipients = [] } = recipients;
  const own =
    reminder.assignee !== null && Object.hasOwn(staffAddresses, reminder.assignee)
      ? staffAddresses[reminder.assignee]
      : undefined;
  const staff = own !== undefined ? [own] : staffRecipients;
  return distinctAddresses([...staff, ...(reminder.toOffice ? officeRecipients : [])]);
}

/**
 * The addresses the office notices go to: `officeRecipients`, or
 * `staffRecipients` when the district names no office recipient, so that
 * the annual report and a missing holiday notice reach someone.
 */
export function noticeAddressees(recipients: DigestRecipients): string[] {
  const office = recipients.officeRecipients ?? [];
  return distinctAddresses(office.length > 0 ? office : recipients.staffRecipients);
}

/** Each address once, the first spelling kept; e-mail addresses are compared without regard to case. */
export function distinctAddresses(addresses: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const address of addresses) {
    const key = address.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) seen.set(key, address.trim());
  }
  return [...seen.values()];
}
