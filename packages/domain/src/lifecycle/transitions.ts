import {
  APPEAL_KINDS,
  type IsoDate,
  LIFECYCLE_EVENT_TYPES,
  type LifecycleEvent,
  type LifecycleEventType,
} from '@ogi/schema';
import { addCalendarDays } from '../calendar/day-number.js';
import { computeClock } from '../clock/compute-clock.js';
import { IllegalTransitionError } from './errors.js';
import { rejectionOf } from './rules.js';
import { type LifecycleContext, outcomeOf, type RequestState } from './state.js';

/**
 * The state after `event`, or an `IllegalTransitionError` naming the rule it
 * breaks. Pure: `state` is not changed.
 *
 * @example
 * const context = { calendar: new WorkingCalendar() };
 * const state = applyEvent(initialState(), { type: 'received', on: '2026-09-18', channel: 'in-person' }, context);
 * state.status; // 'processing'
 */
export function applyEvent(
  state: RequestState,
  event: LifecycleEvent,
  context: LifecycleContext,
): RequestState {
  const rejection = rejectionOf(state, event, context);
  if (rejection) {
    throw new IllegalTransitionError({ ...rejection, eventType: event.type, state: state.status });
  }
  return evolve(state, event);
}

/** The state after `event`, which the rules already accepted: no rule is consulted. */
export function evolve(state: RequestState, event: LifecycleEvent): RequestState {
  const next: RequestState = { ...state, events: [...state.events, event] };
  switch (event.type) {
    case 'submitted':
      return { ...next, status: 'submitted', submittedOn: event.on };
    case 'received':
      return { ...next, status: 'processing', receivedOn: event.on };
    case 'correctionRequested':
      return { ...next, status: 'awaiting-correction', correctionRequested: true };
    case 'correctionReceived':
      return { ...next, status: 'processing' };
    case 'consultationStarted':
      return { ...next, openConsultations: state.openConsultations + 1 };
    case 'consultationEnded':
      return { ...next, openConsultations: state.openConsultations - 1 };
    case 'extended':
      return { ...next, extended: true };
    case 'feeNoticed':
      return { ...next, feeNoticed: true, feePending: true };
    case 'feePaid':
      return { ...next, feePending: false };
    case 'deadlineSet':
      return next;
    case 'decided':
    case 'withdrawn':
    case 'deemedWithdrawn':
      return {
        ...next,
        status:
          event.type === 'decided'
            ? 'decided'
            : event.type === 'withdrawn'
              ? 'withdrawn'
              : 'deemed-withdrawn',
        outcome: outcomeOf(event),
        closedOn: event.on,
      };
    case 'appealFiled':
      return { ...next, appeals: [...state.appeals, { kind: event.kind, filedOn: event.on }] };
    case 'appealConcluded': {
      const index = state.appeals.findIndex(
        (appeal) => appeal.kind === event.kind && !appeal.concludedOn,
      );
      return {
        ...next,
        appeals: state.appeals.map((appeal, i) =>
          i === index ? { ...appeal, result: event.result, concludedOn: event.on } : appeal,
        ),
      };
    }
  }
}

/**
 * The event types `applyEvent` would accept now, in schema order: for the UI's
 * buttons. With `on`, the types accepted on that day; without it, those
 * accepted on some day from the last event on (a deemed withdrawal becomes
 * possible once the applicant's period has run out).
 *
 * A type is listed when at least one event of that type is accepted: a listed
 * `decided` still refuses the outcomes that need `deemedWithdrawn`, a listed
 * `deemedWithdrawn` names the one reason that applies.
 */
export function allowedEventTypes(
  state: RequestState,
  context: LifecycleContext,
  on?: IsoDate,
): LifecycleEventType[] {
  const days = on !== undefined ? [on] : probeDays(state, context);
  return LIFECYCLE_EVENT_TYPES.filter((type) =>
    days.some((day) =>
      probes(type, day).some((event) => rejectionOf(state, event, context) === null),
    ),
  );
}

/** The last event's day, and the day after the latest deadline a rule waits for. */
function probeDays(state: RequestState, context: LifecycleContext): IsoDate[] {
  const last = state.events.at(-1)?.on;
  // A new request's rules do not look at the date: any day the calendar accepts will do.
  if (last === undefined) return ['2000-01-02'];
  const clock = computeClock({
    events: state.events,
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    asOf: last,
  });
  const waits = [clock.correction?.applicantDueOn, clock.fee?.payByOn].filter(
    (day): day is IsoDate => day !== undefined && day >= last,
  );
  const latest = waits.sort().at(-1);
  return latest === undefined ? [last] : [last, addCalendarDays(latest, 1)];
}

/** The most permissive events of one type on one day: if none is accepted, none is. */
function probes(type: LifecycleEventType, on: IsoDate): LifecycleEvent[] {
  switch (type) {
    case 'submitted':
      return [{ type, on, channel: 'online' }];
    case 'received':
      return [{ type, on, channel: 'in-person' }];
    case 'consultationStarted':
      return [{ type, on, party: 'third-party' }];
    case 'extended':
      return [{ type, on, workingDays: 1, approvedBy: '—' }];
    case 'feeNoticed':
      return [{ type, on, yuan: 0, scale: 'item' }];
    case 'deadlineSet':
      return [{ type, on, dueOn: '2099-12-30', reason: '—' }];
    case 'decided':
      return [{ type, on, outcome: 'disclosed' }];
    case 'deemedWithdrawn':
      return [
        { type, on, reason: 'correction-lapsed' },
        { type, on, reason: 'fee-unpaid' },
      ];
    case 'appealFiled':
      return APPEAL_KINDS.map((kind) => ({ type, on, kind }));
    case 'appealConcluded':
      return APPEAL_KINDS.map((kind) => ({ type, on, kind, result: 'upheld' as const }));
    case 'correctionRequested':
    case 'correctionReceived':
    case 'consultationEnded':
    case 'feePaid':
    case 'withdrawn':
      return [{ type, on }];
  }
}
