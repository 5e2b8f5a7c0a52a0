import type {
  IsoDate,
  LetterAddressee,
  LetterDocument,
  LetterKind,
  Message,
  OutcomeCode,
} from '@ogi/schema';
import { dateZh } from '../dates.js';
import { LetterFieldError, type LetterFieldProblem } from '../errors.js';
import type { DraftingStep } from '../step.js';
import type { RequestReference } from '../templates/common.js';
import type { LetterText } from '../templates/types.js';

/** The applicant as a letter addresses them: the person's or the organisation's name. */
export function applicantName(step: DraftingStep): string {
  return step.submission.applicant.name;
}

/** The office's address, postcode and phone, as letters print them. */
export function officeContact(step: DraftingStep): string {
  const { contact, names } = step.district;
  return `${names.office}，地址：${contact.address}，邮编：${contact.postcode}，电话：${contact.phone}`;
}

/** A drafted letter: unnumbered (numbers are taken when it is issued), dated the step's day. */
export function letterDocument(
  step: DraftingStep,
  kind: LetterKind,
  text: LetterText,
  options: { to: string; addressee?: LetterAddressee; outcome?: OutcomeCode; date?: IsoDate },
): LetterDocument {
  return {
    kind,
    addressee: options.addressee ?? 'applicant',
    ...(options.outcome ? { outcome: options.outcome } : {}),
    title: text.title,
    number: null,
    to: options.to,
    paragraphs: [...text.paragraphs],
    agency: step.district.names.agency,
    date: options.date ?? step.event.on,
  };
}

/** A field a letter needs: its value as the step gives it, where it lives, and the refusal. */
export interface RequiredField<T> {
  readonly value: T | undefined;
  readonly path: readonly (string | number)[];
  readonly message: Message;
}

/**
 * The values of the fields a letter needs, or a `LetterFieldError` naming
 * every one that is missing or blank, with any `otherProblems` found.
 */
export function requireFields<T extends Record<string, unknown>>(
  fields: { readonly [K in keyof T]: RequiredField<T[K]> },
  otherProblems: readonly LetterFieldProblem[] = [],
): T {
  const problems = [...otherProblems];
  const values: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const { value, path, message } = fields[key];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      problems.push({ path, message });
    } else {
      values[key] = typeof value === 'string' ? (value.trim() as T[keyof T]) : value;
    }
  }
  if (problems.length > 0) throw new LetterFieldError(problems);
  return values as T;
}

/** A date the clock must have computed by this step; its absence is our bug, not the caller's. */
export function clockDate(date: IsoDate | null | undefined, what: string): IsoDate {
  if (!date) throw new Error(`the clock has no ${what} for this step`);
  return date;
}

/** The request a letter to the applicant names: receipt number, what was asked, the day of receipt. */
export function requestReference(step: DraftingStep): RequestReference {
  const receipt = step.clock.receipt;
  if (!receipt) throw new Error('the clock has no receipt for this step');
  return {
    receiptNo: step.receiptNo,
    description: step.submission.information.description,
    receivedOn: dateZh(receipt.on),
  };
}
