import {
  applyEvent,
  computeClock,
  foldAcceptedEvents,
  foldEvents,
  type LifecycleContext,
  type RequestState,
} from '@ogi/domain';
import type {
  IsoDate,
  LetterDetails,
  LetterDocument,
  LetterRecord,
  LifecycleEvent,
  Submission,
} from '@ogi/schema';
import {
  LetterSupersededError,
  NotFoundError,
  StoreError,
  VersionConflictError,
} from './errors.js';
import { letterHistory } from './letter-history.js';
import { type LetterIssuer, type LetterStepInput, lettersIssued } from './letter-issue.js';
import { parseLetterId } from './letter-items.js';
import {
  type AuditInput,
  lifecycleEventsOf,
  type RequestRecord,
  summaryFromDomain,
} from './request-record.js';
import type { FoundRequest, RequestRepository, WriteResult } from './request-repository.js';

/** A step as staff or the system record it. */
export interface StepInput {
  readonly id: string;
  readonly expectedVersion: number;
  readonly event: LifecycleEvent;
  /** What staff gave for the step's letter: kept on the log entry for later letters. */
  readonly letter?: LetterDetails;
}

/**
 * The one path every state change takes: the stored events are folded by the
 * domain as they were accepted, only the new event is checked by the
 * lifecycle against the calendar in force (an illegal step throws
 * `IllegalTransitionError`), the clock is recomputed, and the event and the
 * new summary are written together under the version the caller saw.
 *
 * With `letters`, the step's letters are drafted before anything is written
 * (a draft that throws, e.g. a required detail missing, writes nothing) and
 * issued in the same transaction, each taking its 文号 from the year's
 * letter counter.
 */
export async function recordEvent(
  requests: RequestRepository,
  context: LifecycleContext,
  input: StepInput & { audit: AuditInput; letters?: LetterIssuer },
): Promise<WriteResult> {
  const step = await judgeStep(requests, context, input);
  const documents = (await input.letters?.draft(step.letterStep)) ?? [];
  return requests.appendEvent({
    id: input.id,
    expectedVersion: input.expectedVersion,
    event: input.event,
    ...(input.letter ? { letter: input.letter } : {}),
    ...(input.letters && documents.length > 0
      ? {
          letters: {
            documents,
            number: input.letters.number,
            issuedBefore: lettersIssued(step.found.letters),
          },
        }
      : {}),
    audit: input.audit,
    summary: summaryFromDomain(step.state, step.clock),
    calendarVersion: context.calendar.version,
    current: step.found.record,
  });
}

/**
 * The letters a step would issue, judged exactly as `recordEvent` judges it
 * (409 on an old version, 422 on an illegal step, a draft's own errors), with
 * no number and nothing written: the preview before the step is recorded.
 */
export async function draftStepLetters(
  requests: RequestRepository,
  context: LifecycleContext,
  input: StepInput & { draft: LetterIssuer['draft'] },
): Promise<readonly LetterDocument[]> {
  const step = await judgeStep(requests, context, input);
  return input.draft(step.letterStep);
}

/**
 * Issues a corrected version of one of a request's letters: the letter is
 * drafted again from its step with the corrected details (and the clock as it
 * was after that step), keeps its 文号, and becomes version + 1 beside the
 * one it replaces. The correction is a log entry of its own under the
 * request's version; later letters read the corrected details.
 *
 * @throws NotFoundError for an unknown request or letter.
 * @throws VersionConflictError when the request moved since `expectedVersion`.
 * @throws LetterSupersededError when the version given is not the latest of its letter.
 */
export async function reviseLetter(
  requests: RequestRepository,
  context: LifecycleContext,
  input: {
    id: string;
    letterId: string;
    expectedVersion: number;
    letter: LetterDetails;
    correction: string;
    /** The day the corrected version is issued. */
    on: IsoDate;
    audit: AuditInput;
    draft: LetterIssuer['draft'];
  },
): Promise<WriteResult> {
  const found = await requests.get(input.id);
  if (!found) throw new NotFoundError('request', input.id);
  if (found.record.version !== input.expectedVersion) {
    throw new VersionConflictError(input.id, input.expectedVersion, found.record.version);
  }
  const previous = found.letters.find((letter) => letter.id === input.letterId);
  if (!previous) throw new NotFoundError('letter', input.letterId);
  const latest = latestVersionOf(found.letters, previous);
  if (latest.id !== previous.id) throw new LetterSupersededError(previous.id, latest.id);
  const upToStep = found.events.filter((entry) => entry.seq <= previous.eventSeq);
  const events = lifecycleEventsOf(upToStep);
  const history = letterHistory(upToStep);
  const stepEntry = history.at(-1);
  if (!stepEntry) throw new StoreError(`letter ${previous.id} has no step to draft it from`);
  history[history.length - 1] = { event: stepEntry.event, letter: input.letter };
  const drafted = await input.draft({
    receiptNo: found.record.receiptNo,
    submission: submissionOf(found.record),
    history,
    state: foldAcceptedEvents(events),
    clock: clockAfter(events, context),
  });
  const document = drafted.find(
    (candidate) => candidate.kind === previous.kind && candidate.addressee === previous.addressee,
  );
  if (!document) {
    throw new StoreError(`the step of letter ${previous.id} no longer drafts a ${previous.kind}`);
  }
  return requests.reviseLetter({
    id: input.id,
    expectedVersion: input.expectedVersion,
    audit: input.audit,
    current: found.record,
    previous,
    document,
    details: input.letter,
    correction: input.correction,
    issuedOn: input.on,
  });
}

