import * as z from 'zod';
import { IsoDate } from './dates.js';
import { OutcomeCode } from './outcomes.js';
import { OptionalMultiLineText, OptionalSingleLineText, SingleLineText } from './text.js';

/**
 * The letters the 条例 requires in writing, one per kind of step:
 * - `receipt`: 政府信息公开申请接收回执 (Art. 31), on `received`;
 * - `correction-notice`: 补正申请告知书 (Art. 30), on `correctionRequested`;
 * - `extension-notice`: 延期答复告知书 (Art. 33 ¶2), on `extended`;
 * - `third-party-consultation`: 第三方意见征询函 (Art. 32), on a
 *   `consultationStarted` with a third party, addressed to it;
 * - `third-party-decision`: the notice to a third party that objected that the
 *   agency discloses anyway, with its reasons (Art. 32), on such a `decided`;
 * - `fee-notice`: 收费通知书 (Art. 42; 国办函〔2020〕109号), on `feeNoticed`;
 * - `answer`: the 答复书 / 告知书 of an outcome of table 三 (`decided`) or of
 *   a deemed withdrawal (`deemedWithdrawn`).
 */
export const LETTER_KINDS = [
  'receipt',
  'correction-notice',
  'extension-notice',
  'third-party-consultation',
  'third-party-decision',
  'fee-notice',
  'answer',
] as const;
export const LetterKind = z.enum(LETTER_KINDS);
export type LetterKind = z.infer<typeof LetterKind>;

/** Whom a letter is addressed to: the applicant sees only the letters sent to them. */
export const LetterAddressee = z.enum(['applicant', 'third-party']);
export type LetterAddressee = z.infer<typeof LetterAddressee>;

/** A person or body named in a letter, with where it is reached. */
export const LetterParty = z.strictObject({
  name: SingleLineText(100),
  /** Address, phone or other contact, as the letter should print it. */
  contact: OptionalSingleLineText(200),
});
export type LetterParty = z.infer<typeof LetterParty>;

/**
 * What staff add to a step for its letter: only what the records cannot
 * tell. Every field is optional here; each letter's template says which it
 * needs, and a step whose letter lacks one is refused naming `letter.<field>`.
 */
export const LetterDetails = z.strictObject({
  /** 予以公开 / 部分公开: how the information is provided; by default the applicant's chosen forms. */
  provision: OptionalMultiLineText(1000),
  /** Art. 36(1): where the information was already published (a website, a gazette). */
  publishedAt: OptionalSingleLineText(300),
  /** 部分公开 (Art. 37): what is withheld. */
  withheld: OptionalMultiLineText(1000),
  /** Why: the facts behind a refusal, a partial disclosure or a decision over a third party's objection. */
  reasons: OptionalMultiLineText(2000),
  /** Art. 36(5): the agency that holds the information. */
  otherAgency: LetterParty.optional(),
  /** Art. 32: the third party consulted (on `consultationStarted`). */
  thirdParty: LetterParty.optional(),
  /** Art. 32: what the third party is asked about; by default the request's description. */
  question: OptionalMultiLineText(2000),
  /** Art. 33 ¶2: why more time is needed. */
  extensionReason: OptionalMultiLineText(1000),
});
export type LetterDetails = z.infer<typeof LetterDetails>;

/**
 * A letter's content, laid out as the printed document: the title, the 文号
 * line, the addressee line, the body's paragraphs, and the agency and date at
 * the foot (the seal goes over them). Stored with the case, so the DOCX can
 * be rendered again at any time and always says the same.
 */
export const LetterDocument = z.strictObject({
  kind: LetterKind,
  addressee: LetterAddressee,
  outcome: OutcomeCode.optional(),
  title: SingleLineText(100),
  /** The 文号, e.g. 大场依申〔2026〕第12号; null in a preview (numbers are taken when issued). */
  number: z.string().min(1).max(100).nullable(),
  /** The addressee line without its colon, e.g. 张三. */
  to: SingleLineText(200),
  paragraphs: z.array(z.string().min(1).max(4000)).min(1).max(60),
  agency: SingleLineText(100),
  /** The day the letter is dated (the step's day). */
  date: IsoDate,
});
export type LetterDocument = z.infer<typeof LetterDocument>;

/** A letter's id: its number inside the case and its version, e.g. `L3v2`. */
export const LetterId = z.string().regex(/^L[1-9]\d{0,5}v[1-9]\d{0,3}$/);

/** One issued letter (one version of it) as the case lists it. */
export const LetterRecord = z.strictObject({
  id: LetterId,
  kind: LetterKind,
  addressee: LetterAddressee,
  outcome: OutcomeCode.optional(),
  title: SingleLineText(100),
  number: z.string().min(1).max(100),
  issuedOn: IsoDate,
  version: z.number().int().min(1).max(9999),
  /** The log entry (version of the request) whose step issued the letter. */
  eventSeq: z.number().int().min(1),
  /** For a corrected version: the id of the version it replaces, and why. */
  supersedes: LetterId.optional(),
  correction: OptionalSingleLineText(500),
  /** Letters to the applicant count as sent on the day of their step. */
  sentOn: IsoDate.optional(),
});
export type LetterRecord = z.infer<typeof LetterRecord>;
