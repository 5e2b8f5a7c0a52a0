import type {
  ConfirmationMethod,
  ConsultedParty,
  IsoDate,
  OutcomeCode,
  ReceiptChannel,
} from '@ogi/schema';

/**
 * Where a request stands as far as the answer clock is concerned.
 * `fee-lapsed`: the fee went unpaid through its 20 working days, so the law
 * deems the request withdrawn (109号) though no one has recorded it yet.
 */
export type ClockPhase =
  | 'awaiting-receipt'
  | 'running'
  | 'paused'
  | 'awaiting-correction'
  | 'fee-lapsed'
  | 'decided'
  | 'withdrawn'
  | 'deemed-withdrawn';

export interface Receipt {
  readonly channel: ReceiptChannel;
  readonly on: IsoDate;
  readonly confirmedBy?: ConfirmationMethod;
  /** The rule that makes `on` the receipt date. */
  readonly basis: string;
}

export interface CorrectionWindow {
  readonly requestedOn: IsoDate;
  /** The applicant's deadline to correct (Art. 30: a reasonable period). */
  readonly applicantDueOn: IsoDate;
  readonly receivedOn?: IsoDate;
  /** The notice came after the 7 working days of Art. 30: recorded as sent, and flagged as a breach. */
  readonly noticeLate: boolean;
  /** The applicant's period ran out with no correction: the request may be deemed withdrawn （六）1. */
  readonly lapsed: boolean;
}

export interface ConsultationWindow {
  readonly party: ConsultedParty;
  readonly ref?: string;
  readonly startedOn: IsoDate;
  /** Art. 32/34: the consulted party's 15 working days. */
  readonly replyDueOn: IsoDate;
  readonly endedOn?: IsoDate;
  /** No reply recorded and the reply period has run out: the agency may decide (Art. 32, 34). */
  readonly replyPeriodOver: boolean;
}

export interface FeeWindow {
  readonly noticedOn: IsoDate;
  readonly yuan: number;
  /** 109号: 20 working days from the notice to pay. */
  readonly payByOn: IsoDate;
  readonly paidOn?: IsoDate;
  /** Unpaid after the payment period: the request may be deemed withdrawn （六）2. */
  readonly lapsed: boolean;
  readonly pausesClock: boolean;
}

/** A stretch during which the answer clock did not run: the working days in (from, to] are not counted. */
export interface Pause {
  readonly kind: 'consultation' | 'fee';
  readonly from: IsoDate;
  /** The day the clock resumed, or for an open pause the latest day it can resume. */
  readonly to: IsoDate;
  readonly open: boolean;
  readonly workingDaysExcluded: number;
}

export interface ExplanationLine {
  readonly kind:
    | 'receipt'
    | 'correction'
    | 'period'
    | 'extension'
    | 'holiday'
    | 'make-up-workday'
    | 'local-holiday'
    | 'local-workday'
    | 'weekends'
    | 'pause'
    | 'fee'
    | 'consultation'
    | 'art35'
    | 'provisional'
    | 'status';
  /** The sentence a person reads, in Chinese. */
  readonly text: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** For days: whether they count as working days. */
  readonly counted?: boolean;
}

/** Everything the statutory clock knows about one request, as of one day. */
export interface Clock {
  readonly phase: ClockPhase;
  readonly asOf: IsoDate | null;
  readonly receipt: Receipt | null;
  /** Day 0 of the running answer period: the receipt date, or the day a correction arrived. */
  readonly startedOn: IsoDate | null;
  /** 20 working days plus any extension. */
  readonly periodWorkingDays: number;
  readonly extension: {
    readonly workingDays: number;
    readonly approvedBy: string;
    readonly on: IsoDate;
  } | null;
  /** The answer deadline in force: the statutory one, or the Art. 35 one when set. Null while no period runs. */
  readonly dueOn: IsoDate | null;
  /** The statutory deadline (20 working days, the extension, pauses), whatever Art. 35 says. */
  readonly statutoryDueOn: IsoDate | null;
  /** The deadline without the extension: an extension must be notified before it passes. */
  readonly originalDueOn: IsoDate | null;
  readonly art35: { readonly dueOn: IsoDate; readonly reason: string } | null;
  /** Art. 30: a correction must be asked for by this day. */
  readonly correctionNoticeDueOn: IsoDate | null;
  readonly correction: CorrectionWindow | null;
  readonly consultations: readonly ConsultationWindow[];
  readonly fee: FeeWindow | null;
  readonly pauses: readonly Pause[];
  readonly paused: boolean;
  readonly overdue: boolean;
  /** True when a deadline above depends on a year whose holiday notice is not loaded. */
  readonly provisional: boolean;
  readonly workingDaysUsed: number | null;
  /** Working days from `asOf` to `dueOn`; negative when overdue; null when no period runs (nor once the fee lapsed). */
  readonly workingDaysLeft: number | null;
  readonly decision: {
    readonly on: IsoDate;
    readonly outcome: OutcomeCode;
    readonly late: boolean;
  } | null;
  /**
   * The next day someone must act by, and what is due then. In the
   * `fee-lapsed` phase, `deemed-withdrawal` from the day after the fee
   * window closed: the day the deemed withdrawal can be recorded.
   */
  readonly nextDeadline: {
    readonly kind:
      | 'answer'
      | 'correction-notice'
      | 'applicant-correction'
      | 'consultation-reply'
      | 'fee-payment'
      | 'deemed-withdrawal';
    readonly on: IsoDate;
  } | null;
  readonly explanation: readonly ExplanationLine[];
}
