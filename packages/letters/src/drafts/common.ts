import type {
  IsoDate,
  LetterAddressee,
  LetterDocument,
  LetterKind,
  Message,
  OutcomeCode,
} from '@ogi/schema';
import { LetterFieldError, type LetterFieldProblem } from '../errors.js';
import type { DraftingStep } from '../step.js';
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

/**
 * Collects the problems of one letter's fields, so a refusal names them all
 * at once; `check()` throws when there are any.
 */
export class FieldCheck {
  private readonly problems: LetterFieldProblem[] = [];

  /** The value, or a problem at `path` when it is missing or blank. */
  required<T>(
    value: T | undefined | null,
    path: readonly (string | number)[],
    message: Message,
  ): T | undefined {
    if (
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      this.problems.push({ path, message });
      return undefined;
    }
    return value;
  }

  problem(path: readonly (string | number)[], message: Message): void {
    this.problems.push({ path, message });
  }

  /** Throws `LetterFieldError` naming every problem found. */
  check(): void {
    if (this.problems.length > 0) throw new LetterFieldError(this.problems);
  }
}

/** A date the clock must have computed by this step; its absence is our bug, not the caller's. */
export function clockDate(date: IsoDate | null | undefined, what: string): IsoDate {
  if (!date) throw new Error(`the clock has no ${what} for this step`);
  return date;
}
