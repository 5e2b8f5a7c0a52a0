import type { IsoDate, ReceiptChannel, RequestStatus } from '@ogi/schema';

/**
 * What the deadline tracker reminds of. Each kind has its rule:
 * - `confirm-receipt`: an online or fax submission not confirmed as received
 *   one working day after it was submitted (Art. 31(3));
 * - `correction-notice`: the 7-working-day window to ask for a correction
 *   closes within 2 working days, none asked, nothing decided (Art. 30);
 * - `answer`: the answer is due within one of the district's thresholds
 *   (Art. 33; `email.remindWorkingDaysBefore`, default 5, 2, 0);
 * - `consultation-over`: a consulted party's 15 working days ended with no
 *   reply recorded: the agency decides now (Art. 32, 34);
 * - `fee-unpaid`: a fee notice unpaid with 3 working days left of its 20 (109号);
 * - `overdue`: the answer deadline has passed; once a day, to the office too;
 * - `close-lapsed`: a correction or fee window lapsed while the district does
 *   not close automatically: staff are asked to record the deemed withdrawal;
 * - `deadlines-moved`: a calendar change moved one of the request's deadlines.
 */
export type ReminderKind =
  | 'confirm-receipt'
  | 'correction-notice'
  | 'answer'
  | 'consultation-over'
  | 'fee-unpaid'
  | 'overdue'
  | 'close-lapsed'
  | 'deadlines-moved';

/** What the tracker needs to know about one open request besides its events. */
export interface TrackedRequest {
  readonly id: string;
  readonly receiptNo: string;
  readonly status: RequestStatus;
  readonly channel: ReceiptChannel;
  readonly submittedOn: IsoDate;
  /** The staff member the request is assigned to, by the name the staff token carries. */
  readonly assignee: string | null;
  /** The applicant's name masked (`张*`), the only personal data a reminder may carry. */
  readonly maskedName: string;
}

/** One reminder the tracker owes for one request as of one day. */
export interface Reminder {
  readonly requestId: string;
  readonly receiptNo: string;
  /** The request's assignee, by the staff token's name: the digest goes to them when the district maps the name to an address. */
  readonly assignee: string | null;
  /** The applicant's name masked (`张*`): the digest shows it beside the receipt number. */
  readonly maskedName: string;
  readonly kind: ReminderKind;
  /** The deadline the reminder is about (for `overdue`, the answer deadline that passed). */
  readonly deadline: IsoDate;
  /**
   * What makes the reminder once-only together with (request, kind, deadline):
   * the threshold in working days for `answer`; the sweep's day for the daily
   * `overdue`; 0 otherwise.
   */
  readonly threshold: number | IsoDate;
  /** Working days from the sweep's day to `deadline`; negative when it passed. */
  readonly workingDaysLeft: number;
  /** The deadline depends on a year whose holiday notice is not loaded yet. */
  readonly provisional: boolean;
  /** The rule, as cited in the mail (`《条例》第三十三条第二款`). */
  readonly article: string;
  /** What is due, one line in Chinese (`答复期限`, `征求第三方意见答复期满，请作出答复决定`). */
  readonly text: string;
  /** Also goes to the office's recipients (overdue requests). */
  readonly toOffice: boolean;
}

/** A lapsed window the law deems a withdrawal of the request (国办函〔2020〕109号; Art. 30). */
export interface Lapse {
  readonly reason: 'correction-lapsed' | 'fee-unpaid';
  /** The day the window closed: the deemed withdrawal takes effect the next working day. */
  readonly windowClosedOn: IsoDate;
  readonly article: string;
}

/** A district-wide reminder not about one request. */
export interface OfficeNotice {
  readonly kind: 'annual-report-unpublished' | 'holiday-notice-missing';
  /** `annual-report-unpublished`: the report year; `holiday-notice-missing`: the year not loaded. */
  readonly year: number;
  readonly deadline: IsoDate | null;
  readonly text: string;
}

/** One e-mail for one recipient: every reminder of one sweep that goes to them. */
export interface Digest {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly reminders: readonly Reminder[];
  readonly notices: readonly OfficeNotice[];
}
