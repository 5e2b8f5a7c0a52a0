import { DomainError } from '../../lifecycle/errors.js';

/** One thing in a notice's text that does not check, at its line (1 is the first). */
export interface NoticeProblem {
  readonly line: number;
  readonly zh: string;
  readonly en: string;
}

/**
 * A holiday notice's text that does not check: a date that does not exist,
 * a weekday label that does not match its date, a 共N天 that does not match
 * its period, a day both rest and work, a line that cannot be read. Carries
 * every problem found, each at its line; `message` is the English list.
 */
export class NoticeTextError extends DomainError {
  readonly problems: readonly NoticeProblem[];

  constructor(problems: readonly NoticeProblem[]) {
    super(problems.map((problem) => `line ${problem.line}: ${problem.en}`).join('; '));
    this.name = 'NoticeTextError';
    this.problems = problems;
  }
}

/** Collects the problems of one text, so that all of them are reported at once. */
export class ProblemList {
  private readonly found: NoticeProblem[] = [];

  add(line: number, zh: string, en: string): void {
    this.found.push({ line, zh, en });
  }

  get count(): number {
    return this.found.length;
  }

  /** Throws the problems found so far, in line order, if there are any. */
  throwIfAny(): void {
    if (this.found.length === 0) return;
    throw new NoticeTextError([...this.found].sort((a, b) => a.line - b.line));
  }
}
