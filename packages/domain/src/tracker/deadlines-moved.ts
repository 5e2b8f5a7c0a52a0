import type { IsoDate } from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DeadlineChange } from '../clock/deadline-changes.js';
import { reminderOf } from './rules/context.js';
import type { Reminder, TrackedRequest } from './types.js';

/** How `deadlineChanges` opens each history line; the mail says it once. */
const HISTORY_PREFIX = '节假日安排更新：';

const changeLine = (change: DeadlineChange) =>
  change.text.replace(HISTORY_PREFIX, '').replace(/。$/, '');

/**
 * The reminder that tells staff a calendar change (next year's holiday
 * notice, or the district's own days) moved one request's
 * deadlines, given what `deadlineChanges` found when the sweep recomputed
 * them. One reminder per request and sweep day (the day is the threshold),
 * about the earliest new deadline, its text listing every deadline that
 * moved. A deadline merely confirmed (provisional before, the same date now)
 * goes into the request's history, not into a mail; null when none moved.
 */
export function deadlinesMovedReminder(input: {
  readonly request: TrackedRequest;
  readonly changes: readonly DeadlineChange[];
  readonly asOf: IsoDate;
  readonly calendar: WorkingCalendar;
}): Reminder | null {
  const { calendar, asOf } = input;
  const changes = input.changes
    .filter(
      (change): change is DeadlineChange & { to: IsoDate } =>
        change.to !== null && change.to !== change.from,
    )
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const earliest = changes[0];
  if (earliest === undefined) return null;
  const year = Number(earliest.to.slice(0, 4));
  const notice = calendar.notices.find((candidate) => candidate.year === year);
  return reminderOf(input, {
    kind: 'deadlines-moved',
    deadline: earliest.to,
    threshold: asOf,
    article: notice ? notice.notice : '本地区节假日和工作日设置',
    text: `${HISTORY_PREFIX}${changes.map(changeLine).join('；')}`,
  });
}
