import type { AppealKind, EventOf, LifecycleEvent, LifecycleEventType } from '@ogi/schema';
import { computeClock } from '../clock/compute-clock.js';
import type { Clock } from '../clock/types.js';
import type { Rejection } from './errors.js';
import type { LifecycleContext, RequestState } from './state.js';

const ART30 = '《条例》第三十条';
const ART31 = '《条例》第三十一条';
const ART33 = '《条例》第三十三条第二款';
const ART35 = '《条例》第三十五条';
const ART42 = '《条例》第四十二条；国办函〔2020〕109号';
const ART51 = '《条例》第五十一条';

/** The Chinese name of each event, as staff see it in the request's history. */
export const EVENT_LABELS_ZH: Record<LifecycleEventType, string> = {
  submitted: '网上提交',
  received: '收到申请',
  correctionRequested: '告知补正',
  correctionReceived: '收到补正',
  consultationStarted: '征求意见',
  consultationEnded: '征求意见结束',
  extended: '延长答复期限',
  feeNoticed: '收费通知',
  feePaid: '缴费',
  deadlineSet: '确定答复期限',
  decided: '答复',
  withdrawn: '撤回申请',
  deemedWithdrawn: '视为撤回',
  appealFiled: '申请行政复议或提起行政诉讼',
  appealConcluded: '行政复议或行政诉讼结案',
};

const APPEAL_LABELS_ZH: Record<AppealKind, string> = {
  reconsideration: '行政复议',
  'litigation-direct': '行政诉讼',
  'litigation-after-reconsideration': '复议后行政诉讼',
};

const label = (type: LifecycleEventType) => `“${EVENT_LABELS_ZH[type]}”`;

/**
 * The rule `event` breaks in `state`, or null when the event is allowed.
 * Rules that depend on a deadline read it from `computeClock` over the events
 * so far, as of the new event's day.
 */
export function rejectionOf(
  state: RequestState,
  event: LifecycleEvent,
  context: LifecycleContext,
): Rejection | null {
  const previous = state.events.at(-1);
  if (previous && event.on < previous.on) {
    return {
      code: 'out-of-order',
      zh: `事件日期（${event.on}）早于上一事件的日期（${previous.on}）：办理记录应按时间顺序登记。`,
      en: `The event is dated ${event.on}, before the previous event (${previous.on}): events are recorded in date order.`,
    };
  }
  let cached: Clock | undefined;
  const clock = (): Clock => {
    cached ??= computeClock({
      events: state.events,
      calendar: context.calendar,
      ...(context.settings ? { settings: context.settings } : {}),
      asOf: event.on,
    });
    return cached;
  };
  switch (state.status) {
    case 'new':
      return beforeAnything(event);
    case 'submitted':
      return beforeReceipt(event);
    case 'processing':
      return whileProcessing(state, event, clock);
    case 'awaiting-correction':
      return whileAwaitingCorrection(state, event, clock);
    case 'decided':
    case 'withdrawn':
    case 'deemed-withdrawn':
      return afterClosure(state, event);
  }
}

function beforeAnything(event: LifecycleEvent): Rejection | null {
  if (event.type === 'submitted' || event.type === 'received') return null;
  return {
    code: 'no-request',
    zh: `尚无申请，不能登记${label(event.type)}：第一个事件应是网上提交或收到申请（${ART31}）。`,
    en: `There is no request yet: the first event must be 'submitted' or 'received' (Art. 31).`,
  };
}

function beforeReceipt(event: LifecycleEvent): Rejection | null {
  if (event.type === 'received' || event.type === 'withdrawn') return null;
  if (event.type === 'submitted') {
    return {
      code: 'already-submitted',
      zh: `申请已登记为网上提交，不能重复登记（${ART31}第三项）。`,
      en: 'The request is already recorded as submitted online (Art. 31(3)).',
    };
  }
  return {
    code: 'not-received',
    zh: `网上提交的申请尚未确认收到，不能登记${label(event.type)}：以双方确认之日为收到申请之日，请先登记收到申请（${ART31}第三项）。`,
    en: `An online request is received only when both sides confirm it: record 'received' before '${event.type}' (Art. 31(3)).`,
  };
}

