import type { EventOf, IsoDate, LifecycleEvent, LifecycleEventType } from '@ogi/schema';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type ClockSettings, DEFAULT_CLOCK_SETTINGS, STATUTE } from '../statute.js';
import { explainClock } from './explain.js';
import {
  countedWorkingDays,
  deadlineAfter,
  mergePauses,
  type PauseSpan,
} from './pause-arithmetic.js';
import { describeReceipt } from './receipt.js';
import type {
  Clock,
  ClockPhase,
  ConsultationWindow,
  CorrectionWindow,
  FeeWindow,
  Pause,
} from './types.js';

export interface ClockInput {
  /** The request's events, in the order they happened (same-day events keep their order). */
  readonly events: readonly LifecycleEvent[];
  readonly calendar: WorkingCalendar;
  readonly settings?: Partial<ClockSettings>;
  /** The day to judge "paused", "overdue" and the days left on; defaults to the last event's day. */
  readonly asOf?: IsoDate;
  /** Skip the explanation (bulk recomputation when the calendar changes); default true. */
  readonly explain?: boolean;
}

/**
 * The statutory clock of one request: a pure function of its events and the
 * district's calendar.
 *
 * - receipt date by channel (Art. 31; 207号);
 * - 20 working days from the day after receipt (Art. 33 ¶2), plus one extension;
 * - a correction restarts the period from the day it arrives (Art. 30);
 * - consultation (Art. 32–34, capped at the 15-working-day reply period) and,
 *   by district setting, fee notices (109号) pause the clock: the working days
 *   after the pause starts up to and including the day it ends are not counted;
 * - an Art. 35 deadline, when set, replaces the statutory one;
 * - a fee unpaid through its 20 working days leaves the request deemed
 *   withdrawn (109号): phase `fee-lapsed`, never overdue, the deemed
 *   withdrawal next.
 *
 * @example
 * computeClock({ calendar, events: [{ type: 'received', on: '2026-09-18', channel: 'in-person' }] }).dueOn
 * // '2026-10-22'
 */
export function computeClock(input: ClockInput): Clock {
  const settings = { ...DEFAULT_CLOCK_SETTINGS, ...input.settings };
  const { calendar } = input;
  const events = [...input.events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const asOf = input.asOf ?? events.at(-1)?.on ?? null;
  const first = <T extends LifecycleEventType>(type: T, after?: IsoDate) =>
    events.find(
      (event): event is EventOf<T> =>
        event.type === type && (after === undefined || event.on >= after),
    );
  const last = <T extends LifecycleEventType>(type: T) =>
    events.findLast((event): event is EventOf<T> => event.type === type);

  let provisional = false;
  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    const result = calendar.addWorkingDays(date, n);
    provisional ||= result.provisional;
    return result.date;
  };

  const received = first('received');
  if (!received) {
    return {
      ...emptyClock(asOf),
      explanation: [
        {
          kind: 'status',
          text: events.some((event) => event.type === 'submitted')
            ? '网上提交的申请尚未确认收到：以双方确认之日为收到申请之日（《条例》第三十一条第三项），确认后开始计算答复期限。'
            : '尚未收到申请。',
        },
      ],
    };
  }

  const receipt = describeReceipt(received);
  const correctionNoticeDueOn = addWorkingDays(received.on, STATUTE.correctionNoticeWorkingDays);
  const correction = correctionWindow(first('correctionRequested'), {
    correctionNoticeDueOn,
    asOf,
    addWorkingDays,
    settings,
    received: (requestedOn) => first('correctionReceived', requestedOn),
  });
  const awaitingCorrection = correction !== null && correction.receivedOn === undefined;
  const startedOn = correction?.receivedOn ?? received.on;

  const extendedEvent = first('extended');
  const extension = extendedEvent
    ? {
        workingDays: extendedEvent.workingDays,
        approvedBy: extendedEvent.approvedBy,
        on: extendedEvent.on,
      }
    : null;
  const periodWorkingDays = STATUTE.answerWorkingDays + (extension?.workingDays ?? 0);

  const consultations = consultationWindows(events, asOf, addWorkingDays);
  const fee = feeWindow(last('feeNoticed'), events, asOf, addWorkingDays, settings);
  const pauses = awaitingCorrection ? [] : pausesOf(consultations, fee, startedOn, asOf, calendar);
  const spans = mergePauses(
    pauses.map((pause) => ({ from: toDayNumber(pause.from), to: toDayNumber(pause.to) })),
  );

  const start = toDayNumber(startedOn);
  const deadline = (budget: number): IsoDate => {
    const day = deadlineAfter(calendar, start, budget, spans);
    provisional ||= !calendar.coversSpan(start + 1, day);
    return fromDayNumber(day);
  };
  const statutoryDueOn = awaitingCorrection ? null : deadline(periodWorkingDays);
  const originalDueOn = awaitingCorrection ? null : deadline(STATUTE.answerWorkingDays);
  const art35Event = last('deadlineSet');
  const art35 = art35Event ? { dueOn: art35Event.dueOn, reason: art35Event.reason } : null;
  const dueOn = awaitingCorrection ? null : (art35?.dueOn ?? statutoryDueOn);

  const decided = first('decided');
  const closing = events.find(
    (event) =>
      event.type === 'decided' || event.type === 'withdrawn' || event.type === 'deemedWithdrawn',
  );
  const paused = !closing && pauses.some((pause) => pause.open);
  // 109号: unpaid through its window, the request is deemed withdrawn; no answer is owed any more.
  const feeLapsed = !closing && !awaitingCorrection && fee?.lapsed === true;
  const phase: ClockPhase = closing
    ? closing.type === 'decided'
      ? 'decided'
      : closing.type === 'withdrawn'
        ? 'withdrawn'
        : 'deemed-withdrawn'
    : awaitingCorrection
      ? 'awaiting-correction'
      : feeLapsed
        ? 'fee-lapsed'
        : paused
          ? 'paused'
          : 'running';

  const { workingDaysUsed, workingDaysLeft } = workingDayTally({
    calendar,
    spans,
    start: awaitingCorrection ? null : start,
    due: dueOn === null ? null : toDayNumber(dueOn),
    reference: closing ? closing.on : asOf,
    open: !closing && !feeLapsed,
  });
  const overdue =
    !closing && !feeLapsed && dueOn !== null && asOf !== null && asOf > dueOn && !paused;

  const clock: Omit<Clock, 'explanation' | 'nextDeadline'> = {
    phase,
    asOf,
    receipt,
    startedOn: awaitingCorrection ? null : startedOn,
    periodWorkingDays,
    extension,
    dueOn,
    statutoryDueOn,
    originalDueOn,
    art35,
    correctionNoticeDueOn,
    correction,
    consultations,
    fee,
    pauses,
    paused,
    overdue,
    provisional,
    workingDaysUsed,
    workingDaysLeft,
    decision:
      decided && closing === decided
        ? {
            on: decided.on,
            outcome: decided.outcome,
            late: dueOn !== null && decided.on > dueOn,
          }
        : null,
  };
  const withNext = { ...clock, nextDeadline: nextDeadline(clock) };
  return {
    ...withNext,
    explanation: input.explain === false ? [] : explainClock(withNext, calendar),
  };
}