/** A step judged against the stored request: the state and clock after it, and what its letters are drafted from. */
async function judgeStep(requests: RequestRepository, context: LifecycleContext, input: StepInput) {
  const found = await requests.get(input.id);
  if (!found) throw new NotFoundError('request', input.id);
  // A caller who acted on an old view hears so first, whatever the rules would say about the step.
  if (found.record.version !== input.expectedVersion) {
    throw new VersionConflictError(input.id, input.expectedVersion, found.record.version);
  }
  const state = applyEvent(stateOf(found), input.event, context);
  const clock = clockAfter(state.events, context);
  const letterStep: LetterStepInput = {
    receiptNo: found.record.receiptNo,
    submission: submissionOf(found.record),
    history: [
      ...letterHistory(found.events),
      input.letter ? { event: input.event, letter: input.letter } : { event: input.event },
    ],
    state,
    clock,
  };
  return { found, state, clock, letterStep };
}

/** Creates a request from its first events, checked (they are new) and clocked by the domain like any other change. */
export async function recordNewRequest(
  requests: RequestRepository,
  context: LifecycleContext,
  input: {
    submission: Submission;
    events: readonly LifecycleEvent[];
    submittedOn: IsoDate;
    submittedAt: string;
    /** Who records the first events and from where; the applicant unless given. */
    audit?: AuditInput;
    idempotencyKey?: string;
    /** The letters of the last event (the receipt of a request handed in), issued with the request. */
    letters?: LetterIssuer;
  },
) {
  const state = foldEvents(input.events, context);
  const clock = clockAfter(state.events, context);
  const { letters } = input;
  return requests.create({
    submission: input.submission,
    channel: input.submission.channel,
    submittedOn: input.submittedOn,
    submittedAt: input.submittedAt,
    ...(input.audit ? { audit: input.audit } : {}),
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    initialEvents: input.events,
    summary: summaryFromDomain(state, clock),
    calendarVersion: context.calendar.version,
    ...(letters
      ? {
          letters: {
            draft: (receiptNo: string) =>
              letters.draft({
                receiptNo,
                submission: input.submission,
                history: input.events.map((event) => ({ event })),
                state,
                clock,
              }),
            number: letters.number,
          },
        }
      : {}),
  });
}

/** The clock of a stored request as of a day, with its explanation, for the views. */
export function clockOf(found: FoundRequest, context: LifecycleContext, asOf: IsoDate) {
  return computeClock({
    events: lifecycleEventsOf(found.events),
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    asOf,
  });
}

/**
 * The lifecycle state of a stored request, its events folded as they were
 * accepted: a calendar change since (a make-up working day, a district's
 * `extraWorkingDays`) never makes a stored step illegal, so neither the views
 * nor the next command are locked by it.
 */
export function stateOf(found: FoundRequest): RequestState {
  return foldAcceptedEvents(lifecycleEventsOf(found.events));
}

/** The submission as the applicant made it, from the record that stores it in parts. */
export function submissionOf(record: RequestRecord): Submission {
  return { ...record.submission, applicant: record.applicant, channel: record.channel };
}

/** The latest version of the letter `letter` is a version of. */
function latestVersionOf(letters: readonly LetterRecord[], letter: LetterRecord): LetterRecord {
  const n = parseLetterId(letter.id)?.n;
  return letters
    .filter((candidate) => parseLetterId(candidate.id)?.n === n)
    .reduce((latest, candidate) => (candidate.version > latest.version ? candidate : latest));
}

function clockAfter(events: readonly LifecycleEvent[], context: LifecycleContext) {
  return computeClock({
    events,
    calendar: context.calendar,
    ...(context.settings ? { settings: context.settings } : {}),
    explain: false,
  });
}
