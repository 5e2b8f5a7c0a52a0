import * as z from 'zod';
import { type MessageKey, messageIssue } from './messages.js';

/**
 * Free text as a person writes it, the one definition every text field uses:
 * normalised (Unicode NFC, line breaks as LF, trimmed) and refused, with the
 * field named, when it holds what no person writes: control characters,
 * unpaired surrogates (DynamoDB refuses them), bidi overrides and isolates,
 * U+FFFD (a decoder's mark for bytes it could not read), noncharacters, or
 * nothing visible at all.
 */

/** Whether a field takes one line (names, addresses) or several (descriptions, notes). */
export type TextLines = 'single' | 'multi';

/** What `textProblem` finds; each is a key of `MESSAGES`. */
export type TextProblem = Extract<
  MessageKey,
  'invalidCharacter' | 'replacementCharacter' | 'bidiControl' | 'lineBreak' | 'controlCharacter'
>;

/** CR LF, CR, U+2028 and U+2029: each becomes LF in a multi-line field. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
/** With the `u` flag a surrogate range matches only a surrogate without its pair. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const REPLACEMENT_CHARACTER = '\uFFFD';
/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/** C0, DEL and C1: the general category Cc. */
const CONTROL = /\p{Cc}/u;
/** C0, DEL and C1 except tab and LF, which multi-line text keeps. */
const CONTROL_BUT_TAB_AND_LF = /(?![\t\n])\p{Cc}/u;
/**
 * White space and the default-ignorable code points (zero-width space and
 * joiners, word joiner, BOM, soft hyphen, LRM/RLM, variation selectors, …):
 * what renders as nothing.
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The text as ogi stores it: NFC, trimmed and, in a multi-line field, with
 * every line break as LF. Never throws, whatever the string holds.
 * @example normaliseText(' Zoe\u0308\r\n', 'multi') // 'Zoë'
 */
export function normaliseText(text: string, lines: TextLines): string {
  const unified = lines === 'multi' ? text.replace(LINE_BREAKS, '\n') : text;
  return unified.normalize('NFC').trim();
}

/**
 * The first thing in `text` that no person writes in a field of this kind,
 * or `undefined`. Judges the text as `normaliseText` left it.
 * @example textProblem('张\u202E三', 'single') // 'bidiControl'
 */
export function textProblem(text: string, lines: TextLines): TextProblem | undefined {
  if (UNPAIRED_SURROGATE.test(text) || NONCHARACTER.test(text)) return 'invalidCharacter';
  if (text.includes(REPLACEMENT_CHARACTER)) return 'replacementCharacter';
  if (BIDI_CONTROL.test(text)) return 'bidiControl';
  if (lines === 'single' && LINE_BREAK.test(text)) return 'lineBreak';
  if ((lines === 'single' ? CONTROL : CONTROL_BUT_TAB_AND_LF).test(text)) {
    return 'controlCharacter';
  }
  return undefined;
}

/** Whether `text` has something in it but nothing anyone can see. */
export function isInvisibleOnly(text: string): boolean {
  return text !== '' && text.replace(INVISIBLE, '') === '';
}

interface TextRules {
  readonly lines: TextLines;
  readonly min: number;
  readonly max: number;
}

function text({ lines, min, max }: TextRules) {
  const required = min > 0;
  // The rules run only on what is a string: zod's length checks would read
  // `length` off any object, and comparing an object without a prototype
  // throws instead of failing.
  // One `check` with every rule builds one schema where chaining builds one per rule.
  return z.string().pipe(
    z.string().check(
      z.overwrite((raw) => normaliseText(raw, lines)),
      z.minLength(min),
      z.maxLength(max),
      z.superRefine((value, ctx) => {
        // Empty text already failed as `required`, or is allowed.
        if (value === '') return;
        const problem = textProblem(value, lines);
        if (problem) ctx.addIssue({ code: 'custom', ...messageIssue(problem) });
        else if (isInvisibleOnly(value)) {
          ctx.addIssue({
            code: 'custom',
            ...messageIssue(required ? 'required' : 'invisibleOnly'),
          });
        }
      }),
    ),
  );
}

/**
 * One line of text (a name, an address, an id), `min` (1 unless given) to
 * `max` UTF-16 code units once normalised.
 * @example SingleLineText(50).parse(' 张三 ') // '张三'
 */
export const SingleLineText = (max: number, options: { min?: number } = {}) =>
  text({ lines: 'single', min: options.min ?? 1, max });

/** One line of text or nothing: at most `max` code units; `''` is allowed. */
export const OptionalSingleLineText = (max: number) =>
  text({ lines: 'single', min: 0, max }).optional();

/**
 * Text of several lines (a description, a note, a narrative section): LF
 * line breaks and tabs allowed, `min` (1 unless given) to `max` code units.
 * @example MultiLineText(2000).parse('第一项\r\n第二项') // '第一项\n第二项'
 */
export const MultiLineText = (max: number, options: { min?: number } = {}) =>
  text({ lines: 'multi', min: options.min ?? 1, max });

/** Text of several lines or nothing: at most `max` code units; `''` is allowed. */
export const OptionalMultiLineText = (max: number) =>
  text({ lines: 'multi', min: 0, max }).optional();
