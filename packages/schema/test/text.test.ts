import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  fieldErrorsOrData,
  LifecycleEvent,
  MultiLineText,
  normaliseText,
  OptionalMultiLineText,
  OptionalSingleLineText,
  ReportInputs,
  SingleLineText,
  StaffRegistration,
  Submission,
  toFieldErrors,
} from '../src/index.js';
import { organisationSubmission, personSubmission } from './support/fixtures.js';

function codesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error).map((error) => error.code);
}

describe('Function: normaliseText', () => {
  it.each([
    ['composes to NFC', 'Zoe\u0308', 'single', 'Zo\u00eb'],
    ['trims white space and a BOM', '\ufeff  张三\u3000 ', 'single', '张三'],
    ['turns CR LF and CR into LF in multi-line text', '一\r\n二\r三', 'multi', '一\n二\n三'],
    [
      'turns U+2028 and U+2029 into LF in multi-line text',
      '一\u2028二\u2029三',
      'multi',
      '一\n二\n三',
    ],
    [
      'leaves line breaks in one-line text for the parser to refuse',
      '一\r\n二',
      'single',
      '一\r\n二',
    ],
    ['keeps a lone surrogate for the parser to refuse', '张\ud800', 'single', '张\ud800'],
  ] as const)('%s', (_what, input, lines, expected) => {
    // Act
    const normalised = normaliseText(input, lines);

    // Assess
    expect(normalised).toBe(expected);
  });
});

describe('Schema: SingleLineText', () => {
  it.each([
    ['a name', '欧阳晓明'],
    ['a name with a middle dot', '阿依古丽·买买提'],
    ['a foreign name', 'Zoë O’Brien-Smith'],
    ['an emoji with a joiner and a variation selector', '👩‍👩‍👧 ❤️'],
    ['an ideographic space inside', '张　三'],
    ['an Arabic name with a right-to-left mark', 'محمد\u200f'],
  ])('accepts %s', (_what, input) => {
    // Act
    const codes = codesOf(SingleLineText(100), input);

    // Assess
    expect(codes).toEqual([]);
  });

  it.each([
    ['empty text', '', 'required'],
    ['only spaces', '   ', 'required'],
    ['only a BOM', '\ufeff', 'required'],
    ['a NUL', '\u0000', 'controlCharacter'],
    ['ten NULs', '\u0000'.repeat(10), 'controlCharacter'],
    ['a bell inside', '张\u0007三', 'controlCharacter'],
    ['DEL', '张\u007f三', 'controlCharacter'],
    ['a C1 control', '张\u009b三', 'controlCharacter'],
    ['a tab', '张\t三', 'controlCharacter'],
    ['an escape sequence', '\u001b[2J张三', 'controlCharacter'],
    ['LF', '张\n三', 'lineBreak'],
    ['CR LF', '张三\r\nSet-Cookie: x=1', 'lineBreak'],
    ['a line separator', '张\u2028三', 'lineBreak'],
    ['a lone high surrogate', '张\ud800三', 'invalidCharacter'],
    ['a lone low surrogate', '\udc00张三', 'invalidCharacter'],
    ['a noncharacter U+FFFE', '张\ufffe三', 'invalidCharacter'],
    ['a noncharacter U+FDD0', '张\ufdd0三', 'invalidCharacter'],
    ['a plane-16 noncharacter', '张\u{10ffff}', 'invalidCharacter'],
    ['U+FFFD', '张\ufffd三', 'replacementCharacter'],
    ['a right-to-left override', '张\u202e三', 'bidiControl'],
    ['a left-to-right embedding', '\u202a张三', 'bidiControl'],
    ['a first-strong isolate', '张\u2068三\u2069', 'bidiControl'],
    ['only zero-width spaces', '\u200b\u200b', 'required'],
    ['only joiners', '\u200c\u200d', 'required'],
    ['only a word joiner and a soft hyphen', '\u2060\u00ad', 'required'],
    ['only left-to-right and right-to-left marks', '\u200e\u200f', 'required'],
    ['only a Hangul filler', '\u3164', 'required'],
  ])('refuses %s', (_what, input, code) => {
    // Act
    const codes = codesOf(SingleLineText(100), input);

    // Assess
    expect(codes).toEqual([code]);
  });

  it('refuses an object whose length has no prototype instead of throwing', () => {
    // Prepare: a value fast-check once found; comparing it with a number throws.
    const input = { length: Object.create(null) };

    // Act
    const single = SingleLineText(100).safeParse(input);
    const multi = OptionalMultiLineText(100).safeParse(input);

    // Assess
    expect(single.success).toBe(false);
    expect(multi.success).toBe(false);
  });

  it('counts the length once normalised', () => {
    // Act
    const composed = codesOf(SingleLineText(3), 'Zoe\u0308');
    const tooLong = codesOf(SingleLineText(3), 'abcd');

    // Assess
    expect(composed).toEqual([]);
    expect(tooLong).toEqual(['tooLong']);
  });

  it('names the field and the problem in Chinese and English', () => {
    // Act
    const result = fieldErrorsOrData(Submission, {
      ...personSubmission(),
      applicant: { ...personSubmission().applicant, name: '张\u202e三' },
    });

    // Assess
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'applicant.name',
          code: 'bidiControl',
          zh: '姓名/名称：不能含有改变文字方向的控制字符',
          en: expect.stringContaining('bidirectional'),
        },
      ],
    });
  });
});

