import type { LifecycleEvent } from '@ogi/schema';
import { initialState, type LifecycleContext, type RequestState } from './state.js';
import { applyEvent, evolve } from './transitions.js';

/**
 * A request's state as the fold of its events, each checked by `applyEvent`:
 * throws `IllegalTransitionError` at the first event the rules refuse. For
 * events not yet accepted (a new request's first events, a history given on
 * the command line); stored events take `foldAcceptedEvents`.
 *
 * @example
 * foldEvents(initialEvents, { calendar }).status; // 'processing'
 */
export function foldEvents(
  events: readonly LifecycleEvent[],
  context: LifecycleContext,
): RequestState {
  return events.reduce((state, event) => applyEvent(state, event, context), initialState());
}

/**
 * A request's state as the fold of events the rules accepted when they were
 * recorded, without judging them again: a rule that reads the calendar (a
 * window's last day) may answer otherwise once a make-up working day or a
 * district override is added, and what was accepted stays accepted. Only the
 * next event is judged, by `applyEvent`.
 *
 * @example
 * applyEvent(foldAcceptedEvents(storedEvents), nextEvent, context);
 */
export function foldAcceptedEvents(events: readonly LifecycleEvent[]): RequestState {
  return events.reduce(evolve, initialState());
}
