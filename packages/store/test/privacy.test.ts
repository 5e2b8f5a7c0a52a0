import { Applicant, type IdType } from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskApplicant, maskEmail, maskIdNumber, maskName, maskPhone } from '../src/index.js';
import { organisation, person } from './support.js';

describe('Function: maskIdNumber', () => {
  it.each<[string, IdType, string]>([
    ['11010519491231002X', 'resident-id', '110105********002X'],
    ['440524188001010014', 'resident-id', '440524********0014'],
    ['E12345678', 'passport', '*****5678'],
    ['H1234567890', 'hk-macao-permit', '*******7890'],
    ['AB12', 'other', '**12'],
    ['', 'other', ''],
  ])('masks %s (%s) as %s', (id, type, masked) => {
    // Act & Assess
    expect(maskIdNumber(id, type)).toBe(masked);
  });

  it('never shows the birth date of a resident ID and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-8]\d{16}[\dX]$/), (id) => {
        // Act
        const masked = maskIdNumber(id);

        // Assess
        expect(masked).toHaveLength(18);
        expect(masked.slice(6, 14)).toBe('********');
      }),
      { numRuns: 1000 },
    );
  });

  it('shows at most half and at most 4 characters of any other number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9-]{0,40}$/), (id) => {
        // Act
        const shown = maskIdNumber(id, 'passport').replace(/\*/g, '');

        // Assess
        expect(shown.length).toBeLessThanOrEqual(Math.min(4, id.length / 2));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Function: maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['010-65001234', '010-******34'],
    ['0531-8888666-12', '0531-*****66-**'],
    ['12345', '***45'],
  ])('masks %s as %s', (phone, masked) => {
    // Act & Assess
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('Function: maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    ['a@b.cn', 'a***@b.cn'],
    ['not-an-address', '***'],
  ])('masks %s as %s', (email, masked) => {
    // Act & Assess
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('Function: maskApplicant', () => {
  it('masks a natural person\u2019s identity number, phone and e-mail and leaves the rest', () => {
    // Prepare
    const applicant = Applicant.parse(person);

    // Act
    const masked = maskApplicant(applicant);

    // Assess
    expect(masked).toEqual({
      ...applicant,
      idNumber: '110105********002X',
      phone: '138****5678',
      email: 'z***@example.com',
    });
    expect(applicant).toMatchObject({ idNumber: '11010519491231002X' });
  });

  it('keeps an organisation\u2019s credit code, which is public, and masks its phone', () => {
    // Prepare
    const applicant = Applicant.parse(organisation);

    // Act
    const masked = maskApplicant(applicant);

    // Assess
    expect(masked).toEqual({
      ...applicant,
      phone: '010-******34',
      email: 'o***@lawfirm.example.cn',
    });
    expect(masked.kind === 'organisation' && masked.creditCode).toBe('91350100M000100Y43');
  });
});

describe('Function: maskName', () => {
  it('keeps the first character and hides the rest behind at most two stars', () => {
    // Act
    const masked = ['张三', '欧阳晓明', '北京某某律师事务所', '李'].map(maskName);

    // Assess
    expect(masked).toEqual(['张*', '欧**', '北**', '李*']);
  });

  it('never shows more than the first character of any name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2 }), (name) => {
        const masked = maskName(name);
        expect([...masked].slice(1).every((character) => character === '*')).toBe(true);
      }),
    );
  });
});
