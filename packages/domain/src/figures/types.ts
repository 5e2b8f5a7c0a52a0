import type { IsoDate, OutcomeGroup, RequestStatus } from '@ogi/schema';

/**
 * How many working days a set of requests took, as whole days: the median
 * and the 90th percentile by nearest rank, so each is a number of working
 * days within which at least half (90 %) of the requests came.
 */
export interface WorkingDaySpread {
  /** The requests the spread is of. */
  readonly count: number;
  /** The fewest working days within which at least half of them came; null without any. */
  readonly median: number | null;
  /** The fewest working days within which at least 90 % of them came; null without any. */
  readonly p90: number | null;
}

/** One bar of the histogram of working days to answer: `from`–`to` days, `to` null for "and more". */
export interface WorkingDaysBin {
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

/**
 * The working days from receipt to closing of the requests closed in a year:
 * the working days after the day of receipt up to and including the day of
 * closing (receipt is day 0, as in Art. 33 ¶2), pauses and extensions
 * included, so a request past the 20-day line may still have been answered
 * on time (see the year's `timeliness`).
 */
export interface AnswerTimes extends WorkingDaySpread {
  /** Closed within the 20 working days of Art. 33 ¶2 from receipt. */
  readonly withinPeriod: number;
  readonly bins: readonly WorkingDaysBin[];
  /** Closed in the year with a date the working calendar does not reach (a ledger row from before 2000): not in the figures above. */
  readonly uncounted: number;
}

/** The figures of one year, from the records that count in its annual report. */
export interface YearFigures {
  readonly year: number;
  /** The statutory answer period the charts draw their line at: 20 working days (Art. 33 ¶2). */
  readonly periodWorkingDays: number;
  /** Requests received in the year (table 三, row 一), by month of receipt, January first. */
  readonly received: { readonly total: number; readonly byMonth: readonly number[] };
  /** Requests closed in the year (table 三, （七）总计). */
  readonly closed: number;
  /** The requests closed in the year by table 三 group, （一） to （六）, in the template's order. */
  readonly outcomes: readonly { readonly group: OutcomeGroup; readonly count: number }[];
  readonly workingDaysToAnswer: AnswerTimes;
  /**
   * The closed requests on time and late (`answeredLate`, as the annual
   * report counts them), those whose timeliness is not known, and the share
   * on time of those known; null while none is known.
   */
  readonly timeliness: {
    readonly onTime: number;
    readonly late: number;
    readonly unknown: number;
    readonly onTimeShare: number | null;
  };
  /** Answer periods extended in the year (Art. 33 ¶2), as far as the records know. */
  readonly extensions: { readonly used: number };
}

/** One open request as the figures read it: no personal data. */
export interface OpenRequest {
  readonly id: string;
  readonly receiptNo: string;
  readonly status: RequestStatus;
  /** Null while an online or fax submission awaits confirmation (Art. 31(3)). */
  readonly receivedOn: IsoDate | null;
  /** The stored answer deadline; null while no answer period runs (a correction awaited). */
  readonly dueOn: IsoDate | null;
  readonly extendedOn: IsoDate | null;
  /** The deadline depends on a year whose holiday notice is not loaded yet. */
  readonly provisional: boolean;
  readonly assignee: string | null;
}

/** An open request with the working days it has taken and has left as of the figures' day. */
export interface AgedOpenRequest extends OpenRequest {
  readonly receivedOn: IsoDate;
  /** Working days after the day of receipt up to and including the figures' day. */
  readonly workingDaysElapsed: number;
  /** Working days from the figures' day to `dueOn`, negative once it passed; null without a deadline. */
  readonly workingDaysLeft: number | null;
  /** `dueOn` is before the figures' day. */
  readonly overdue: boolean;
}

/** The open queue as of one day. */
export interface OpenQueueFigures {
  readonly asOf: IsoDate;
  readonly total: number;
  /** Submissions whose receipt is not confirmed yet: no clock runs for them. */
  readonly awaitingReceipt: number;
  readonly overdue: number;
  /** Open requests whose answer period was extended (Art. 33 ¶2). */
  readonly extended: number;
  /** Working days since receipt of the received ones. */
  readonly workingDaysElapsed: WorkingDaySpread;
  /** The received requests longest open, oldest first. */
  readonly oldest: readonly AgedOpenRequest[];
}
