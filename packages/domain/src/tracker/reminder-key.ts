import type { Reminder } from './types.js';

const SAFE_KEY = /^[a-z][a-z-]*#\d{4}-\d{2}-\d{2}#(\d{1,3}|\d{4}-\d{2}-\d{2})$/;

/**
 * The key that makes a reminder once-only within its request: kind, deadline
 * and threshold, joined by `#` (`answer#2026-10-22#2`,
 * `overdue#2026-10-22#2026-10-26`). Only lowercase letters, digits, `-` and
 * `#`, so the store can put it in a sort key (`MAIL#…`) as it is.
 *
 * @throws RangeError when a field would put anything else in the key: a
 * reminder built outside the tracker's rules, never input.
 */
export function reminderKey(reminder: Pick<Reminder, 'kind' | 'deadline' | 'threshold'>): string {
  const key = `${reminder.kind}#${reminder.deadline}#${reminder.threshold}`;
  if (!SAFE_KEY.test(key)) {
    throw new RangeError(`reminder key ${JSON.stringify(key)} is not kind#YYYY-MM-DD#threshold`);
  }
  return key;
}