/** The rules shared by every open status after receipt; undefined when the status decides. */
function afterReceipt(
  state: RequestState,
  event: LifecycleEvent,
  clock: () => Clock,
): Rejection | null | undefined {
  switch (event.type) {
    case 'submitted':
      return {
        code: 'submitted-after-receipt',
        zh: `申请已收到，不能再登记网上提交：网上提交只能是第一个事件（${ART31}第三项）。`,
        en: "The request has been received: 'submitted' can only be its first event (Art. 31(3)).",
      };
    case 'received':
      return {
        code: 'already-received',
        zh: `已登记收到申请：收到申请之日只有一个（${ART31}）。`,
        en: 'The request has already been received: it has one receipt date (Art. 31).',
      };
    case 'withdrawn':
      return null;
    case 'appealFiled':
    case 'appealConcluded':
      // An open request can be appealed only for inaction: no answer by the deadline (Art. 51).
      if (state.appeals.length > 0 || clock().overdue) return appealRules(state, event);
      return {
        code: 'not-closed',
        zh: `申请尚未办结且未超过答复期限，不能登记${label(event.type)}：逾期未答复的，申请人可以申请行政复议或者提起行政诉讼（${ART51}）。`,
        en: 'The request is open and not overdue: reconsideration and litigation are recorded after it is closed, or for an answer not given by the deadline (Art. 51).',
      };
    case 'decided':
      return deemedOutcome(event);
    default:
      return undefined;
  }
}

function deemedOutcome(event: EventOf<'decided'>): Rejection | undefined {
  if (event.outcome === 'other-correction-lapsed') {
    return {
      code: 'use-deemed-withdrawn',
      zh: `申请人逾期不补正的，申请视为撤回，不作答复：请登记“视为撤回”（理由：逾期未补正）（${ART30}）。`,
      en: "A lapsed correction is not a decision: record 'deemedWithdrawn' with reason 'correction-lapsed' (Art. 30).",
    };
  }
  if (event.outcome === 'other-fee-unpaid') {
    return {
      code: 'use-deemed-withdrawn',
      zh: `申请人逾期未缴费的，申请视为撤回，不作答复：请登记“视为撤回”（理由：逾期未缴费）（${ART42}）。`,
      en: "An unpaid fee is not a decision: record 'deemedWithdrawn' with reason 'fee-unpaid' (Art. 42; 109号).",
    };
  }
  return undefined;
}

const noPendingCorrection: Rejection = {
  code: 'no-pending-correction',
  zh: `没有等待补正的申请：告知补正后才能登记收到补正或逾期未补正（${ART30}）。`,
  en: 'No correction is pending: a correction must be requested first (Art. 30).',
};

const noPendingFee: Rejection = {
  code: 'no-pending-fee',
  zh: `没有待缴的信息处理费：发出收费通知后才能登记缴费或逾期未缴费（${ART42}）。`,
  en: 'No fee is pending: a fee notice must come first (Art. 42; 109号).',
};

