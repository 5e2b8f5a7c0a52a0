import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from '../src/index.js';
import { CREDIT_CHARSET, validCreditCode, withCreditCheck } from './support/ids.js';

const KNOWN = '91350100M000100Y43';

describe('Function: isValidCreditCode', () => {
  it.each([
    ['the published example', KNOWN],
    ['lower case', KNOWN.toLowerCase()],
    ['surrounding spaces', ` ${KNOWN} `],
    ['a public institution (registration authority 1)', withCreditCheck('12100000400000011')],
    ['a social organisation (registration authority 5)', withCreditCheck('51110000500000012')],
    ['another registration authority (Y)', withCreditCheck('Y1440300MA5D00001')],
    ['a check character of 0', withCreditCheck('91440300715267028')],
  ])('returns true for %s', (_case, code) => {
    // Act
    const valid = isValidCreditCode(code);

    // Assess
    expect(valid).toBe(true);
  });
});

describe('Function: creditCodeProblem', () => {
  it.each([
    ['17 characters', KNOWN.slice(0, 17), 'format'],
    ['19 characters', `${KNOWN}0`, 'format'],
    ['an empty string', '', 'format'],
    ['the letter I', withCreditCheck('91350100M000100Y4').replace('M', 'I'), 'format'],
    ['the letter O', '91350100O000100Y43', 'format'],
    ['the letter S', '91350100S000100Y43', 'format'],
    ['the letter V', '91350100V000100Y43', 'format'],
    ['the letter Z', '91350100Z000100Y43', 'format'],
    ['a letter in the region code', '9135A100M000100Y43', 'format'],
    ['a Chinese character', '91350100M000100Y4三', 'format'],
    ['a wrong check character', '91350100M000100Y44', 'checkDigit'],
    ['a changed registration authority', '51350100M000100Y43', 'checkDigit'],
    ['a changed region code', '91350200M000100Y43', 'checkDigit'],
    ['a changed organisation code', '91350100M000100Y53', 'checkDigit'],
  ])('returns %s as %s', (_case, code, problem) => {
    // Act
    const found = creditCodeProblem(code);

    // Assess
    expect(found).toBe(problem);
  });

  it('returns undefined for a valid code', () => {
    // Act
    const found = creditCodeProblem(KNOWN);

    // Assess
    expect(found).toBeUndefined();
  });
});

describe('Function: creditCodeCheckChar', () => {
  it('returns the check character of the published example', () => {
    // Act
    const check = creditCodeCheckChar('91350100M000100Y4');

    // Assess
    expect(check).toBe('3');
  });

  it.each(['91350100M000100Y', '91350100M000100Y43', '91350100M000100I4'])(
    'returns undefined for %s',
    (input) => {
      // Act
      const check = creditCodeCheckChar(input);

      // Assess
      expect(check).toBeUndefined();
    },
  );
});

describe('Function: normaliseCreditCode', () => {
  it('trims and upper-cases', () => {
    // Act
    const code = normaliseCreditCode(' 91350100m000100y43 ');

    // Assess
    expect(code).toBe(KNOWN);
  });
});

describe('Property: credit codes', () => {
  it('uses the 31-character charset of GB 32100', () => {
    // Assess
    expect(CREDIT_CODE_CHARSET).toBe(CREDIT_CHARSET);
    expect(new Set(CREDIT_CODE_CHARSET).size).toBe(31);
    expect(CREDIT_CODE_CHARSET).not.toMatch(/[IOSVZ]/);
  });

  it('accepts every generated valid code', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        // Act & Assess
        expect(isValidCreditCode(code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every other check character as checkDigit', () => {
    fc.assert(
      fc.property(validCreditCode, fc.constantFrom(...CREDIT_CHARSET), (code, replacement) => {
        // Prepare
        fc.pre(replacement !== code.charAt(17));
        const mutated = `${code.slice(0, 17)}${replacement}`;

        // Act & Assess
        expect(creditCodeProblem(mutated)).toBe('checkDigit');
      }),
      { numRuns: 1000 },
    );
  });
});
