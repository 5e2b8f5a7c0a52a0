import {
  applyEvent,
  computeClock,
  foldAcceptedEvents,
  foldEvents,
  type LifecycleContext,
  type RequestState,
} from '@ogi/domain';
import type { IsoDate, LifecycleEvent, Submission } from '@ogi/schema';
import { NotFoundError, VersionConflictError } from './errors.js';
import { type AuditInput, lifecycleEventsOf, summaryFromDomain } from './request-record.js';
import type { FoundRequest, RequestRepository, WriteResult } from './request-repository.js';

/**
 * The one path every state change takes: the stored events are folded by the
 * domain as they were accepted, only the new event is checked by the
 * lifecycle against the calendar in force (an illegal step throws
 * `IllegalTransitionError`), the clock is recomputed, and the event and the
 * new summary are written together under the version the caller saw.
 */
export async function recordEvent(
  requests: RequestRepository,
  context: LifecycleContext,
  input: { id: string; expectedVersion: number; event: LifecycleEvent; audit: AuditInput },
): Promise<WriteResult> {
  const found = await requests.get(input.id);
  if (!found) throw new NotFoundError('request', input.id);
  // A caller who acted on an old view hears so first, whatever the rules would say about the step.
  if (found.record.version !== input.expectedVersion) {
    throw new VersionConflictError(input.id, input.expectedVersion, found.record.version);
  }
  const state = applyEvent(stateOf(found), input.event, context);
  const clock = computeClock({
    events: state.events,
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    explain: false,
  });
  return requests.appendEvent({
    id: input.id,
    expectedVersion: input.expectedVersion,
    event: input.event,
    audit: input.audit,
    summary: summaryFromDomain(state, clock),
    calendarVersion: context.calendar.version,
    current: found.record,
  });
}

/** Creates a request from its first events, checked (they are new) and clocked by the domain like any other change. */
export async function recordNewRequest(
  requests: RequestRepository,
  context: LifecycleContext,
  input: {
    submission: Submission;
    events: readonly LifecycleEvent[];
    submittedOn: IsoDate;
    submittedAt: string;
    /** Who records the first events and from where; the applicant unless given. */
    audit?: AuditInput;
    idempotencyKey?: string;
  },
) {
  const state = foldEvents(input.events, context);
  const clock = computeClock({
    events: state.events,
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    explain: false,
  });
  return requests.create({
    submission: input.submission,
    channel: input.submission.channel,
    submittedOn: input.submittedOn,
    submittedAt: input.submittedAt,
    ...(input.audit ? { audit: input.audit } : {}),
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    initialEvents: input.events,
    summary: summaryFromDomain(state, clock),
    calendarVersion: context.calendar.version,
  });
}

/** The clock of a stored request as of a day, with its explanation, for the views. */
export function clockOf(found: FoundRequest, context: LifecycleContext, asOf: IsoDate) {
  return computeClock({
    events: lifecycleEventsOf(found.events),
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    asOf,
  });
}

/**
 * The lifecycle state of a stored request, its events folded as they were
 * accepted: a calendar change since (a make-up working day, a district's
 * `extraWorkingDays`) never makes a stored step illegal, so neither the views
 * nor the next command are locked by it.
 */
export function stateOf(found: FoundRequest): RequestState {
  return foldAcceptedEvents(lifecycleEventsOf(found.events));
}
