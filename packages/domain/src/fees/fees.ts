/** One band of a fee scale as it applies to one request. */
export interface FeeBand {
  /** First and last item (or page) of the band that this request reaches, 1-based. */
  readonly from: number;
  readonly to: number;
  readonly yuanEach: number;
  readonly count: number;
  readonly yuan: number;
}

export interface FeeQuote {
  readonly yuan: number;
  readonly bands: readonly FeeBand[];
  /** The rule the quote applies, for the fee notice. */
  readonly basis: string;
}

const PER_ITEM_BASIS =
  '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）按件计收：同一申请人一个自然月内累计申请10件以下（含10件）不收费，11—30件（含30件）的部分每件100元，31件以上的部分每增加10件、每件收费标准提高100元';
const PER_PAGE_BASIS =
  '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）按量计收：30页以下（含30页）不收费，31—100页（含100页）的部分每页10元，101—200页（含200页）的部分每页20元，201页以上的部分每页40元';

/** Price of the `item`th item of an applicant's calendar month under the per-item scale. */
export function perItemPrice(item: number): number {
  if (item <= 10) return 0;
  // Stryker disable next-line EqualityOperator: item 30 costs 100 by either branch
  if (item <= 30) return 100;
  return 100 * (1 + Math.ceil((item - 30) / 10));
}

/** Price of the `page`th page of one request under the per-page scale. */
export function perPagePrice(page: number): number {
  if (page <= 30) return 0;
  if (page <= 100) return 10;
  if (page <= 200) return 20;
  return 40;
}

/**
 * 109号 per-item scale (按件): the fee for `items` more items from an applicant
 * who has already asked for `prior` items this calendar month. O(1).
 *
 * @example feePerItem({ prior: 0, items: 35 }).yuan // 3000 = 20×100 + 5×200
 */
export function feePerItem({ prior, items }: { prior: number; items: number }): FeeQuote {
  assertCount('prior', prior, 0);
  assertCount('items', items, 1);
  return {
    yuan: cumulativePerItem(prior + items) - cumulativePerItem(prior),
    bands: bandsOf(prior + 1, prior + items, perItemPrice, itemBandEnd),
    basis: PER_ITEM_BASIS,
  };
}

/**
 * 109号 per-page scale (按量): the fee for one request of `pages` pages. O(1).
 *
 * @example feePerPage({ pages: 250 }).yuan // 4700 = 70×10 + 100×20 + 50×40
 */
export function feePerPage({ pages }: { pages: number }): FeeQuote {
  assertCount('pages', pages, 1);
  return {
    yuan: cumulativePerPage(pages),
    bands: bandsOf(1, pages, perPagePrice, pageBandEnd),
    basis: PER_PAGE_BASIS,
  };
}

/** Total price of items 1..n of a month. */
function cumulativePerItem(n: number): number {
  // Stryker disable next-line EqualityOperator: n = 10 gives 0 by either branch
  if (n <= 10) return 0;
  // Stryker disable next-line EqualityOperator: n = 30 gives 2000 by either branch
  if (n <= 30) return (n - 10) * 100;
  const beyond = n - 30;
  const fullBands = Math.floor(beyond / 10);
  const rest = beyond % 10;
  return (
    2000 + 1000 * (fullBands + (fullBands * (fullBands + 1)) / 2) + rest * 100 * (2 + fullBands)
  );
}

function cumulativePerPage(n: number): number {
  // Stryker disable next-line EqualityOperator: n = 30 gives 0 by either branch
  if (n <= 30) return 0;
  // Stryker disable next-line EqualityOperator: n = 100 gives 700 by either branch
  if (n <= 100) return (n - 30) * 10;
  // Stryker disable next-line EqualityOperator: n = 200 gives 2700 by either branch
  if (n <= 200) return 700 + (n - 100) * 20;
  return 2700 + (n - 200) * 40;
}

function itemBandEnd(item: number): number {
  if (item <= 10) return 10;
  // Stryker disable next-line EqualityOperator: item 30 ends at 30 by either branch
  if (item <= 30) return 30;
  return 30 + Math.ceil((item - 30) / 10) * 10;
}

function pageBandEnd(page: number): number {
  // Stryker disable next-line EqualityOperator: bands start at pages 1, 31, 101 and 201, never at 30
  if (page <= 30) return 30;
  // Stryker disable next-line EqualityOperator: no band starts at page 100
  if (page <= 100) return 100;
  // Stryker disable next-line EqualityOperator: no band starts at page 200
  if (page <= 200) return 200;
  return Number.POSITIVE_INFINITY;
}

function bandsOf(
  from: number,
  to: number,
  price: (n: number) => number,
  bandEnd: (n: number) => number,
): FeeBand[] {
  const bands: FeeBand[] = [];
  for (let start = from; start <= to; ) {
    const end = Math.min(to, bandEnd(start));
    const yuanEach = price(start);
    const count = end - start + 1;
    bands.push({ from: start, to: end, yuanEach, count, yuan: yuanEach * count });
    start = end + 1;
  }
  return bands;
}

function assertCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > 1_000_000) {
    throw new RangeError(`${name} must be a whole number from ${min} to 1000000, got ${value}`);
  }
}
