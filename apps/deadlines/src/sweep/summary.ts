import type { IsoDate } from '@ogi/schema';

/** Where in a run something went wrong. */
export type SweepStage = 'recompute' | 'clock' | 'close' | 'advance' | 'claim' | 'send';

/**
 * One thing a run could not do. Ids and error names only: never an
 * applicant's data, never a recipient's address.
 */
export interface SweepFailure {
  readonly stage: SweepStage;
  /** The request it concerns, when it concerns one. */
  readonly requestId?: string;
  /** The error's name (`VersionConflictError`, `MessageRejected`). */
  readonly error: string;
}

/** What one run did, as it returns it and logs it at info level. */
export interface SweepSummary {
  readonly runId: string;
  readonly district: string;
  /** The day the run acted as of, in the district's time zone. */
  readonly asOf: IsoDate;
  /** Open requests read from the due range of the `open` index. */
  readonly requestsRead: number;
  /** Every item read: index items, and the records, logs and claims of the requests read. */
  readonly itemsRead: number;
  /** Reminders and notices sent, by kind (once per recipient). */
  readonly remindersSent: Readonly<Record<string, number>>;
  /** Digest e-mails sent: one per recipient. (Not `emails…`: the logger redacts such keys.) */
  readonly digestsSent: number;
  /** Requests this run closed as deemed withdrawn. */
  readonly closed: number;
  /** Requests whose stored deadlines this run recomputed after a calendar change. */
  readonly recomputed: number;
  /** Deadline changes this run wrote into histories. */
  readonly deadlinesMoved: number;
  readonly failures: readonly SweepFailure[];
  readonly durationMs: number;
  /** Set when the scheduled morning was a rest day and nothing was read or sent. */
  readonly skipped?: 'rest-day';
}

/** What a scheduled run on a rest day returns: nothing read, nothing sent. */
export function restDaySummary(district: string, asOf: IsoDate, runId: string): SweepSummary {
  return {
    runId,
    district,
    asOf,
    requestsRead: 0,
    itemsRead: 0,
    remindersSent: {},
    digestsSent: 0,
    closed: 0,
    recomputed: 0,
    deadlinesMoved: 0,
    failures: [],
    durationMs: 0,
    skipped: 'rest-day',
  };
}

/** A failure from a caught error: its name only, which never carries personal data. */
export function failureOf(stage: SweepStage, error: unknown, requestId?: string): SweepFailure {
  const name = error instanceof Error ? error.name : typeof error;
  return { stage, error: name, ...(requestId === undefined ? {} : { requestId }) };
}
