export {
  DomainError,
  IllegalTransitionError,
  REFUSED_FIELD,
  type RefusedField,
  type Rejection,
  type TransitionErrorCode,
} from './errors.js';
export { foldAcceptedEvents, foldEvents } from './fold.js';
export { EVENT_LABELS_ZH } from './rules.js';
export {
  type AppealRecord,
  initialState,
  type LifecycleContext,
  outcomeOf,
  type RequestState,
} from './state.js';
export { allowedEventTypes, applyEvent } from './transitions.js';
