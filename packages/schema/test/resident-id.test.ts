import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  normaliseResidentId,
  residentIdCheckChar,
  residentIdProblem,
} from '../src/index.js';
import { mod11_2, validResidentId, withResidentCheck } from './support/ids.js';

const KNOWN = '11010519491231002X';

describe('Function: isValidResidentId', () => {
  it.each([
    ['the published example', KNOWN],
    ['a lower-case x check character', '11010519491231002x'],
    ['a digit check character', withResidentCheck('44030619990101123')],
    ['a check digit of 0', withResidentCheck('32010619850615006')],
    ['29 February of a leap year', withResidentCheck('51010720000229001')],
    ['the first day of 1900', withResidentCheck('65010219000101001')],
    ['a Hong Kong residence permit (region 81)', withResidentCheck('81000019900101001')],
    ['surrounding spaces', ` ${KNOWN} `],
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('returns true for %s', (_case, id) => {
    // Act
    const valid = isValidResidentId(id);

    // Assess
    expect(valid).toBe(true);
  });

  it('accepts a birth date on the given today', () => {
    // Prepare
    const id = withResidentCheck('11010520261126001');

    // Act
    const valid = isValidResidentId(id, '2026-11-26');

    // Assess
    expect(valid).toBe(true);
  });
});

describe('Function: residentIdProblem', () => {
  it.each([
    ['17 characters', '11010519491231002', 'format'],
    ['19 characters', `${KNOWN}1`, 'format'],
    ['an empty string', '', 'format'],
    ['a letter among the digits', '1101051949123100AX', 'format'],
    ['a letter other than X at the end', '11010519491231002Y', 'format'],
    ['X before the last position', '1101051949123100X2', 'format'],
    ['a region code starting with 0', withResidentCheck('01010519491231002'), 'format'],
    ['a region code starting with 9', withResidentCheck('91010519491231002'), 'format'],
    ['31 February', withResidentCheck('11010520000231001'), 'birthDate'],
    ['29 February of a common year', withResidentCheck('11010519000229001'), 'birthDate'],
    ['month 13', withResidentCheck('11010519491331002'), 'birthDate'],
    ['day 00', withResidentCheck('11010519491200002'), 'birthDate'],
    ['a year before 1900', withResidentCheck('11010518991231002'), 'birthDate'],
    ['a year after 2100', withResidentCheck('11010521010101002'), 'birthDate'],
  ])('returns %s as %s', (_case, id, problem) => {
    // Act
    const found = residentIdProblem(id);

    // Assess
    expect(found).toBe(problem);
  });

  it.each([
    ['X is due but a digit is given', '110105194912310021'],
    ['a digit is due but X is given', `${withResidentCheck('44030619990101123').slice(0, 17)}X`],
    ['a region digit is changed', '21010519491231002X'],
    ['a birth-date digit is changed to another real date', '11010519491230002X'],
    ['a sequence digit is changed', '11010519491231003X'],
    ['two digits are swapped', '10110519491231002X'],
  ])('returns checkDigit when %s', (_case, id) => {
    // Act
    const found = residentIdProblem(id);

    // Assess
    expect(found).toBe('checkDigit');
  });

  it('returns birthDate for a birth date after the given today', () => {
    // Prepare
    const id = withResidentCheck('11010520261127001');

    // Act
    const found = residentIdProblem(id, '2026-11-26');

    // Assess
    expect(found).toBe('birthDate');
  });

  it('returns undefined for a valid number', () => {
    // Act
    const found = residentIdProblem(KNOWN, '2026-11-26');

    // Assess
    expect(found).toBeUndefined();
  });

  it('throws a RangeError when today is not written YYYY-MM-DD', () => {
    // Act
    const act = () => residentIdProblem(KNOWN, '2026/11/26');

    // Assess
    expect(act).toThrow(RangeError);
  });
});

describe('Function: residentIdCheckChar', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44030619990101123', mod11_2('44030619990101123')],
  ])('returns the check character of %s', (first17, expected) => {
    // Act
    const check = residentIdCheckChar(first17);

    // Assess
    expect(check).toBe(expected);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100A'])(
    'returns undefined for %s',
    (input) => {
      // Act
      const check = residentIdCheckChar(input);

      // Assess
      expect(check).toBeUndefined();
    },
  );
});

describe('Function: normaliseResidentId', () => {
  it('trims and upper-cases the check character', () => {
    // Act
    const id = normaliseResidentId(' 11010519491231002x ');

    // Assess
    expect(id).toBe(KNOWN);
  });
});

describe('Property: resident ID numbers', () => {
  it('accepts every generated valid number', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        // Act & Assess
        expect(isValidResidentId(id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every other check character as checkDigit', () => {
    fc.assert(
      fc.property(validResidentId, fc.constantFrom(...'0123456789X'), (id, replacement) => {
        // Prepare
        fc.pre(replacement !== id.charAt(17));
        const mutated = `${id.slice(0, 17)}${replacement}`;

        // Act & Assess
        expect(residentIdProblem(mutated)).toBe('checkDigit');
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects a change to any single digit of the first 17', () => {
    fc.assert(
      fc.property(
        validResidentId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, position, delta) => {
          // Prepare
          const digit = (Number(id.charAt(position)) + delta) % 10;
          const mutated = `${id.slice(0, position)}${digit}${id.slice(position + 1)}`;

          // Act & Assess
          expect(isValidResidentId(mutated)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
