import { describe, expect, it } from 'vitest';
import { feePerItem, feePerPage } from '../src/index.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down.

describe('Function: feePerItem (Art. 42; 国办函〔2020〕109号 按件计收), its bands', () => {
  it('closes the free band at item 10 when the month already holds nine items', () => {
    // Act
    const quote = feePerItem({ prior: 9, items: 5 });
    // Assess
    expect(quote.bands).toEqual([
      { from: 10, to: 10, yuanEach: 0, count: 1, yuan: 0 },
      { from: 11, to: 14, yuanEach: 100, count: 4, yuan: 400 },
    ]);
    expect(quote.yuan).toBe(400);
  });

  it('cites the per-item scale of 109号 as its basis', () => {
    // Act
    const quote = feePerItem({ prior: 0, items: 1 });
    // Assess
    expect(quote.basis).toContain('按件计收');
    expect(quote.basis).toContain('109号');
  });
});

describe('Function: feePerPage (Art. 42; 国办函〔2020〕109号 按量计收), its bands', () => {
  it('splits 250 pages into the four bands of the scale, each with its count and price', () => {
    // Act
    const quote = feePerPage({ pages: 250 });
    // Assess
    expect(quote.bands).toEqual([
      { from: 1, to: 30, yuanEach: 0, count: 30, yuan: 0 },
      { from: 31, to: 100, yuanEach: 10, count: 70, yuan: 700 },
      { from: 101, to: 200, yuanEach: 20, count: 100, yuan: 2000 },
      { from: 201, to: 250, yuanEach: 40, count: 50, yuan: 2000 },
    ]);
  });

  it('cites the per-page scale of 109号 as its basis', () => {
    // Act
    const quote = feePerPage({ pages: 1 });
    // Assess
    expect(quote.basis).toContain('按量计收');
    expect(quote.basis).toContain('109号');
  });
});

describe('Function: feePerItem and feePerPage, their input limits', () => {
  it('accepts a million items or pages, the largest count it quotes', () => {
    // Act
    const items = feePerItem({ prior: 0, items: 1_000_000 });
    const pages = feePerPage({ pages: 1_000_000 });
    // Assess
    expect(items.bands.at(-1)?.to).toBe(1_000_000);
    expect(pages.yuan).toBe(2700 + (1_000_000 - 200) * 40);
  });

  it.each([
    [
      () => feePerItem({ prior: 1_000_001, items: 1 }),
      'prior must be a whole number from 0 to 1000000, got 1000001',
    ],
    [
      () => feePerItem({ prior: 0, items: 1_000_001 }),
      'items must be a whole number from 1 to 1000000, got 1000001',
    ],
    [
      () => feePerItem({ prior: 0, items: 0 }),
      'items must be a whole number from 1 to 1000000, got 0',
    ],
    [() => feePerPage({ pages: 0 }), 'pages must be a whole number from 1 to 1000000, got 0'],
    [
      () => feePerPage({ pages: 1_000_001 }),
      'pages must be a whole number from 1 to 1000000, got 1000001',
    ],
  ])(
    'refuses a count outside its limits, naming the count and the limits (%#)',
    (quote, message) => {
      // Act & Assess
      expect(quote).toThrow(new RangeError(message));
    },
  );
});
