import type { LifecycleEventInput } from '@ogi/schema';
import {
  type ClockSettings,
  computeClock,
  type Reminder,
  type RemindersInput,
  reminderKey,
  remindersFor,
  type TrackedRequest,
  type WorkingCalendar,
} from '../src/index.js';
import { events, calendar as nationalCalendar } from './support.js';

export function trackedRequest(overrides: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    id: 'req-0001',
    receiptNo: 'DC-2026-0001',
    status: 'processing',
    channel: 'in-person',
    submittedOn: '2026-09-18',
    assignee: '李四',
    maskedName: '张*',
    ...overrides,
  };
}

/**
 * The reminders one request is owed on `asOf`, its clock computed as of that
 * day from the events recorded by then.
 */
export function owedOn(
  asOf: string,
  inputs: LifecycleEventInput[],
  options: {
    request?: Partial<TrackedRequest>;
    calendar?: WorkingCalendar;
    settings?: Partial<ClockSettings>;
    thresholds?: RemindersInput['thresholds'];
  } = {},
): Reminder[] {
  const calendar = options.calendar ?? nationalCalendar;
  const clock = computeClock({
    calendar,
    events: events(...inputs.filter((input) => input.on <= asOf)),
    asOf,
    ...(options.settings ? { settings: options.settings } : {}),
  });
  return remindersFor({
    request: trackedRequest(options.request),
    clock,
    asOf,
    calendar,
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  });
}

/**
 * Sweeps on each of `days` in turn as the tracker does: every reminder owed
 * whose key was not yet claimed is sent, and claimed. Returns what went out, by day.
 */
export function sweepDays(
  days: readonly string[],
  inputs: LifecycleEventInput[],
  options: Parameters<typeof owedOn>[2] = {},
): [string, string][] {
  const claimed = new Set<string>();
  const sent: [string, string][] = [];
  for (const day of days) {
    for (const reminder of owedOn(day, inputs, options)) {
      const key = reminderKey(reminder);
      if (claimed.has(key)) continue;
      claimed.add(key);
      sent.push([day, key]);
    }
  }
  return sent;
}

/** The working days from `from` to `to`, both included. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = calendar.addWorkingDays(day, 1).date) {
    if (calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** A reminder as the rules make them, for the digest's tests. */
export function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    requestId: 'req-0001',
    receiptNo: 'DC-2026-0001',
    assignee: null,
    maskedName: '张*',
    kind: 'answer',
    deadline: '2026-10-22',
    threshold: 2,
    workingDaysLeft: 2,
    provisional: false,
    article: '《条例》第三十三条第二款',
    text: '答复期限',
    toOffice: false,
    ...overrides,
  };
}
