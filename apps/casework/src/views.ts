import {
  allowedEventTypes,
  type Clock,
  type LifecycleContext,
  type WorkingCalendar,
} from '@ogi/domain';
import { type LetterRecord, outcomeRow } from '@ogi/schema';
import { type FoundRequest, maskApplicant, type RequestRecord, stateOf } from '@ogi/store';

/**
 * The record as staff see it, without the query code's hash and with the
 * applicant masked: staff who handle the request ask for it whole
 * (`POST …/applicant`), and each asking is recorded.
 */
export function staffRecord(record: RequestRecord) {
  const { queryCodeHash: _hash, ...rest } = record;
  return {
    ...rest,
    applicant: maskApplicant(record.applicant),
    outcomeLabel: record.outcome ? outcomeRow(record.outcome).label : null,
  };
}

/**
 * One row of the staff list: personal data masked, and the working days from
 * `today` to the next deadline counted with the district's calendar
 * (negative once it passed; null without one), so the queue computes no date.
 */
export function listItem(record: RequestRecord, today: string, calendar: WorkingCalendar) {
  const open = record.closedOn === undefined;
  return {
    id: record.id,
    receiptNo: record.receiptNo,
    status: record.status,
    version: record.version,
    channel: record.channel,
    submittedOn: record.submittedOn,
    receivedOn: record.receivedOn ?? null,
    dueOn: record.dueOn ?? null,
    nextDeadline: record.nextDeadline ?? null,
    workingDaysLeft:
      open && record.nextDeadline ? calendar.countWorkingDays(today, record.nextDeadline.on) : null,
    overdue: record.dueOn !== undefined && open && record.dueOn < today,
    provisional: record.provisional,
    /** Art. 30: the correction notice came after the 7 working days. */
    correctionNoticeLate: record.correctionNoticeLate === true,
    assignee: record.assignee ?? null,
    applicant: maskApplicant(record.applicant),
    applicantColumn: record.applicantColumn,
    outcome: record.outcome ?? null,
  };
}

/**
 * The staff case view: the record (the applicant masked, for every role), its
 * audit trail with each time the applicant was shown whole (`reveals`), the
 * clock explained, and what may happen next.
 */
export function caseView(
  found: FoundRequest,
  clock: Clock,
  context: LifecycleContext,
  today: string,
) {
  const { record } = found;
  // Stored events are not judged again: a calendar change since must not lock the view.
  const state = stateOf(found);
  return {
    record: staffRecord(record),
    events: found.events,
    reveals: found.reveals,
    attachments: found.attachments.map((attachment) => ({
      ...attachment,
      ...(attachment.status === 'verified'
        ? {
            download: `/api/staff/requests/${record.id}/attachments/${attachment.attachmentId}`,
          }
        : {}),
    })),
    letters: found.letters.map((letter) => letterItem(record.id, letter)),
    clock,
    allowedEvents: allowedEventTypes(state, context, today),
  };
}

/** One letter as the case lists it, with where staff download it. */
export function letterItem(requestId: string, record: LetterRecord) {
  return { ...record, download: `/api/staff/requests/${requestId}/letters/${record.id}` };
}
