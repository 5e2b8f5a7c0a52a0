import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feePerItem, feePerPage, perItemPrice, perPagePrice } from '../src/index.js';

describe('Function: feePerItem (Art. 42; 国办函〔2020〕109号 按件计收, per applicant per calendar month)', () => {
  it.each([
    [0, 10, 0],
    [0, 11, 100],
    [0, 30, 2000],
    [0, 35, 3000],
    [0, 40, 4000],
    [0, 41, 4300],
    [0, 50, 7000],
    [0, 51, 7400],
    [9, 1, 0],
    [10, 1, 100],
    [30, 1, 200],
    [40, 1, 300],
    [25, 10, 5 * 100 + 5 * 200],
    [5, 30, 20 * 100 + 5 * 200],
  ])('charges %i prior items plus %i more ¥%i', (prior, items, yuan) => {
    // Act
    const quote = feePerItem({ prior, items });
    // Assess
    expect(quote.yuan).toBe(yuan);
    expect(quote.basis).toContain('109号');
  });

  it('reproduces the RULES.md example: 35 items in a month cost 20×100 + 5×200', () => {
    // Act
    const quote = feePerItem({ prior: 0, items: 35 });
    // Assess
    expect(quote.bands).toEqual([
      { from: 1, to: 10, yuanEach: 0, count: 10, yuan: 0 },
      { from: 11, to: 30, yuanEach: 100, count: 20, yuan: 2000 },
      { from: 31, to: 35, yuanEach: 200, count: 5, yuan: 1000 },
    ]);
  });

  it('accumulates over the month: splitting a month into requests never changes the total', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (prior, a, b) => {
          const split =
            feePerItem({ prior, items: a }).yuan + feePerItem({ prior: prior + a, items: b }).yuan;
          return split === feePerItem({ prior, items: a + b }).yuan;
        },
      ),
    );
  });

  it('equals the sum of the per-item prices, item by item', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 300 }), (prior, items) => {
        let sum = 0;
        for (let item = prior + 1; item <= prior + items; item++) sum += perItemPrice(item);
        const quote = feePerItem({ prior, items });
        return (
          quote.yuan === sum && quote.bands.reduce((total, band) => total + band.yuan, 0) === sum
        );
      }),
    );
  });

  it('throws on a negative or fractional count', () => {
    // Act & Assess
    expect(() => feePerItem({ prior: -1, items: 1 })).toThrow(RangeError);
    expect(() => feePerItem({ prior: 0, items: 0 })).toThrow(RangeError);
    expect(() => feePerItem({ prior: 0, items: 1.5 })).toThrow(RangeError);
  });
});

describe('Function: feePerPage (Art. 42; 国办函〔2020〕109号 按量计收, per request)', () => {
  it.each([
    [1, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [201, 2740],
    [250, 4700],
  ])('charges %i pages ¥%i', (pages, yuan) => {
    // Act & Assess
    expect(feePerPage({ pages }).yuan).toBe(yuan);
  });

  it('reproduces the RULES.md example: 250 pages cost 700 + 2,000 + 2,000', () => {
    // Act
    const quote = feePerPage({ pages: 250 });
    // Assess
    expect(quote.bands.map((band) => band.yuan)).toEqual([0, 700, 2000, 2000]);
  });

  it('equals the sum of the per-page prices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (pages) => {
        let sum = 0;
        for (let page = 1; page <= pages; page++) sum += perPagePrice(page);
        return feePerPage({ pages }).yuan === sum;
      }),
    );
  });
});
