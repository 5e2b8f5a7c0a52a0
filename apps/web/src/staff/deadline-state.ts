import type { QueueItem } from './api.js';

/** How a request stands against its next deadline, as the queue colours it. */
export type DeadlineState =
  | 'overdue'
  | 'due-soon'
  | 'on-track'
  | 'paused'
  | 'awaiting-receipt'
  | 'closed';

/** Working days within which a deadline counts as close. */
export const DUE_SOON_WORKING_DAYS = 5;

const CLOSED: readonly string[] = ['decided', 'withdrawn', 'deemed-withdrawn'];
/** Deadlines that are someone else's while the answer clock stands still. */
const PAUSING: readonly string[] = ['applicant-correction', 'consultation-reply', 'fee-payment'];

/** The state of a queue row on `today` (`YYYY-MM-DD`, the district's day). */
export function deadlineStateOf(item: QueueItem, today: string): DeadlineState {
  if (CLOSED.includes(item.status)) return 'closed';
  const next = item.nextDeadline;
  if (item.status === 'awaiting-correction' || (next && PAUSING.includes(next.kind))) {
    return 'paused';
  }
  if (next === null) return item.receivedOn === null ? 'awaiting-receipt' : 'on-track';
  if (item.overdue || next.on < today) return 'overdue';
  // The API counts the working days with the district's calendar (holidays, make-up days).
  const left = item.workingDaysLeft;
  return left !== null && left <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'on-track';
}

/** The queue's order: the nearest next deadline first, rows without one last, then by receipt number. */
export function byNextDeadline(a: QueueItem, b: QueueItem): number {
  const left = a.nextDeadline?.on ?? '9999-12-31';
  const right = b.nextDeadline?.on ?? '9999-12-31';
  if (left !== right) return left < right ? -1 : 1;
  return a.receiptNo < b.receiptNo ? -1 : a.receiptNo > b.receiptNo ? 1 : 0;
}

/** Today in `timeZone` as `YYYY-MM-DD` (the browser's own zone when none is known). */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
