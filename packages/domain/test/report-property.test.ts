import {
  AnnualReport,
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_COLUMNS,
  OUTCOME_CODES,
  type ReportAppeal,
  type ReportRecord,
} from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assembleAnnualReport,
  checkNarrative,
  draftNarrative,
  parseChineseNumber,
  quotedFigures,
  rollUp,
} from '../src/index.js';

const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(FIRST_DAY + offset * DAY).toISOString().slice(0, 10);

/** A day from 2020-01-01 to 2026-12-31. */
const dayOffset = fc.integer({ min: 0, max: 2556 });

const recordArb: fc.Arbitrary<ReportRecord> = fc
  .record({
    received: fc.option(dayOffset, { freq: 8 }),
    applicantColumn: fc.constantFrom(...APPLICANT_COLUMNS),
    closing: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 800 }),
        outcome: fc.constantFrom(...OUTCOME_CODES),
      }),
      { freq: 4 },
    ),
  })
  .map(({ received, applicantColumn, closing }) => ({
    receivedOn: received === null ? null : isoDay(received),
    applicantColumn,
    ...(closing
      ? { closedOn: isoDay((received ?? 0) + closing.after), outcome: closing.outcome }
      : {}),
  }));

const appealArb: fc.Arbitrary<ReportAppeal> = fc
  .record({
    kind: fc.constantFrom(...APPEAL_KINDS),
    filed: dayOffset,
    conclusion: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 600 }),
        result: fc.constantFrom(...APPEAL_RESULTS),
      }),
      { freq: 3 },
    ),
  })
  .map(({ kind, filed, conclusion }) => ({
    kind,
    filedOn: isoDay(filed),
    ...(conclusion
      ? { concludedOn: isoDay(filed + conclusion.after), result: conclusion.result }
      : {}),
  }));

const yearArb = fc.integer({ min: 2020, max: 2026 });
const recordsArb = fc.array(recordArb, { maxLength: 60 });
const appealsArb = fc.array(appealArb, { maxLength: 12 });

const assemble = (
  year: number,
  records: ReportRecord[],
  appeals: ReportAppeal[] = [],
  previous?: AnnualReport,
) => assembleAnnualReport({ year, agency: '某区某局', records, appeals, previous });

describe('Function: assembleAnnualReport (properties)', () => {
  it('never produces an R1–R5 error, whatever the records and cases', () => {
    fc.assert(
      fc.property(yearArb, recordsArb, appealsArb, (year, records, appeals) => {
        const report = assemble(year, records, appeals);
        return report.checks.filter((check) => check.severity === 'error').length === 0;
      }),
      { numRuns: 2_000 },
    );
  });

  it('carries forward into next year exactly what next year carries over (no R6 warning)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2025 }), recordsArb, (year, records) => {
        const previous = assemble(year, records);
        const next = assemble(year + 1, records, [], previous);
        return next.checks.length === 0;
      }),
      { numRuns: 1_000 },
    );
  });

  it('counts every received request once in 一 over the years, and never one not received', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        let received = 0;
        for (let year = 2020; year <= 2026; year++)
          received += assemble(year, records).table3.received.total;
        return received === records.filter((record) => record.receivedOn !== null).length;
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the records or the cases', () => {
    const permuted = <T>(items: fc.Arbitrary<T[]>) =>
      items.chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(
        yearArb,
        permuted(recordsArb),
        permuted(appealsArb),
        (year, [records, shuffled], [appeals, reordered]) => {
          const a = assemble(year, records, appeals);
          const b = assemble(year, shuffled, reordered);
          expect(b.table3).toEqual(a.table3);
          expect(b.table4).toEqual(a.table4);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('produces JSON the public schema parses back unchanged', () => {
    fc.assert(
      fc.property(yearArb, recordsArb, appealsArb, (year, records, appeals) => {
        const report = assemble(year, records, appeals);
        expect(AnnualReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Function: draftNarrative (over assembled reports)', () => {
  it('drafts sentences R8 accepts for every report assembled from records and cases', () => {
    fc.assert(
      fc.property(yearArb, recordsArb, appealsArb, fc.boolean(), (year, records, appeals, fees) => {
        // Prepare
        const report = assembleAnnualReport({
          year,
          agency: '某区某局',
          records,
          appeals,
          ...(fees ? { inputs: { feesCollectedYuan: records.length * 10 } } : {}),
        });
        // Act
        const drafts = draftNarrative(report);
        // Assess
        expect(report.drafts).toEqual(drafts);
        expect(checkNarrative(report, { 一: `${drafts.applications}${drafts.appeals}` })).toEqual(
          [],
        );
      }),
    );
  });
});

describe('Function: rollUp (properties)', () => {
  it("gives the same tables as assembling all the towns' records as one agency", () => {
    fc.assert(
      fc.property(
        yearArb,
        fc.array(fc.tuple(recordsArb, appealsArb), { minLength: 1, maxLength: 5 }),
        (year, towns) => {
          const rolled = rollUp(
            towns.map(([records, appeals]) => assemble(year, records, appeals)),
          );
          const whole = assemble(
            year,
            towns.flatMap(([records]) => records),
            towns.flatMap(([, appeals]) => appeals),
          );
          expect(rolled.table3).toEqual(whole.table3);
          expect(rolled.table4).toEqual(whole.table4);
          expect(rolled.checks).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Writes n (0 ≤ n < 100,000) in Chinese numerals the way reports do (十一, 一百零五, 两万). */
function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n === 0) return '零';
  const units = ['', '十', '百', '千', '万'];
  const parts = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((digit, i) => {
    const unit = units[parts.length - 1 - i] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += (digit === 1 && unit === '十' && out === '' ? '' : digits[digit]) + unit;
  });
  return out;
}

describe('Function: parseChineseNumber (properties)', () => {
  it('reads back every number from 0 to 99,999 written in Chinese numerals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        (n) => parseChineseNumber(chineseNumeral(n)) === n,
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('Function: checkNarrative (fuzz)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      ...'共收到和办理政府信息公开申请予以部分不无法提供处理其他结转下年度上行政复议诉讼均为自然人维持未发生收取费元件份起0123456789十一二三百千万，。、 '.split(
        '',
      ),
    ),
    maxLength: 80,
  });

  it('never throws, and quotes only phrases that are in the text', () => {
    const report = assemble(2023, []);
    fc.assert(
      fc.property(text, (narrative) => {
        const figures = quotedFigures(narrative);
        checkNarrative(report, { 一: narrative, 五: narrative, 六: narrative });
        return figures.every((figure) => narrative.includes(figure.phrase));
      }),
      { numRuns: 10_000 },
    );
  });
});
