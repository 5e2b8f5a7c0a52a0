import {
  type Clock,
  computeClock,
  type DeadlineChange,
  deadlineChanges,
  type LifecycleContext,
} from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';
import {
  type AuditInput,
  lifecycleEventsOf,
  type RequestRecord,
  type RequestSummary,
} from './request-record.js';
import type { TrackedCaseFile, TrackerStore } from './tracker-store.js';

/** What a recomputation wrote: the record after it and the deadlines that moved. */
export interface RecomputedDeadlines {
  readonly record: RequestRecord;
  readonly changes: readonly DeadlineChange[];
}

/**
 * Recomputes the stored deadlines of one request with today's calendar and
 * writes them with one history entry per change (`TrackerStore.moveDeadlines`),
 * under the version the case file was read at. The stored events are not
 * judged again, only clocked: the lifecycle fields of the record (status,
 * outcome, receipt) stay as they are, the deadlines follow the new calendar.
 *
 * The deadlines compared are the ones the record stores (`dueOn` and the
 * next deadline): the calendar they were computed with is gone, and they are
 * the ones that went stale in the indexes and the staff queue.
 *
 * @throws VersionConflictError when someone wrote the request meanwhile (it
 * was then recomputed by that write, which used the same calendar).
 */
export async function recomputeDeadlines(
  tracker: TrackerStore,
  context: LifecycleContext,
  file: TrackedCaseFile,
  audit: AuditInput,
  /** The day of the recomputation, in the district's time zone. */
  on?: IsoDate,
): Promise<RecomputedDeadlines> {
  const after = computeClock({
    events: lifecycleEventsOf(file.events),
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    explain: false,
  });
  const stored = new Set(['answer', file.record.nextDeadline?.kind, after.nextDeadline?.kind]);
  const changes = deadlineChanges(storedClock(file.record, after), after).filter((change) =>
    stored.has(change.deadline),
  );
  const record = await tracker.moveDeadlines({
    id: file.record.id,
    expectedVersion: file.record.version,
    current: file.record,
    summary: recomputedSummary(file.record, after),
    calendarVersion: context.calendar.version,
    ...(on ? { on } : {}),
    changes,
    audit,
  });
  return { record, changes };
}

/** The record's summary with the deadlines of `clock` and everything else as stored. */
function recomputedSummary(record: RequestRecord, clock: Clock): RequestSummary {
  return {
    status: record.status,
    receivedOn: record.receivedOn ?? null,
    dueOn: clock.dueOn,
    nextDeadline: clock.nextDeadline
      ? { kind: clock.nextDeadline.kind, on: clock.nextDeadline.on }
      : null,
    provisional: clock.provisional,
    outcome: record.outcome ?? null,
    closedOn: record.closedOn ?? null,
    feePaid: record.feePaid ?? null,
    // A late correction notice was judged when it was recorded: not again.
    correctionNoticeLate: record.correctionNoticeLate === true,
    answeredLate: record.answeredLate ?? null,
    extendedOn: clock.extension?.on ?? null,
    appeals: record.appeals.map((appeal) => ({ ...appeal })),
  };
}

/**
 * The clock as the record stores it: `after` with the stored due date, the
 * stored next deadline in the field of its kind, and the stored provisional
 * flag, so `deadlineChanges` compares exactly what was stored.
 */
function storedClock(record: RequestRecord, after: Clock): Clock {
  const next = record.nextDeadline;
  const on = (kind: NonNullable<Clock['nextDeadline']>['kind'], current: string | null) =>
    next?.kind === kind ? next.on : current;
  const openConsultation = after.consultations.findIndex((window) => !window.endedOn);
  return {
    ...after,
    dueOn: record.dueOn ?? null,
    correctionNoticeDueOn: on('correction-notice', after.correctionNoticeDueOn),
    correction: after.correction && {
      ...after.correction,
      applicantDueOn:
        on('applicant-correction', after.correction.applicantDueOn) ??
        after.correction.applicantDueOn,
    },
    fee: after.fee && {
      ...after.fee,
      payByOn: on('fee-payment', after.fee.payByOn) ?? after.fee.payByOn,
    },
    consultations: after.consultations.map((window, i) =>
      i === openConsultation
        ? {
            ...window,
            replyDueOn: on('consultation-reply', window.replyDueOn) ?? window.replyDueOn,
          }
        : window,
    ),
    provisional: record.provisional,
  };
}
