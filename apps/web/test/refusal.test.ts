import type { FieldError } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { errorsOfRefusal } from '../src/staff/refusal.js';

const byPath = (fields: readonly FieldError[]) =>
  new Map(fields.map((field) => [field.path, field] as const));

describe('Staff pages: the errors of a refused answer', () => {
  it('places the errors the API gave by field', () => {
    // Prepare
    const field = { path: 'note', code: 'too_big', zh: '备注过长', en: 'Note too long' };

    // Act
    const errors = errorsOfRefusal(
      { status: 400, code: 'invalid', zh: '有误', en: 'Invalid', fields: [field] },
      byPath,
    );

    // Assess
    expect([...errors]).toEqual([['note', field]]);
  });

  it('returns the whole-form message when the API names no field', () => {
    // Act
    const errors = errorsOfRefusal(
      { status: 403, code: 'forbidden', zh: '无权办理', en: 'Not allowed', fields: [] },
      byPath,
    );

    // Assess
    expect(errors.get('')).toEqual({
      path: '',
      code: 'forbidden',
      zh: '无权办理',
      en: 'Not allowed',
    });
  });

  it('returns the network failure in both languages when the API never answered', () => {
    // Act
    const errors = errorsOfRefusal(undefined, byPath);

    // Assess
    const whole = errors.get('');
    expect(whole?.code).toBe('network');
    expect(whole?.zh).not.toBe(whole?.en);
  });
});