function whileProcessing(
  state: RequestState,
  event: LifecycleEvent,
  clock: () => Clock,
): Rejection | null {
  const common = afterReceipt(state, event, clock);
  if (common !== undefined) return common;
  switch (event.type) {
    case 'correctionRequested': {
      if (state.correctionRequested) return correctionAlreadyRequested;
      // A notice after the 7 working days of Art. 30 is recorded as sent: the clock flags the breach.
      if (event.applicantDueOn !== undefined && event.applicantDueOn <= event.on) {
        return {
          code: 'correction-due-not-after-notice',
          zh: `补正期限（${event.applicantDueOn}）应晚于告知之日（${event.on}），给申请人合理的补正期限（${ART30}）。`,
          en: `The applicant's correction deadline (${event.applicantDueOn}) must be after the notice (${event.on}) (Art. 30).`,
        };
      }
      return null;
    }
    case 'correctionReceived':
      return noPendingCorrection;
    case 'consultationStarted':
      return null;
    case 'consultationEnded':
      return state.openConsultations > 0
        ? null
        : {
            code: 'no-open-consultation',
            zh: `没有进行中的征求意见，不能登记征求意见结束（《条例》第三十二条、第三十四条）。`,
            en: 'No consultation is open (Art. 32, 34).',
          };
    case 'extended': {
      if (state.extended) {
        return {
          code: 'extension-already-used',
          zh: `答复期限只能延长一次（${ART33}）。`,
          en: 'The answer period may be extended only once (Art. 33 ¶2).',
        };
      }
      const due = clock().originalDueOn;
      if (due !== null && event.on > due) {
        return {
          code: 'extension-after-deadline',
          zh: `延长答复期限应在原答复期限届满前告知申请人；原答复期限已于${due}届满（${ART33}）。`,
          en: `An extension must be notified before the original deadline (${due}) passes (Art. 33 ¶2).`,
        };
      }
      return null;
    }
    case 'feeNoticed': {
      if (state.feeNoticed) {
        return {
          code: 'fee-already-noticed',
          zh: `本申请已发出收费通知，不能再次发出（${ART42}）。`,
          en: 'A fee has already been noticed for this request (Art. 42; 109号).',
        };
      }
      const due = clock().dueOn;
      if (due !== null && event.on > due) {
        return {
          code: 'fee-notice-late',
          zh: `收费通知应在答复期限内（${due}前）发出（${ART42}）。`,
          en: `A fee notice must be sent within the answer period (by ${due}) (Art. 42; 109号).`,
        };
      }
      return null;
    }
    case 'feePaid': {
      if (!state.feePending) return noPendingFee;
      const payBy = clock().fee?.payByOn;
      if (payBy !== undefined && event.on > payBy) {
        return {
          code: 'fee-window-lapsed',
          zh: `缴费期限已于${payBy}届满：申请人逾期未缴纳信息处理费的，申请视为撤回，不能再登记缴费，请登记“视为撤回”（理由：逾期未缴费）（${ART42}）。`,
          en: `The fee was payable until ${payBy}: the request was deemed withdrawn when that period closed, so a payment cannot be recorded; record 'deemedWithdrawn' with reason 'fee-unpaid' (Art. 42; 109号).`,
        };
      }
      return null;
    }
    case 'deadlineSet': {
      if (event.dueOn <= event.on) {
        return {
          code: 'deadline-in-past',
          zh: `确定的答复期限（${event.dueOn}）应晚于作出决定之日（${event.on}）（${ART35}）。`,
          en: `The deadline set (${event.dueOn}) must be after the day it is set (${event.on}) (Art. 35).`,
        };
      }
      const current = clock().dueOn;
      if (current !== null && event.dueOn <= current) {
        return {
          code: 'deadline-not-later',
          zh: `依第三十五条确定的答复期限（${event.dueOn}）应晚于现行答复期限（${current}）（${ART35}）。`,
          en: `An Art. 35 deadline (${event.dueOn}) must be later than the deadline in force (${current}) (Art. 35).`,
        };
      }
      return null;
    }
    case 'decided':
      return state.feePending
        ? {
            code: 'fee-pending',
            zh: `信息处理费尚未缴纳，不能作出答复：缴费后再答复；逾期未缴费的，登记“视为撤回”（${ART42}）。`,
            en: "The fee is unpaid: decide after payment, or record 'deemedWithdrawn' once it lapses (Art. 42; 109号).",
          }
        : null;
    case 'deemedWithdrawn': {
      if (event.reason === 'correction-lapsed') return noPendingCorrection;
      if (!state.feePending) return noPendingFee;
      const payBy = clock().fee?.payByOn;
      if (payBy === undefined || event.on <= payBy) {
        return {
          code: 'fee-period-running',
          zh: `缴费期限至${payBy ?? '—'}届满，届满前不能视为撤回（${ART42}）。`,
          en: `The applicant may pay until ${payBy ?? '—'}: the request is not yet deemed withdrawn (109号).`,
        };
      }
      return null;
    }
    default:
      return null;
  }
}

