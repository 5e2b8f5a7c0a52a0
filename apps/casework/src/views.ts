import { allowedEventTypes, type Clock, type LifecycleContext } from '@ogi/domain';
import { type LetterRecord, outcomeRow, type StaffRole } from '@ogi/schema';
import { type FoundRequest, maskApplicant, type RequestRecord, stateOf } from '@ogi/store';

/**
 * The record as staff see it, without the query code's hash. Personal data is
 * masked unless `whole` (only the case view shows the applicant in full, and
 * only to the roles that handle requests).
 */
export function staffRecord(record: RequestRecord, { whole = false } = {}) {
  const { queryCodeHash: _hash, ...rest } = record;
  return {
    ...rest,
    applicant: whole ? record.applicant : maskApplicant(record.applicant),
    outcomeLabel: record.outcome ? outcomeRow(record.outcome).label : null,
  };
}

/** One row of the staff list: personal data masked (only the case view shows it whole). */
export function listItem(record: RequestRecord, today: string) {
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
    overdue: record.dueOn !== undefined && record.closedOn === undefined && record.dueOn < today,
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
 * Who sees an applicant's identity whole: the staff who handle requests. The
 * office compiles the annual report from counts, so it sees it masked, like
 * the public (least privilege for personal data).
 */
const SEES_IDENTITY: readonly StaffRole[] = ['clerk', 'head'];

/**
 * The staff case view: the record (the applicant whole for the roles that
 * handle requests), its audit trail, the clock explained, and what may happen next.
 */
export function caseView(
  found: FoundRequest,
  clock: Clock,
  context: LifecycleContext,
  today: string,
  role: StaffRole,
) {
  const { record } = found;
  // Stored events are not judged again: a calendar change since must not lock the view.
  const state = stateOf(found);
  return {
    record: staffRecord(record, { whole: SEES_IDENTITY.includes(role) }),
    events: found.events,
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
