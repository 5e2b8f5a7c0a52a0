import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CreditCode,
  EmailAddress,
  PhoneNumber,
  Postcode,
  ResidentIdNumber,
  toFieldErrors,
} from '../src/index.js';

function codesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error).map((error) => error.code);
}

describe('Schema: field schemas', () => {
  it.each([
    ['ResidentIdNumber', ResidentIdNumber, ' 11010519491231002x ', '11010519491231002X'],
    ['CreditCode', CreditCode, '91350100m000100y43', '91350100M000100Y43'],
    ['PhoneNumber', PhoneNumber, '+86 138 0013 8000', '13800138000'],
    ['Postcode', Postcode, '１０００２０', '100020'],
    ['EmailAddress', EmailAddress, ' a@example.cn ', 'a@example.cn'],
  ] as const)('%s normalises %s', (_name, schema, input, expected) => {
    // Act
    const parsed = schema.parse(input);

    // Assess
    expect(parsed).toBe(expected);
  });

  it.each([
    ['ResidentIdNumber', ResidentIdNumber, '', ['required']],
    ['ResidentIdNumber', ResidentIdNumber, '11010519491231002', ['residentIdFormat']],
    ['ResidentIdNumber', ResidentIdNumber, '110105194902301234', ['residentIdBirthDate']],
    ['ResidentIdNumber', ResidentIdNumber, '110105194912310021', ['residentIdCheckDigit']],
    ['CreditCode', CreditCode, ' ', ['required']],
    ['CreditCode', CreditCode, '91350100M000100Y4', ['creditCodeFormat']],
    ['CreditCode', CreditCode, '91350100M000100Y44', ['creditCodeCheckDigit']],
    ['PhoneNumber', PhoneNumber, '', ['required']],
    ['PhoneNumber', PhoneNumber, '110', ['phone']],
    ['Postcode', Postcode, '', ['required']],
    ['Postcode', Postcode, '1000', ['postcode']],
    ['EmailAddress', EmailAddress, 'nobody', ['email']],
    ['PhoneNumber', PhoneNumber, 13800138000, ['invalidType']],
  ] as const)('%s reports %j as %j', (_name, schema, input, codes) => {
    // Act
    const found = codesOf(schema, input);

    // Assess
    expect(found).toEqual(codes);
  });
});
