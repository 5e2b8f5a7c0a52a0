import type { Message } from '@ogi/schema';

/** One field a letter needs and the step lacks (or gives wrongly). */
export interface LetterFieldProblem {
  /** Rooted at the staff command's body: `['letter', 'reasons']`, `['event', 'quantity']`. */
  readonly path: readonly (string | number)[];
  readonly message: Message;
}

/**
 * A step whose letter cannot be drafted as given: a required field is missing
 * or disagrees with the records. The caller's fault (a 4xx), never printed
 * with a blank instead.
 */
export class LetterFieldError extends Error {
  readonly fields: readonly LetterFieldProblem[];

  constructor(fields: readonly LetterFieldProblem[]) {
    super(`the letter cannot be drafted: ${fields.map((f) => f.path.join('.')).join(', ')}`);
    this.name = 'LetterFieldError';
    this.fields = fields;
  }
}
