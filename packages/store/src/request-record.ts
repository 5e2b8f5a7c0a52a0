import {
  type AppealRecord,
  answeredLate,
  type Clock,
  type DeadlineChange,
  type RequestState,
} from '@ogi/domain';
import {
  APPLICANT_COLUMNS,
  AppealKind,
  AppealResult,
  type Applicant,
  IsoDate,
  type LetterDetails,
  type LifecycleEvent,
  OutcomeCode,
  ReceiptChannel,
  type RequestStatus,
  StoredStatus,
  type Submission,
} from '@ogi/schema';
import * as z from 'zod';
import { queryCodeMatches } from './ids.js';

/** `true` only when `Listed` covers every member of `All`; a list that misses one fails to compile. */
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

type NextDeadline = NonNullable<Clock['nextDeadline']>;
/** The kinds of `Clock['nextDeadline']`. */
export const DEADLINE_KINDS = [
  'answer',
  'correction-notice',
  'applicant-correction',
  'consultation-reply',
  'fee-payment',
  'deemed-withdrawal',
] as const satisfies readonly NextDeadline['kind'][];
const deadlineKindsComplete: Covers<NextDeadline['kind'], (typeof DEADLINE_KINDS)[number]> = true;
void deadlineKindsComplete;

/** The submission as stored beside the applicant: everything but the applicant and the channel. */
export type StoredSubmission = Omit<Submission, 'applicant' | 'channel'>;

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `DeadlineChange` of the domain as the store keeps it: in history entries and on the record. */
export const StoredDeadlineChange = z.object({
  deadline: z.enum([
    'answer',
    'correction-notice',
    'applicant-correction',
    'consultation-reply',
    'fee-payment',
  ] as const satisfies readonly DeadlineChange['deadline'][]),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  wasProvisional: z.boolean(),
  isProvisional: z.boolean(),
  text: z.string(),
}) satisfies z.ZodType<DeadlineChange>;

/**
 * A request as the `META` item holds it. Reads check the store-owned fields;
 * the applicant and the submission were validated at the edge before they were
 * written and are only checked to be objects, so a later, stricter validator
 * never makes an old record unreadable.
 */
