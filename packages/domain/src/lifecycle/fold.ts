import type { LifecycleEvent } from '@ogi/schema';
import { initialState, type LifecycleContext, type RequestState } from './state.js';
import { applyEvent } from './transitions.js';

/**
 * A request's state as the fold of its events, each checked by `applyEvent`:
 * throws `IllegalTransitionError` at the first event the rules refuse.
 *
 * @example
 * foldEvents(storedEvents, { calendar }).status; // 'decided'
 */
export function foldEvents(
  events: readonly LifecycleEvent[],
  context: LifecycleContext,
): RequestState {
  return events.reduce((state, event) => applyEvent(state, event, context), initialState());
}