function emptyClock(asOf: IsoDate | null): Omit<Clock, 'explanation'> {
  return {
    phase: 'awaiting-receipt',
    asOf,
    receipt: null,
    startedOn: null,
    periodWorkingDays: STATUTE.answerWorkingDays,
    extension: null,
    dueOn: null,
    statutoryDueOn: null,
    originalDueOn: null,
    art35: null,
    correctionNoticeDueOn: null,
    correction: null,
    consultations: [],
    fee: null,
    pauses: [],
    paused: false,
    overdue: false,
    provisional: false,
    workingDaysUsed: null,
    workingDaysLeft: null,
    decision: null,
    nextDeadline: null,
  };
}

function correctionWindow(
  requested: EventOf<'correctionRequested'> | undefined,
  context: {
    correctionNoticeDueOn: IsoDate;
    asOf: IsoDate | null;
    addWorkingDays: (date: IsoDate, n: number) => IsoDate;
    settings: ClockSettings;
    received: (requestedOn: IsoDate) => EventOf<'correctionReceived'> | undefined;
  },
): CorrectionWindow | null {
  if (!requested) return null;
  const applicantDueOn =
    requested.applicantDueOn ??
    context.addWorkingDays(requested.on, context.settings.correctionPeriodWorkingDays);
  const receivedOn = context.received(requested.on)?.on;
  return {
    requestedOn: requested.on,
    applicantDueOn,
    ...(receivedOn ? { receivedOn } : {}),
    noticeLate: requested.on > context.correctionNoticeDueOn,
    lapsed: !receivedOn && context.asOf !== null && context.asOf > applicantDueOn,
  };
}

function consultationWindows(
  events: readonly LifecycleEvent[],
  asOf: IsoDate | null,
  addWorkingDays: (date: IsoDate, n: number) => IsoDate,
): ConsultationWindow[] {
  const windows: { started: EventOf<'consultationStarted'>; ended?: IsoDate }[] = [];
  for (const event of events) {
    if (event.type === 'consultationStarted') windows.push({ started: event });
    if (event.type === 'consultationEnded') {
      const match =
        windows.find((w) => !w.ended && event.ref !== undefined && w.started.ref === event.ref) ??
        windows.find(
          (w) => !w.ended && event.party !== undefined && w.started.party === event.party,
        ) ??
        windows.find((w) => !w.ended);
      if (match) match.ended = event.on;
    }
  }
  return windows.map(({ started, ended }) => {
    const replyDueOn = addWorkingDays(started.on, STATUTE.consultationReplyWorkingDays);
    return {
      party: started.party,
      ...(started.ref ? { ref: started.ref } : {}),
      startedOn: started.on,
      replyDueOn,
      ...(ended ? { endedOn: ended } : {}),
      replyPeriodOver: !ended && asOf !== null && asOf > replyDueOn,
    };
  });
}