export const RequestRecord = z.object({
  /** 128 random bits, 26 lower-case base32 characters. */
  id: z.string().min(1),
  /** `2026-000123`: year of submission and the year's sequence number. */
  receiptNo: z.string().regex(/^\d{4}-\d{6,}$/),
  /** SHA-256 hex of the query code; the code itself is never stored on the record. */
  queryCodeHash: z.string().regex(/^[0-9a-f]{64}$/),
  status: StoredStatus,
  /** Optimistic lock: the number of entries in the request's log. */
  version: z.number().int().min(1),
  /** Personal data: mask with `maskApplicant` in every response but the staff case view. */
  applicant: z.custom<Applicant>(isObject),
  submission: z.custom<StoredSubmission>(isObject),
  channel: ReceiptChannel,
  /** The day of submission in the district's time zone. */
  submittedOn: IsoDate,
  /** The instant of submission, ISO 8601. */
  submittedAt: z.string(),
  receivedOn: IsoDate.optional(),
  dueOn: IsoDate.optional(),
  nextDeadline: z.object({ kind: z.enum(DEADLINE_KINDS), on: IsoDate }).optional(),
  /** A deadline depends on a year whose holiday notice is not loaded yet. */
  provisional: z.boolean(),
  /**
   * The `WorkingCalendar.version` the stored deadlines were computed with;
   * absent on records written before it was kept. When the calendar changes,
   * the tracker recomputes every open request whose version differs.
   */
  calendarVersion: z.string().optional(),
  /**
   * The stored deadlines the last calendar change moved, until staff were
   * told: the tracker finds them on the `open` index item, without reading
   * the log, should a run stop between moving them and mailing.
   */
  deadlinesMoved: z
    .object({
      calendarVersion: z.string(),
      /** The day of the recomputation, in the district's time zone: the mail's once-key. */
      on: IsoDate.optional(),
      changes: z.array(StoredDeadlineChange),
    })
    .optional(),
  outcome: OutcomeCode.optional(),
  closedOn: IsoDate.optional(),
  /** The staff id the request is assigned to. */
  assignee: z.string().optional(),
  /** The annual report's applicant column. */
  applicantColumn: z.enum(APPLICANT_COLUMNS),
  /** The information processing fee paid, and when (the annual report's section 六). */
  feePaid: z.object({ on: IsoDate, yuan: z.number().int().min(0) }).optional(),
  /** Present (true) when the correction notice came after Art. 30's 7 working days. */
  correctionNoticeLate: z.literal(true).optional(),
  /**
   * Closed after its answer deadline (Art. 33): the annual report's
   * timeliness. Absent while open, and on requests closed before it was kept.
   */
  answeredLate: z.boolean().optional(),
  /**
   * The day the answer period was extended (Art. 33 ¶2). Absent when it was
   * not, and on records written before it was kept.
   */
  extendedOn: IsoDate.optional(),
  appeals: z.array(
    z.object({
      kind: AppealKind,
      filedOn: IsoDate,
      result: AppealResult.optional(),
      concludedOn: IsoDate.optional(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestRecord = z.infer<typeof RequestRecord>;

/**
 * The fields of a record that follow from the domain: the lifecycle state and
 * the clock. "Overdue" is not among them: it depends on the day it is asked.
 */
export interface RequestSummary {
  readonly status: RequestStatus;
  readonly receivedOn: IsoDate | null;
  readonly dueOn: IsoDate | null;
  readonly nextDeadline: NextDeadline | null;
  readonly provisional: boolean;
  readonly outcome: OutcomeCode | null;
  readonly closedOn: IsoDate | null;
  /** The fee paid, from the clock's fee window. */
  readonly feePaid: { readonly on: IsoDate; readonly yuan: number } | null;
  /**
   * The correction notice came after Art. 30's 7 working days: a breach the
   * national report template has no cell for, so the record carries it.
   */
  readonly correctionNoticeLate: boolean;
  /** Closed after its answer deadline (`answeredLate` of the domain); null while open. */
  readonly answeredLate: boolean | null;
  /** The day the answer period was extended (the clock's `extension.on`); null when it was not. */
  readonly extendedOn: IsoDate | null;
  readonly appeals: readonly AppealRecord[];
}

/**
 * The stored summary of a request from the domain's output, so handlers never
 * map fields by hand.
 *
 * @example
 * const state = applyEvent(current, event, context);
 * const clock = computeClock({ events: state.events, calendar });
 * await repository.appendEvent({ id, expectedVersion, event, audit, summary: summaryFromDomain(state, clock) });
 */
export function summaryFromDomain(state: RequestState, clock: Clock): RequestSummary {
  return {
    status: state.status,
    receivedOn: state.receivedOn,
    dueOn: clock.dueOn,
    nextDeadline: clock.nextDeadline
      ? { kind: clock.nextDeadline.kind, on: clock.nextDeadline.on }
      : null,
    provisional: clock.provisional,
    outcome: state.outcome,
    closedOn: state.closedOn,
    feePaid: clock.fee?.paidOn ? { on: clock.fee.paidOn, yuan: clock.fee.yuan } : null,
    correctionNoticeLate: clock.correction?.noticeLate === true,
    answeredLate: answeredLate(clock, state.closedOn),
    extendedOn: clock.extension?.on ?? null,
    appeals: state.appeals.map((appeal) => ({ ...appeal })),
  };
}

/** Who wrote a log entry, from where. Never personal data: ids and roles only. */
export interface AuditInput {
  /** A staff id, `applicant` or `system`. */
  readonly actor: string;
  /** The staff member's role, `applicant` or `system`. */
  readonly role: string;
  /** The client address the entry came from. */
  readonly sourceIp?: string;
}

/** The audit fields of a log entry: `AuditInput` and the instant the store recorded it. */
export interface Audit extends AuditInput {
  /** ISO 8601 instant. */
  readonly recordedAt: string;
}

/** One entry of a request's append-only log (`EVT#<seq>`), the audit trail. */
export type StoredEvent =
  | {
      readonly kind: 'event';
      readonly seq: number;
      readonly event: LifecycleEvent;
      /** What staff gave for the step's letter, read again by later letters and corrections. */
      readonly letter?: LetterDetails;
      readonly audit: Audit;
    }
  | {
      readonly kind: 'assignment';
      readonly seq: number;
      /** The staff id assigned, or null when the assignment was cleared. */
      readonly assignee: string | null;
      readonly audit: Audit;
    }
  | {
      /** A calendar change moved (or confirmed) one stored deadline. */
      readonly kind: 'deadline-moved';
      readonly seq: number;
      readonly change: DeadlineChange;
      /** The calendar version the deadline was recomputed with. */
      readonly calendarVersion: string;
      readonly audit: Audit;
    }
  | {
      /** A corrected version of an issued letter: the earlier version stays as it was. */
      readonly kind: 'letter-revised';
      readonly seq: number;
      /** The new version's id (`L3v2`) and the version it replaces (`L3v1`). */
      readonly letterId: string;
      readonly supersedes: string;
      /** The log entry of the step whose letter this is. */
      readonly eventSeq: number;
      /** Why the letter was corrected. */
      readonly correction: string;
      /** The step's letter details as corrected: later letters read these. */
      readonly letter: LetterDetails;
      readonly audit: Audit;
    };

/**
 * The lifecycle events of a log, in order: what `foldEvents` and `computeClock` take.
 * @example foldEvents(lifecycleEventsOf(found.events), context)
 */
export function lifecycleEventsOf(entries: readonly StoredEvent[]): LifecycleEvent[] {
  return entries.flatMap((entry) => (entry.kind === 'event' ? [entry.event] : []));
}

/** Whether `code` is the record's query code (hashes compared in constant time). */
export function verifyQueryCode(
  record: Pick<RequestRecord, 'queryCodeHash'>,
  code: string,
): boolean {
  return queryCodeMatches(record.queryCodeHash, code);
}
