import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldErrorsOrData, Submission, toFieldErrors } from '../src/index.js';
import { personSubmission } from './support/fixtures.js';

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return toFieldErrors(result.error);
}

describe('Function: toFieldErrors', () => {
  it.each([
    [
      'too long text',
      z.strictObject({ note: z.string().max(200) }),
      { note: 'x'.repeat(201) },
      {
        path: 'note',
        code: 'tooLong',
        zh: '备注：不能超过200个字符',
        en: 'must be at most 200 characters',
      },
    ],
    [
      'too short text',
      z.strictObject({ description: z.string().min(10) }),
      { description: '短' },
      {
        path: 'description',
        code: 'tooShort',
        zh: '所需信息的名称、文号或其他特征描述：不能少于10个字符',
        en: 'must be at least 10 characters',
      },
    ],
    [
      'empty required text',
      z.strictObject({ name: z.string().trim().min(1) }),
      { name: ' ' },
      {
        path: 'name',
        code: 'required',
        zh: '姓名/名称：不能为空',
        en: 'is required',
      },
    ],
    [
      'a missing field',
      z.strictObject({ phone: z.string() }),
      {},
      {
        path: 'phone',
        code: 'required',
        zh: '联系电话：不能为空',
        en: 'is required',
      },
    ],
    [
      'a wrong type',
      z.strictObject({ size: z.number() }),
      { size: 'big' },
      {
        path: 'size',
        code: 'invalidType',
        zh: '文件大小：应为数字',
        en: 'must be a number',
      },
    ],
    [
      'a fraction for an integer',
      z.strictObject({ quantity: z.number().int() }),
      { quantity: 1.5 },
      {
        path: 'quantity',
        code: 'notInteger',
        zh: '数量：应为整数',
        en: 'must be a whole number',
      },
    ],
    [
      'a number above the maximum',
      z.strictObject({ workingDays: z.number().max(20) }),
      { workingDays: 21 },
      {
        path: 'workingDays',
        code: 'tooBig',
        zh: '工作日数：不能大于20',
        en: 'must be at most 20',
      },
    ],
    [
      'a number not above an exclusive minimum',
      z.strictObject({ yuan: z.number().positive() }),
      { yuan: 0 },
      {
        path: 'yuan',
        code: 'tooSmallExclusive',
        zh: '金额（元）：应大于0',
        en: 'must be greater than 0',
      },
    ],
    [
      'too many items',
      z.strictObject({ attachments: z.array(z.string()).max(2) }),
      { attachments: ['a', 'b', 'c'] },
      {
        path: 'attachments',
        code: 'tooManyItems',
        zh: '附件：不能超过2项',
        en: 'must have at most 2 items',
      },
    ],
    [
      'an empty list',
      z.strictObject({ retrieval: z.array(z.string()).min(1) }),
      { retrieval: [] },
      {
        path: 'retrieval',
        code: 'atLeastOneItem',
        zh: '获取信息的方式：至少需要选择或填写一项',
        en: 'must have at least one item',
      },
    ],
    [
      'a value not in the enum',
      z.strictObject({ channel: z.enum(['online', 'post']) }),
      { channel: 'pigeon' },
      {
        path: 'channel',
        code: 'invalidOption',
        zh: '提交渠道：不是可选的值，请从给定选项中选择',
        en: 'must be one of: online, post',
      },
    ],
    [
      'a bad e-mail address',
      z.strictObject({ email: z.email() }),
      { email: 'a@b' },
      {
        path: 'email',
        code: 'email',
        zh: '电子邮箱：不是有效的电子邮箱地址',
        en: 'must be an e-mail address',
      },
    ],
    [
      'a date that does not exist',
      z.strictObject({ on: z.iso.date() }),
      { on: '2026-02-30' },
      {
        path: 'on',
        code: 'invalidDate',
        zh: '日期：应为真实存在的日期，格式为YYYY-MM-DD',
        en: 'must be a real calendar date written YYYY-MM-DD',
      },
    ],
    [
      'an unknown key, named in its own path',
      z.strictObject({}),
      { a: 1 },
      {
        path: 'a',
        code: 'unrecognizedKeys',
        zh: '含有无法识别的字段：a',
        en: 'has fields it does not know: a',
      },
    ],
    [
      'a failed plain union',
      z.union([z.string(), z.number()]),
      true,
      {
        path: '',
        code: 'invalidUnion',
        zh: '不符合任何一种允许的格式',
        en: 'matches none of the allowed forms',
      },
    ],
    [
      'a regex mismatch',
      z.strictObject({ key: z.string().regex(/^a$/) }),
      { key: 'b' },
      {
        path: 'key',
        code: 'invalidFormat',
        zh: '文件标识：格式不正确',
        en: 'has the wrong format',
      },
    ],
    [
      'a multiple-of failure',
      z.strictObject({ yuan: z.number().multipleOf(10) }),
      { yuan: 15 },
      {
        path: 'yuan',
        code: 'notMultipleOf',
        zh: '金额（元）：应为10的倍数',
        en: 'must be a multiple of 10',
      },
    ],
    [
      'a custom issue without a message key',
      z.string().refine(() => false, 'unknown IANA time zone'),
      'x',
      {
        path: '',
        code: 'invalid',
        zh: '填写不正确',
        en: 'unknown IANA time zone',
      },
    ],
  ])('maps %s to a bilingual message', (_case, schema, input, expected) => {
    // Act
    const errors = errorsOf(schema, input);

    // Assess
    expect(errors).toEqual([expected]);
  });

  it('writes nested paths with dots and array indices', () => {
    // Prepare
    const schema = z.strictObject({ events: z.array(z.strictObject({ on: z.iso.date() })) });

    // Act
    const errors = errorsOf(schema, {
      events: [{ on: '2026-01-01' }, { on: '2026-01-02' }, { on: 'x' }],
    });

    // Assess
    expect(errors.map((error) => error.path)).toEqual(['events.2.on']);
  });

  it('maps a custom issue by its messageKey and names the field in Chinese', () => {
    // Prepare
    const input = personSubmission();
    const applicant = { ...input.applicant, idNumber: '110105194912310021' };

    // Act
    const errors = errorsOf(Submission, { ...input, applicant });

    // Assess
    expect(errors).toEqual([
      {
        path: 'applicant.idNumber',
        code: 'residentIdCheckDigit',
        zh: '证件号码：校验位不正确，请核对号码',
        en: 'the check digit of the resident ID number is wrong: please check the number',
      },
    ]);
  });
});

describe('Function: fieldErrorsOrData', () => {
  it('returns the parsed data when the input is valid', () => {
    // Act
    const result = fieldErrorsOrData(Submission, personSubmission());

    // Assess
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.applicant.kind).toBe('natural-person');
  });

  it('returns field errors when the input is invalid', () => {
    // Act
    const result = fieldErrorsOrData(Submission, {
      ...personSubmission(),
      deliveryForm: undefined,
    });

    // Assess
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'deliveryForm', code: 'required', zh: '指定提供方式：不能为空', en: 'is required' },
      ],
    });
  });

  it('reports a field of the wrong type as invalidType, not as missing', () => {
    // Act
    const result = fieldErrorsOrData(Submission, { ...personSubmission(), deliveryForm: 'paper' });

    // Assess
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('invalidType');
  });
});

describe('Function: toFieldErrors with several unknown keys', () => {
  it('returns one error per unknown key, each on its own path', () => {
    // Prepare
    const result = z.strictObject({ known: z.string() }).safeParse({ known: 'x', a: 1, b: 2 });
    // Act
    const errors = result.success ? [] : toFieldErrors(result.error);
    // Assess
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['a', 'unrecognizedKeys'],
      ['b', 'unrecognizedKeys'],
    ]);
  });
});