const correctionAlreadyRequested: Rejection = {
  code: 'correction-already-requested',
  zh: `补正只能一次性告知（${ART30}）。`,
  en: 'A correction may be requested only once (Art. 30).',
};

function whileAwaitingCorrection(
  state: RequestState,
  event: LifecycleEvent,
  clock: () => Clock,
): Rejection | null {
  const common = afterReceipt(state, event, clock);
  if (common !== undefined) return common;
  switch (event.type) {
    case 'correctionRequested':
      return correctionAlreadyRequested;
    case 'correctionReceived':
      return null;
    case 'decided':
      return {
        code: 'correction-pending',
        zh: `等待申请人补正期间不能作出答复：答复期限自收到补正之日起计算；逾期未补正的，登记“视为撤回”（${ART30}）。`,
        en: "A correction is pending: no decision until it arrives, or record 'deemedWithdrawn' once it lapses (Art. 30).",
      };
    case 'deemedWithdrawn': {
      if (event.reason === 'correction-lapsed') {
        const due = clock().correction?.applicantDueOn;
        if (due === undefined || event.on <= due) {
          return {
            code: 'correction-period-running',
            zh: `补正期限至${due ?? '—'}届满，届满前不能视为撤回（${ART30}）。`,
            en: `The applicant may correct until ${due ?? '—'}: the request is not yet deemed withdrawn (Art. 30).`,
          };
        }
        return null;
      }
      return awaitingCorrection(event.type);
    }
    default:
      return awaitingCorrection(event.type);
  }
}

function awaitingCorrection(type: LifecycleEventType): Rejection {
  return {
    code: 'awaiting-correction',
    zh: `等待申请人补正期间不能登记${label(type)}：答复期限自收到补正之日起重新计算（${ART30}）。`,
    en: `A correction is pending: '${type}' cannot be recorded until it arrives (Art. 30).`,
  };
}

function afterClosure(state: RequestState, event: LifecycleEvent): Rejection | null {
  if (event.type === 'appealFiled' || event.type === 'appealConcluded')
    return appealRules(state, event);
  return {
    code: 'closed',
    zh: `申请已办结，只能记录行政复议或行政诉讼（${ART51}）。`,
    en: `The request is closed (${state.status}): only reconsideration and litigation can be recorded (Art. 51).`,
  };
}

/** Reconsideration first, then litigation after it; one pending case of a kind at a time. */
function appealRules(
  state: RequestState,
  event: EventOf<'appealFiled'> | EventOf<'appealConcluded'>,
): Rejection | null {
  if (event.type === 'appealFiled') {
    if (
      event.kind === 'litigation-after-reconsideration' &&
      !state.appeals.some((appeal) => appeal.kind === 'reconsideration' && appeal.concludedOn)
    ) {
      return {
        code: 'no-concluded-reconsideration',
        zh: '复议后提起行政诉讼，须先有已经作出决定的行政复议（《行政诉讼法》第四十五条）。',
        en: 'Litigation after reconsideration needs a concluded reconsideration first.',
      };
    }
    if (state.appeals.some((appeal) => appeal.kind === event.kind && !appeal.concludedOn)) {
      return {
        code: 'appeal-already-pending',
        zh: `已有尚未结案的${APPEAL_LABELS_ZH[event.kind]}（${ART51}）。`,
        en: `A ${event.kind} is already pending (Art. 51).`,
      };
    }
    return null;
  }
  return state.appeals.some((appeal) => appeal.kind === event.kind && !appeal.concludedOn)
    ? null
    : {
        code: 'no-pending-appeal',
        zh: `没有尚未结案的${APPEAL_LABELS_ZH[event.kind]}可以登记结案（${ART51}）。`,
        en: `No ${event.kind} is pending (Art. 51).`,
      };
}
