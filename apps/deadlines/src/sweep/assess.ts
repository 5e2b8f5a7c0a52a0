import {
  closeLapsedReminder,
  computeClock,
  type Lapse,
  type LifecycleContext,
  lapseOf,
  type Reminder,
  remindersFor,
  type TrackedRequest,
} from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';
import { lifecycleEventsOf, maskName, type RequestRecord, type TrackedCaseFile } from '@ogi/store';

/** What one request is owed as of a sweep day. */
export interface Assessment {
  readonly file: TrackedCaseFile;
  readonly request: TrackedRequest;
  /** The reminders the rules owe, claimed or not; with `close-lapsed` when staff must close. */
  readonly reminders: readonly Reminder[];
  /** The window that lapsed, when the district closes such requests itself. */
  readonly closeAs: Lapse | null;
  /**
   * The next deadline as of the sweep day, when the stored one has passed
   * with nothing recorded: the request moves there in the `open` index once
   * its reminders went out.
   */
  readonly advanceTo: NonNullable<RequestRecord['nextDeadline']> | null;
}

/** The request as the tracker's rules see it: ids, dates, assignee and a masked name only. */
export function trackedRequest(record: RequestRecord): TrackedRequest {
  return {
    id: record.id,
    receiptNo: record.receiptNo,
    status: record.status,
    channel: record.channel,
    submittedOn: record.submittedOn,
    assignee: record.assignee ?? null,
    maskedName: maskName(record.applicant.name),
  };
}

/**
 * Clocks one request as of `asOf` and works out what it is owed: the
 * reminders of `remindersFor`, and for a lapsed correction or fee window
 * either a deemed withdrawal (`autoCloseLapsed`) or a `close-lapsed`
 * reminder asking staff to record it.
 */
export function assess(
  file: TrackedCaseFile,
  context: LifecycleContext,
  options: { asOf: IsoDate; thresholds: readonly number[]; autoCloseLapsed: boolean },
): Assessment {
  const { asOf } = options;
  const { calendar } = context;
  const clock = computeClock({
    events: lifecycleEventsOf(file.events),
    calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    asOf,
    explain: false,
  });
  const request = trackedRequest(file.record);
  const lapse = lapseOf(clock, asOf, calendar);
  if (lapse) {
    return options.autoCloseLapsed
      ? { file, request, reminders: [], closeAs: lapse, advanceTo: null }
      : {
          file,
          request,
          reminders: [closeLapsedReminder({ request, lapse, asOf, calendar })],
          closeAs: null,
          advanceTo: null,
        };
  }
  const stored = file.record.nextDeadline;
  const next = clock.nextDeadline;
  const advanceTo =
    stored && next && stored.on < asOf && next.on > stored.on
      ? { kind: next.kind, on: next.on }
      : null;
  return {
    file,
    request,
    reminders: remindersFor({ request, clock, asOf, calendar, thresholds: options.thresholds }),
    closeAs: null,
    advanceTo,
  };
}
