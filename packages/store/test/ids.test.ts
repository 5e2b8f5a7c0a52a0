import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crockfordBase32 } from '../src/ids.js';
import {
  hashQueryCode,
  isStoreId,
  newQueryCode,
  newStoreId,
  normaliseQueryCode,
  QUERY_CODE_BITS,
  verifyQueryCode,
} from '../src/index.js';

describe('Function: crockfordBase32', () => {
  it.each([
    [[], ''],
    [[0], '00'],
    [[0xff], 'ZW'],
    [[...Buffer.from('foobar')], 'CSQPYRK1E8'],
  ])('encodes %j as %s', (bytes, text) => {
    // Act & Assess
    expect(crockfordBase32(Uint8Array.from(bytes))).toBe(text);
  });
});

describe('Function: newQueryCode', () => {
  it('returns 10 Crockford base32 characters, 50 bits, different each time', () => {
    // Act
    const codes = Array.from({ length: 1000 }, () => newQueryCode());

    // Assess
    expect(QUERY_CODE_BITS).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(new Set(codes).size).toBe(1000);
  });
});

describe('Function: newStoreId', () => {
  it('returns 26 URL-safe characters that isStoreId accepts', () => {
    // Act
    const ids = Array.from({ length: 100 }, () => newStoreId());

    // Assess
    for (const id of ids) {
      expect(isStoreId(id)).toBe(true);
      expect(encodeURIComponent(id)).toBe(id);
    }
    expect(new Set(ids).size).toBe(100);
  });
});

describe('Function: verifyQueryCode', () => {
  it('accepts the code however a person types it back, and nothing else', () => {
    // Prepare
    const record = { queryCodeHash: hashQueryCode('1O2L3-ABCDE') };

    // Act & Assess
    expect(normaliseQueryCode(' 1o2l3-abcde ')).toBe('10213ABCDE');
    expect(verifyQueryCode(record, '10213ABCDE')).toBe(true);
    expect(verifyQueryCode(record, '10213 abcde')).toBe(true);
    expect(verifyQueryCode(record, '10213ABCDF')).toBe(false);
  });

  it('refuses every code but the right one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (guess) => {
        // Prepare
        const code = newQueryCode();
        const record = { queryCodeHash: hashQueryCode(code) };

        // Act & Assess
        expect(verifyQueryCode(record, guess)).toBe(normaliseQueryCode(guess) === code);
      }),
    );
  });
});
