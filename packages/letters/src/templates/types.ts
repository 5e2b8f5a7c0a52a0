/** What a template writes: the title and the body's paragraphs, in order. */
export interface LetterText {
  readonly title: string;
  readonly paragraphs: readonly string[];
}
