import type {
  AppealKind,
  AppealResult,
  IsoDate,
  LifecycleEvent,
  OutcomeCode,
  RequestStatus,
} from '@ogi/schema';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ClockSettings } from '../statute.js';

export interface AppealRecord {
  readonly kind: AppealKind;
  readonly filedOn: IsoDate;
  readonly result?: AppealResult;
  readonly concludedOn?: IsoDate;
}

/** A request as the fold of its accepted events. */
export interface RequestState {
  readonly status: RequestStatus;
  /** The events accepted so far, in order. */
  readonly events: readonly LifecycleEvent[];
  readonly submittedOn: IsoDate | null;
  readonly receivedOn: IsoDate | null;
  /** Art. 30: a correction may be asked for once. */
  readonly correctionRequested: boolean;
  /** Art. 33 ¶2: the answer period may be extended once. */
  readonly extended: boolean;
  readonly openConsultations: number;
  readonly feeNoticed: boolean;
  readonly feePending: boolean;
  readonly outcome: OutcomeCode | null;
  readonly closedOn: IsoDate | null;
  readonly appeals: readonly AppealRecord[];
}

/** What the rules need besides the events: the district's calendar and settings. */
export interface LifecycleContext {
  readonly calendar: WorkingCalendar;
  readonly settings?: Partial<ClockSettings>;
}

/** The state of a request before any event. */
export function initialState(): RequestState {
  return {
    status: 'new',
    events: [],
    submittedOn: null,
    receivedOn: null,
    correctionRequested: false,
    extended: false,
    openConsultations: 0,
    feeNoticed: false,
    feePending: false,
    outcome: null,
    closedOn: null,
    appeals: [],
  };
}

/**
 * The table-三 outcome a closing event gives the request; null for any other
 * event. Withdrawal by the applicant is （六）3, a lapsed correction （六）1,
 * an unpaid fee （六）2.
 *
 * @example
 * outcomeOf({ type: 'deemedWithdrawn', on: '2026-03-02', reason: 'fee-unpaid' }); // 'other-fee-unpaid'
 */
export function outcomeOf(event: LifecycleEvent): OutcomeCode | null {
  switch (event.type) {
    case 'decided':
      return event.outcome;
    case 'withdrawn':
      return 'other';
    case 'deemedWithdrawn':
      return event.reason === 'correction-lapsed' ? 'other-correction-lapsed' : 'other-fee-unpaid';
    default:
      return null;
  }
}