describe('Schema: OptionalSingleLineText', () => {
  it.each([
    ['nothing', undefined, []],
    ['empty text', '', []],
    ['only invisible characters', '\u200b\ufeff\u200d', ['invisibleOnly']],
    ['a line break', '某某\n公司', ['lineBreak']],
  ])('judges %s', (_what, input, codes) => {
    // Act
    const found = codesOf(OptionalSingleLineText(100), input);

    // Assess
    expect(found).toEqual(codes);
  });
});

describe('Schema: MultiLineText', () => {
  it('accepts lines and tabs and stores LF line breaks', () => {
    // Act
    const parsed = MultiLineText(100).parse('  一、总体情况\r\n\t本年度……\r\n');

    // Assess
    expect(parsed).toBe('一、总体情况\n\t本年度……');
  });

  it.each([
    ['ten NULs', '\u0000'.repeat(10), ['controlCharacter']],
    ['a vertical tab inside', '一\u000b二', ['controlCharacter']],
    ['a form feed inside', '一\u000c二', ['controlCharacter']],
    ['an override', '一\u202d二', ['bidiControl']],
    ['U+FFFD', '一\ufffd', ['replacementCharacter']],
    ['only zero-width characters and line breaks', '\u200b\n\u200b\r\n\u2060', ['required']],
  ])('refuses %s', (_what, input, codes) => {
    // Act
    const found = codesOf(MultiLineText(100), input);

    // Assess
    expect(found).toEqual(codes);
  });

  it('keeps a minimum length, counted after trimming', () => {
    // Act
    const found = codesOf(MultiLineText(2000, { min: 10 }), '  短短的描述  ');

    // Assess
    expect(found).toEqual(['tooShort']);
  });

  it('allows an optional section to be empty but not invisible', () => {
    // Act
    const empty = codesOf(OptionalMultiLineText(100), '');
    const invisible = codesOf(OptionalMultiLineText(100), '\u200b');

    // Assess
    expect(empty).toEqual([]);
    expect(invisible).toEqual(['invisibleOnly']);
  });
});

describe('Schema: the free-text fields use the text rules', () => {
  const junk = '\u0000\u202e';

  it.each([
    ['applicant.name', ['applicant', 'name']],
    ['applicant.postalAddress', ['applicant', 'postalAddress']],
    ['applicant.workplace', ['applicant', 'workplace']],
    ['information.description', ['information', 'description']],
    ['information.documentNumber', ['information', 'documentNumber']],
    ['information.purpose', ['information', 'purpose']],
  ])("a natural person's %s", (path, [group, field]) => {
    // Prepare
    const submission = personSubmission() as unknown as Record<string, Record<string, unknown>>;
    const body = { ...submission, [group as string]: { ...submission[group as string] } };
    (body[group as string] as Record<string, unknown>)[field as string] = `某某${junk}内容文字`;

    // Act
    const result = fieldErrorsOrData(Submission, body);

    // Assess
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toContain(path);
  });

  it.each(['name', 'legalRepresentative', 'contactPerson', 'address'])(
    "an organisation's %s",
    (field) => {
      // Prepare
      const submission = organisationSubmission();
      const body = { ...submission, applicant: { ...submission.applicant, [field]: '\u200b' } };

      // Act
      const result = fieldErrorsOrData(Submission, body);

      // Assess
      expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
        `applicant.${field}`,
      ]);
    },
  );

  it('the fee waiver reason, the receipt note and the narrative', () => {
    // Act
    const waiver = fieldErrorsOrData(Submission, {
      ...personSubmission(),
      feeWaiver: { requested: true, reason: junk },
    });
    const registration = fieldErrorsOrData(StaffRegistration, {
      submission: personSubmission(),
      received: { on: '2026-09-18', channel: 'in-person', note: junk },
    });
    const narrative = fieldErrorsOrData(ReportInputs, { narrative: { 六: junk } });

    // Assess
    expect(waiver.ok ? [] : waiver.errors.map((error) => error.path)).toEqual(['feeWaiver.reason']);
    expect(registration.ok ? [] : registration.errors.map((error) => error.path)).toEqual([
      'received.note',
    ]);
    expect(narrative.ok ? [] : narrative.errors.map((error) => error.path)).toEqual([
      'narrative.六',
    ]);
  });

  it.each([
    ['note', { type: 'received', channel: 'in-person', note: junk }],
    ['actor', { type: 'received', channel: 'in-person', actor: '\u200b' }],
    ['items.0', { type: 'correctionRequested', items: [junk] }],
    ['reason', { type: 'deadlineSet', dueOn: '2026-12-31', reason: junk }],
    ['ref', { type: 'consultationStarted', party: 'agency', ref: junk }],
    ['approvedBy', { type: 'extended', workingDays: 5, approvedBy: junk }],
  ])("an event's %s", (path, fields) => {
    // Act
    const result = fieldErrorsOrData(LifecycleEvent, { on: '2026-09-18', ...fields });

    // Assess
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([path]);
  });
});
