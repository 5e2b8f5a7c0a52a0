import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  isInvisibleOnly,
  MultiLineText,
  OptionalMultiLineText,
  OptionalSingleLineText,
  SingleLineText,
  type TextLines,
  textProblem,
  toFieldErrors,
} from '../src/index.js';

/** Characters that text fields must refuse, normalise or see through, mixed into any text. */
const TRICKY = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u2029',
  ' ',
  '\u3000',
  'e\u0301',
  '\u0301',
  '\u1100\u1161',
  '张',
  'a',
];

const unit = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const anyText = fc.string({ unit, maxLength: 40 });

const SCHEMAS = [
  { name: 'SingleLineText', schema: SingleLineText(30), lines: 'single', required: true },
  {
    name: 'OptionalSingleLineText',
    schema: OptionalSingleLineText(30),
    lines: 'single',
    required: false,
  },
  { name: 'MultiLineText', schema: MultiLineText(30), lines: 'multi', required: true },
  {
    name: 'OptionalMultiLineText',
    schema: OptionalMultiLineText(30),
    lines: 'multi',
    required: false,
  },
] as const satisfies readonly {
  name: string;
  schema: z.ZodType<string | undefined>;
  lines: TextLines;
  required: boolean;
}[];

describe('Property: the text parser', () => {
  it.each(SCHEMAS)(
    '$name never crashes and returns NFC, trimmed text free of refused characters',
    ({ schema, lines, required }) => {
      fc.assert(
        fc.property(anyText, (input) => {
          // Act
          const result = schema.safeParse(input);

          // Assess
          if (!result.success) {
            for (const error of toFieldErrors(result.error)) {
              expect(error.zh).not.toBe('');
              expect(error.en).not.toBe('');
            }
            return;
          }
          const text = result.data ?? '';
          expect(text).toBe(text.normalize('NFC'));
          expect(text).toBe(text.trim());
          expect(text.length).toBeLessThanOrEqual(30);
          expect(textProblem(text, lines)).toBeUndefined();
          expect(isInvisibleOnly(text)).toBe(false);
          if (required) expect(text).not.toBe('');
          if (lines === 'multi') expect(text).not.toMatch(/\r/);
          expect(schema.parse(text)).toBe(text);
        }),
        { numRuns: 5000 },
      );
    },
  );

  it.each(SCHEMAS)('$name refuses any value that is not text without crashing', ({ schema }) => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
        (input) => {
          // Act
          const result = schema.safeParse(input);

          // Assess
          if (typeof input !== 'string' && input !== undefined) expect(result.success).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
