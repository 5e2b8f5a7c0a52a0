import { describe, expect, it } from 'vitest';
import {
  isValidEmail,
  isValidLandline,
  isValidMobile,
  isValidPhone,
  isValidPostcode,
  normalisePhone,
  phoneKind,
} from '../src/index.js';

describe('Function: normalisePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['199-1234-5678', '19912345678'],
    ['１３８００１３８０００', '13800138000'],
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['021 6888 8888', '021-68888888'],
    ['0531-8888666', '0531-8888666'],
    ['(0531)88886666', '0531-88886666'],
    ['（0755）88886666', '0755-88886666'],
    ['0755-88886666-123', '0755-88886666-123'],
    ['0755-88886666转123', '0755-88886666-123'],
    ['0755－88886666', '0755-88886666'],
  ])('normalises %s to %s', (raw, expected) => {
    // Act
    const phone = normalisePhone(raw);

    // Assess
    expect(phone).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['a number starting 12', '12800138000'],
    ['10 digits', '1380013800'],
    ['12 digits', '138001380001'],
    ['a landline without area code', '88886666'],
    ['a 6-digit local number', '0755-888866'],
    ['a 9-digit local number', '0755-888866661'],
    ['letters', '138abcd8000'],
    ['an area code without the 0', '755-88886666'],
  ])('returns undefined for %s', (_case, raw) => {
    // Act
    const phone = normalisePhone(raw);

    // Assess
    expect(phone).toBeUndefined();
  });
});

describe('Function: isValidPhone', () => {
  it.each([
    ['+86 138 0013 8000', 'mobile'],
    ['010-12345678', 'landline'],
    ['0755-88886666转123', 'landline'],
  ] as const)('accepts %s as a %s number', (raw, kind) => {
    // Act
    const valid = isValidPhone(raw);

    // Assess
    expect(valid).toBe(true);
    expect(phoneKind(raw)).toBe(kind);
    expect(isValidMobile(raw)).toBe(kind === 'mobile');
    expect(isValidLandline(raw)).toBe(kind === 'landline');
  });

  it('returns false for a number that is neither', () => {
    // Act
    const valid = isValidPhone('12345');

    // Assess
    expect(valid).toBe(false);
  });
});

describe('Function: isValidPostcode', () => {
  it.each([
    ['100020', true],
    [' 350001 ', true],
    ['１０００２０', true],
    ['10002', false],
    ['1000200', false],
    ['10002A', false],
  ])('returns %s → %s', (raw, expected) => {
    // Act
    const valid = isValidPostcode(raw);

    // Assess
    expect(valid).toBe(expected);
  });
});

describe('Function: isValidEmail', () => {
  it.each([
    ['zhangsan@example.cn', true],
    [' zhangsan@example.cn ', true],
    ['zhang.san+ogi@mail.example.com.cn', true],
    ['zhangsan@', false],
    ['zhangsan@example', false],
    ['zhang san@example.cn', false],
    ['', false],
  ])('returns %s → %s', (raw, expected) => {
    // Act
    const valid = isValidEmail(raw);

    // Assess
    expect(valid).toBe(expected);
  });
});
