import type { Clock, RequestState } from '@ogi/domain';
import {
  type IsoDate,
  type LetterDetails,
  type LetterDocument,
  LetterRecord,
  type Submission,
} from '@ogi/schema';
import type { LetterHistoryEntry } from './letter-history.js';
import { letterId, parseLetterId, type StoredLetter } from './letter-items.js';

/**
 * The 文号 of number `n` of `year` in the district's pattern (`letterNumber`
 * of `@ogi/letters`); a promise when the templates load on first use.
 */
export type LetterNumbering = (year: number, n: number) => string | Promise<string>;

/** What the letters of a step are drafted from: the case, its steps with their letter details, and the clock after the step. */
export interface LetterStepInput {
  readonly receiptNo: string;
  /** The submission as the applicant made it (applicant, information, forms, channel). */
  readonly submission: Submission;
  /** Every step so far with the details staff gave for its letter, the new step last. */
  readonly history: readonly LetterHistoryEntry[];
  /** The state and the clock after the step. */
  readonly state: RequestState;
  readonly clock: Clock;
}

/**
 * How a step's letters are drafted and numbered: the store calls it and
 * writes what it returns, without knowing the letters' templates
 * (`lettersForStep` and `letterNumber` of `@ogi/letters`, with the district's
 * settings). A draft that throws (a required detail missing) writes nothing.
 * Either may answer a promise, so a handler can load the templates on first
 * use rather than at every cold start.
 */
export interface LetterIssuer {
  readonly draft: (
    step: LetterStepInput,
  ) => readonly LetterDocument[] | Promise<readonly LetterDocument[]>;
  readonly number: LetterNumbering;
}

/** How many letters a case has issued (versions of one letter count once). */
export function lettersIssued(records: readonly LetterRecord[]): number {
  return Math.max(0, ...records.map((record) => parseLetterId(record.id)?.n ?? 0));
}

/** The letters a step issues, as drafted (numbers null), and how the district numbers them. */
export interface NewLetters {
  readonly documents: readonly LetterDocument[];
  readonly number: LetterNumbering;
  /** How many letters the case has so far: the first new one is `L<issuedBefore + 1>v1`. */
  readonly issuedBefore: number;
}

/**
 * The year whose counter numbers a step's letters: the year of their date.
 * A step's letters are all dated the step's day.
 */
export function lettersYear(documents: readonly LetterDocument[]): string {
  const years = new Set(documents.map((document) => document.date.slice(0, 4)));
  const [year] = years;
  if (year === undefined || years.size > 1) {
    throw new RangeError('the letters of one step are dated in one year');
  }
  return year;
}

/**
 * The letters of a step once numbers are taken: the case's letters
 * `issuedBefore + 1`, … at version 1, with 文号 `first`, `first + 1`, … of
 * their year. Letters to the applicant count as sent on their date.
 */
export async function numberedLetters(
  documents: readonly LetterDocument[],
  options: { first: number; issuedBefore: number; eventSeq: number; number: LetterNumbering },
): Promise<StoredLetter[]> {
  const numbers = await Promise.all(
    documents.map((drafted, i) =>
      options.number(Number(drafted.date.slice(0, 4)), options.first + i),
    ),
  );
  return documents.map((drafted, i) => {
    const number = numbers[i] ?? '';
    const record = LetterRecord.parse({
      id: letterId(options.issuedBefore + i + 1, 1),
      kind: drafted.kind,
      addressee: drafted.addressee,
      ...(drafted.outcome ? { outcome: drafted.outcome } : {}),
      title: drafted.title,
      number,
      issuedOn: drafted.date,
      version: 1,
      eventSeq: options.eventSeq,
      ...(drafted.addressee === 'applicant' ? { sentOn: drafted.date } : {}),
    });
    return { record, document: { ...drafted, number } };
  });
}

/** What a corrected version of a letter is made of. */
export interface LetterCorrection {
  /** The version corrected: the latest of its letter. */
  readonly previous: LetterRecord;
  /** The letter drafted again with the corrected details (its number is ignored). */
  readonly document: LetterDocument;
  readonly details: LetterDetails;
  /** Why, as the case lists it. */
  readonly correction: string;
  /** The day the corrected version is issued. */
  readonly issuedOn: IsoDate;
}

/**
 * The next version of a letter: same letter, same 文号, version + 1,
 * superseding the previous one, which stays as it was.
 */
export function correctedLetter(correction: LetterCorrection): StoredLetter {
  const { previous, document } = correction;
  const parsed = parseLetterId(previous.id);
  if (!parsed) throw new RangeError(`not a letter id: ${previous.id}`);
  const record = LetterRecord.parse({
    id: letterId(parsed.n, previous.version + 1),
    kind: previous.kind,
    addressee: previous.addressee,
    ...(previous.outcome ? { outcome: previous.outcome } : {}),
    title: document.title,
    number: previous.number,
    issuedOn: correction.issuedOn,
    version: previous.version + 1,
    eventSeq: previous.eventSeq,
    supersedes: previous.id,
    correction: correction.correction,
    ...(previous.addressee === 'applicant' ? { sentOn: correction.issuedOn } : {}),
  });
  return { record, document: { ...document, number: previous.number } };
}
