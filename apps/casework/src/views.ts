import { allowedEventTypes, type Clock, foldEvents, type LifecycleContext } from '@ogi/domain';
import { outcomeRow } from '@ogi/schema';
import {
  type FoundRequest,
  lifecycleEventsOf,
  maskApplicant,
  type RequestRecord,
} from '@ogi/store';

/**
 * The record as staff see it, without the query code's hash. Personal data is
 * masked unless `whole` (only the case view shows the applicant in full).
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
    assignee: record.assignee ?? null,
    applicant: maskApplicant(record.applicant),
    applicantColumn: record.applicantColumn,
    outcome: record.outcome ?? null,
  };
}

/** The staff case view: the whole record, its audit trail, the clock explained, and what may happen next. */
export function caseView(
  found: FoundRequest,
  clock: Clock,
  context: LifecycleContext,
  today: string,
) {
  const { record } = found;
  const state = foldEvents(lifecycleEventsOf(found.events), context);
  return {
    record: staffRecord(record, { whole: true }),
    events: found.events,
    attachments: found.attachments,
    clock,
    allowedEvents: allowedEventTypes(state, context, today),
  };
}