function feeWindow(
  noticed: EventOf<'feeNoticed'> | undefined,
  events: readonly LifecycleEvent[],
  asOf: IsoDate | null,
  addWorkingDays: (date: IsoDate, n: number) => IsoDate,
  settings: ClockSettings,
): FeeWindow | null {
  if (!noticed) return null;
  const payByOn = addWorkingDays(noticed.on, STATUTE.feePaymentWorkingDays);
  const paidOn = events.find((event) => event.type === 'feePaid' && event.on >= noticed.on)?.on;
  return {
    noticedOn: noticed.on,
    yuan: noticed.yuan,
    payByOn,
    ...(paidOn ? { paidOn } : {}),
    lapsed: !paidOn && asOf !== null && asOf > payByOn,
    pausesClock: settings.feePausesClock,
  };
}

function pausesOf(
  consultations: readonly ConsultationWindow[],
  fee: FeeWindow | null,
  startedOn: IsoDate,
  asOf: IsoDate | null,
  calendar: WorkingCalendar,
): Pause[] {
  const pauses: Pause[] = [];
  const add = (kind: Pause['kind'], from: IsoDate, to: IsoDate, open: boolean) => {
    const clampedFrom = from < startedOn ? startedOn : from;
    if (to <= clampedFrom) return;
    pauses.push({
      kind,
      from: clampedFrom,
      to,
      open,
      workingDaysExcluded: calendar.countWorkingDays(clampedFrom, to),
    });
  };
  for (const consultation of consultations) {
    // The pause lasts until the reply, and never past the 15 working days of Art. 32/34.
    const endedOn = consultation.endedOn;
    // Stryker disable next-line EqualityOperator: when the two dates are equal either is the end
    const to = endedOn && endedOn < consultation.replyDueOn ? endedOn : consultation.replyDueOn;
    const open = !endedOn && (asOf === null || asOf <= consultation.replyDueOn);
    add('consultation', consultation.startedOn, to, open);
  }
  if (fee?.pausesClock) {
    const to = fee.paidOn && fee.paidOn < fee.payByOn ? fee.paidOn : fee.payByOn;
    const open = !fee.paidOn && (asOf === null || asOf <= fee.payByOn);
    add('fee', fee.noticedOn, to, open);
  }
  return pauses;
}

function workingDayTally(input: {
  calendar: WorkingCalendar;
  spans: readonly PauseSpan[];
  start: number | null;
  due: number | null;
  reference: IsoDate | null;
  open: boolean;
}): { workingDaysUsed: number | null; workingDaysLeft: number | null } {
  const { calendar, spans, start, due, reference, open } = input;
  if (start === null || reference === null) return { workingDaysUsed: null, workingDaysLeft: null };
  const today = Math.max(start, toDayNumber(reference));
  return {
    workingDaysUsed: countedWorkingDays(calendar, start, today, spans),
    workingDaysLeft:
      open && due !== null
        ? due >= today
          ? countedWorkingDays(calendar, today, due, spans)
          : -calendar.countWorkingDayNumbers(due, today)
        : null,
  };
}

function nextDeadline(clock: Omit<Clock, 'explanation' | 'nextDeadline'>): Clock['nextDeadline'] {
  if (
    clock.phase === 'decided' ||
    clock.phase === 'withdrawn' ||
    clock.phase === 'deemed-withdrawn'
  ) {
    return null;
  }
  if (clock.phase === 'fee-lapsed' && clock.fee) {
    return { kind: 'deemed-withdrawal', on: addCalendarDays(clock.fee.payByOn, 1) };
  }
  const candidates: NonNullable<Clock['nextDeadline']>[] = [];
  if (clock.phase === 'awaiting-correction' && clock.correction) {
    candidates.push({ kind: 'applicant-correction', on: clock.correction.applicantDueOn });
  }
  if (
    !clock.correction &&
    clock.correctionNoticeDueOn &&
    // Stryker disable next-line StringLiteral: asOf is never null once the request is received
    (clock.asOf ?? '') <= clock.correctionNoticeDueOn
  ) {
    candidates.push({ kind: 'correction-notice', on: clock.correctionNoticeDueOn });
  }
  for (const consultation of clock.consultations) {
    if (!consultation.endedOn && !consultation.replyPeriodOver) {
      candidates.push({ kind: 'consultation-reply', on: consultation.replyDueOn });
    }
  }
  if (clock.fee && !clock.fee.paidOn && !clock.fee.lapsed) {
    candidates.push({ kind: 'fee-payment', on: clock.fee.payByOn });
  }
  if (clock.dueOn) candidates.push({ kind: 'answer', on: clock.dueOn });
  candidates.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return candidates[0] ?? null;
}
