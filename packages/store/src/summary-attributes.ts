import type { AppealRecord } from '@ogi/domain';
import { CLOSED_STATUSES, type IsoDate, type RequestStatus } from '@ogi/schema';
import type { RequestSummary } from './request-record.js';
import { APPEAL_PENDING_YEAR, KEY, keys } from './table.js';

/** What a summary changes on a record: attributes to set, attributes to remove. */
export interface SummaryAttributes {
  readonly set: Record<string, unknown>;
  readonly remove: string[];
}

/**
 * The one encoding of a summary on the `META` item: its fields and the keys
 * of every index it belongs to. A new record takes `set` (its `remove` names
 * attributes it never had); a change sets and removes both.
 *
 * `submittedOn` dates a request that is not received yet: until then its
 * year is its submission's; once received it moves to the receipt's year (an
 * online request confirmed in January counts in the new year). It also places
 * a submission awaiting confirmation in `open`: after every deadline (the
 * staff queue lists them last, as before), by the day it was submitted, so
 * the tracker finds the ones it must remind of by a key range (Art. 31(3)).
 */
export function summaryAttributes(
  id: string,
  summary: RequestSummary,
  submittedOn?: IsoDate,
): SummaryAttributes {
  const set: Record<string, unknown> = {
    status: summary.status,
    provisional: summary.provisional,
    appeals: summary.appeals.map((appeal) => ({ ...appeal })),
    [KEY.statusPk]: keys.statusPk(summary.status),
  };
  const remove: string[] = [];
  const optional = {
    receivedOn: summary.receivedOn,
    dueOn: summary.dueOn,
    nextDeadline: summary.nextDeadline,
    outcome: summary.outcome,
    closedOn: summary.closedOn,
    feePaid: summary.feePaid,
    correctionNoticeLate: summary.correctionNoticeLate ? true : null,
    answeredLate: summary.answeredLate,
    extendedOn: summary.extendedOn,
  };
  for (const [attribute, value] of Object.entries(optional)) {
    if (value === null) remove.push(attribute);
    else set[attribute] = value;
  }
  const countedIn = summary.receivedOn ?? submittedOn;
  if (countedIn !== undefined) set[KEY.yearPk] = keys.yearPk(countedIn.slice(0, 4));
  if ((CLOSED_STATUSES as readonly RequestStatus[]).includes(summary.status)) {
    // Leaving `open` also leaves `byAssignee`, which shares its sort key.
    remove.push(KEY.openPk, KEY.openSk);
  } else {
    set[KEY.openPk] = keys.openPk;
    const awaitingSince = summary.status === 'submitted' ? submittedOn : undefined;
    set[KEY.openSk] = keys.openSk(summary.nextDeadline?.on, id, awaitingSince);
  }
  // Closed requests never reopen, so `byClosedYear` is written once, on closing.
  if (summary.closedOn === null) remove.push(KEY.closedYearPk);
  else set[KEY.closedYearPk] = keys.closedYearPk(summary.closedOn.slice(0, 4));
  const appealsUntil = appealsUntilYear(summary.appeals);
  if (appealsUntil === null) remove.push(KEY.appealPk, KEY.appealSk);
  else {
    set[KEY.appealPk] = keys.appealPk;
    set[KEY.appealSk] = keys.appealSk(appealsUntil, id);
  }
  return { set, remove };
}

/** The last year any of the cases counts in (`9999` while one is pending), or null without cases. */
function appealsUntilYear(appeals: readonly AppealRecord[]): string | null {
  if (appeals.length === 0) return null;
  let until = '';
  for (const appeal of appeals) {
    const year = appeal.concludedOn ? appeal.concludedOn.slice(0, 4) : APPEAL_PENDING_YEAR;
    if (year > until) until = year;
  }
  return until;
}
