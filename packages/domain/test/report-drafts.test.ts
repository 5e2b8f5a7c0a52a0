import {
  AnnualReport,
  APPLICANT_COLUMNS,
  OUTCOMES,
  type OutcomeGroup,
  type ReportAppeal,
  type ReportRecord,
  type ReportTimeliness,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  type Table3,
  type Table3Cells,
  type Table4,
  type Table4Cells,
} from '@ogi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assembleAnnualReport,
  checkNarrative,
  draftNarrative,
  type NarrativeFigure,
  quotedFigures,
  rollUp,
} from '../src/index.js';

// ───────────────────────────── examples ─────────────────────────────

const decided = (
  outcome: NonNullable<ReportRecord['outcome']>,
  applicantColumn: ReportRecord['applicantColumn'] = 'naturalPerson',
): ReportRecord => ({ receivedOn: '2023-03-01', applicantColumn, closedOn: '2023-03-15', outcome });

/** Received in 2023, still open on 31 December. */
const openAtYearEnd: ReportRecord = { receivedOn: '2023-12-20', applicantColumn: 'naturalPerson' };

/** Received in 2022 and open on 1 January 2023: decided in 2023 with `outcome`, or still open. */
const carriedOver = (outcome?: NonNullable<ReportRecord['outcome']>): ReportRecord =>
  outcome
    ? {
        receivedOn: '2022-12-20',
        applicantColumn: 'commercial',
        closedOn: '2023-01-10',
        outcome,
      }
    : { receivedOn: '2022-12-20', applicantColumn: 'commercial' };

function reportOf(
  options: {
    records?: ReportRecord[];
    appeals?: ReportAppeal[];
    feesCollectedYuan?: number;
    year?: number;
  } = {},
): AnnualReport {
  return assembleAnnualReport({
    year: options.year ?? 2023,
    agency: '某区某局',
    records: options.records ?? [],
    appeals: options.appeals ?? [],
    ...(options.feesCollectedYuan === undefined
      ? {}
      : { inputs: { feesCollectedYuan: options.feesCollectedYuan } }),
  });
}

/** What R8 reads in a text: each figure with its value. */
const figuresIn = (text: string) =>
  quotedFigures(text).map((quoted) => [quoted.figure, quoted.value] as const);

/** R8 over both drafts, placed where an office puts them: section 一. */
const r8OverDrafts = (report: AnnualReport) => {
  const drafts = draftNarrative(report);
  return checkNarrative(report, { 一: `${drafts.applications}${drafts.appeals}` });
};

describe('Function: draftNarrative (依申请公开 paragraph)', () => {
  it('drafts what an office writes for a year without requests: 未收到, no carry-over', () => {
    // Prepare
    const report = reportOf({ year: 2024, feesCollectedYuan: 0 });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2024年，某区某局未收到政府信息公开申请，无上年结转申请，无结转下年度继续办理的申请。本年度未收取信息处理费。',
    );
    expect(figuresIn(applications)).toEqual([
      ['received', 0],
      ['carriedOver', 0],
      ['carriedForward', 0],
      ['feesYuan', 0],
    ]);
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('says every decided request was answered and disclosed, as the seed does, when all were', () => {
    // Prepare
    const report = reportOf({
      records: [decided('disclosed'), decided('disclosed'), decided('disclosed', 'research')],
    });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2023年，某区某局共收到政府信息公开申请3件，无上年结转申请。本年度办结3件，均已答复申请人，并予以公开；无结转下年度继续办理的申请。',
    );
    expect(figuresIn(applications)).toContainEqual(['allDisclosed', null]);
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('lists each outcome family with its count, carry-overs both ways, in the order R8 reads them', () => {
    // Prepare: 8 received (one still open), 2 carried over (one decided, one still open).
    const report = reportOf({
      records: [
        decided('disclosed'),
        decided('disclosed', 'legalService'),
        decided('partly-disclosed'),
        decided('withheld-state-secret'),
        decided('withheld-third-party-rights'),
        decided('unavailable-not-held'),
        decided('other-correction-lapsed'),
        openAtYearEnd,
        carriedOver('not-processed-repeated'),
        carriedOver(),
      ],
    });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2023年，某区某局共收到政府信息公开申请8件，上年结转政府信息公开申请2件。本年度办结8件，其中予以公开2件，部分公开1件，不予公开2件，无法提供1件，不予处理1件，其他处理1件；结转下年度继续办理2件。',
    );
    expect(figuresIn(applications)).toEqual([
      ['received', 8],
      ['carriedOver', 2],
      ['disclosed', 2],
      ['partlyDisclosed', 1],
      ['withheld', 2],
      ['unavailable', 1],
      ['notProcessed', 1],
      ['otherProcessing', 1],
      ['carriedForward', 2],
    ]);
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('leaves out the outcome families with no request', () => {
    // Prepare
    const report = reportOf({ records: [decided('disclosed'), decided('unavailable-not-held')] });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toContain('本年度办结2件，其中予以公开1件，无法提供1件；');
    expect(applications).not.toMatch(/部分公开|不予公开|不予处理|其他处理/);
  });

  it('says 未收到新的 and 尚无办结 when only last year’s requests are open', () => {
    // Prepare
    const report = reportOf({ records: [carriedOver(), carriedOver()] });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2023年，某区某局未收到新的政府信息公开申请，上年结转政府信息公开申请2件。本年度尚无办结的申请；结转下年度继续办理2件。',
    );
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it.each([
    [300, '本年度收取信息处理费300元。'],
    [12.5, '本年度收取信息处理费12.5元。'],
    [0, '本年度未收取信息处理费。'],
  ])('states fees of %d yuan (section 六) as “%s”', (yuan, sentence) => {
    // Prepare
    const report = reportOf({ records: [decided('disclosed')], feesCollectedYuan: yuan });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications.endsWith(sentence)).toBe(true);
    expect(figuresIn(sentence)).toEqual([['feesYuan', yuan]]);
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('says nothing of fees when the report does not state them', () => {
    // Prepare
    const report = reportOf({ records: [decided('disclosed')] });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).not.toContain('信息处理费');
  });
});

describe('Function: draftNarrative (answered on time, Art. 33 ¶2)', () => {
  const onTime = (record: ReportRecord): ReportRecord => ({ ...record, answeredLate: false });
  const late = (record: ReportRecord): ReportRecord => ({ ...record, answeredLate: true });

  it('says 均已按时答复申请人, as the seed does, when every answer is known on time', () => {
    // Prepare
    const report = reportOf({
      records: [onTime(decided('disclosed')), onTime(decided('disclosed')), openAtYearEnd],
    });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toBe(
      '2023年，某区某局共收到政府信息公开申请3件，无上年结转申请。本年度办结2件，均已按时答复申请人，并予以公开；结转下年度继续办理1件。',
    );
    expect(figuresIn(applications)).toContainEqual(['allAnsweredOnTime', null]);
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('says 均已按时答复申请人 before the outcome families when they differ', () => {
    // Prepare
    const report = reportOf({
      records: [onTime(decided('disclosed')), onTime(carriedOver('unavailable-not-held'))],
    });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toContain(
      '本年度办结2件，均已按时答复申请人，其中予以公开1件，无法提供1件；',
    );
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('states the answers on time and late when some were late', () => {
    // Prepare
    const report = reportOf({
      records: [
        onTime(decided('disclosed')),
        onTime(decided('withheld-state-secret')),
        late(decided('disclosed')),
      ],
    });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toContain(
      '本年度办结3件（按时答复2件、逾期答复1件），其中予以公开2件，不予公开1件；',
    );
    expect(figuresIn(applications)).toEqual(
      expect.arrayContaining([
        ['answeredOnTime', 2],
        ['answeredLate', 1],
      ]),
    );
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it('states only the late ones when every answer was late, and still that all were disclosed', () => {
    // Prepare
    const report = reportOf({ records: [late(decided('disclosed')), late(decided('disclosed'))] });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).toContain('本年度办结2件（逾期答复2件），均已答复申请人，并予以公开；');
    expect(r8OverDrafts(report)).toEqual([]);
  });

  it.each([
    ['no record says', [decided('disclosed'), decided('disclosed')]],
    ['one record of two does not say', [onTime(decided('disclosed')), decided('disclosed')]],
    ['one is late and one not known', [late(decided('disclosed')), decided('disclosed')]],
  ])('says nothing of timeliness when %s', (_case, records) => {
    // Prepare
    const report = reportOf({ records });
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).not.toMatch(/按时|逾期/);
    expect(applications).toContain('本年度办结2件，均已答复申请人，并予以公开；');
  });

  it('says nothing of timeliness when the report’s counts do not add up to the decided requests', () => {
    // Prepare: a report edited by hand, its timeliness short of the 2 decided.
    const report = {
      ...reportOf({ records: [decided('disclosed'), decided('disclosed')] }),
      timeliness: { onTime: 1, late: 0, unknown: 0 },
    };
    // Act
    const { applications } = draftNarrative(report);
    // Assess
    expect(applications).not.toMatch(/按时|逾期/);
  });
});

describe('Function: draftNarrative (行政复议、行政诉讼 sentence, table 四)', () => {
  const upheldReconsideration: ReportAppeal = {
    kind: 'reconsideration',
    filedOn: '2023-04-01',
    concludedOn: '2023-06-01',
    result: 'upheld',
  };

  it('drafts 未发生 for a year without cases', () => {
    // Prepare
    const report = reportOf({ year: 2024 });
    // Act
    const { appeals } = draftNarrative(report);
    // Assess
    expect(appeals).toBe('2024年，某区某局未发生政府信息公开行政复议、行政诉讼案件。');
    expect(figuresIn(appeals)).toEqual([
      ['reconsideration', 0],
      ['litigation', 0],
    ]);
  });

  it.each<[string, ReportAppeal[], string, [number, number]]>([
    [
      'a reconsideration upheld, no lawsuit',
      [upheldReconsideration],
      '2023年，某区某局被申请政府信息公开行政复议1件，其中结果维持1件；未发生政府信息公开行政诉讼。',
      [1, 0],
    ],
    [
      'a lawsuit pending, no reconsideration',
      [{ kind: 'litigation-direct', filedOn: '2023-11-01' }],
      '2023年，某区某局未发生政府信息公开行政复议；被提起政府信息公开行政诉讼1件（未经复议直接起诉1件），其中尚未审结1件。',
      [0, 1],
    ],
    [
      'reconsiderations upheld, corrected and pending; lawsuits of both kinds',
      [
        upheldReconsideration,
        {
          kind: 'reconsideration',
          filedOn: '2023-05-01',
          concludedOn: '2023-07-01',
          result: 'corrected',
        },
        { kind: 'reconsideration', filedOn: '2023-12-01' },
        {
          kind: 'litigation-direct',
          filedOn: '2023-02-01',
          concludedOn: '2023-09-01',
          result: 'other',
        },
        {
          kind: 'litigation-after-reconsideration',
          filedOn: '2023-03-01',
          concludedOn: '2023-10-01',
          result: 'upheld',
        },
      ],
      '2023年，某区某局被申请政府信息公开行政复议3件，其中结果维持1件，结果纠正1件，尚未审结1件；被提起政府信息公开行政诉讼2件（未经复议直接起诉1件，复议后起诉1件），其中结果维持1件，其他结果1件。',
      [3, 2],
    ],
  ])('drafts %s', (_case, appealCases, sentence, [reconsiderations, lawsuits]) => {
    // Prepare
    const report = reportOf({ appeals: appealCases });
    // Act
    const { appeals } = draftNarrative(report);
    // Assess
    expect(appeals).toBe(sentence);
    expect(figuresIn(appeals)).toEqual([
      ['reconsideration', reconsiderations],
      ['litigation', lawsuits],
    ]);
    expect(r8OverDrafts(report)).toEqual([]);
  });
});

describe('Function: assembleAnnualReport (drafts)', () => {
  it('carries the drafts of its own tables and fees in the report JSON', () => {
    // Prepare
    const records = [
      decided('disclosed'),
      { ...decided('disclosed'), feePaid: { on: '2023-03-10', yuan: 300 } },
    ];
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某镇人民政府',
      records,
      feesFromRecords: true,
    });
    // Assess
    expect(report.drafts).toEqual(draftNarrative(report));
    expect(report.drafts?.applications).toContain('收取信息处理费300元');
    expect(AnnualReport.parse(JSON.parse(JSON.stringify(report))).drafts).toEqual(report.drafts);
  });

  it('drafts from the fees staff entered, over the fees of the records', () => {
    // Prepare
    const records = [{ ...decided('disclosed'), feePaid: { on: '2023-03-10', yuan: 300 } }];
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某镇人民政府',
      records,
      inputs: { feesCollectedYuan: 100 },
      feesFromRecords: true,
    });
    // Assess
    expect(report.drafts?.applications).toContain('本年度收取信息处理费100元。');
  });

  it('keeps the narrative as staff wrote it beside the drafts, and R8 checks the narrative', () => {
    // Prepare: the staff's own text quotes a count the tables contradict.
    const narrative = { 一: '2023年，本机关共收到政府信息公开申请9件。' };
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某镇人民政府',
      records: [decided('disclosed')],
      inputs: { narrative },
    });
    // Assess
    expect(report.narrative).toEqual(narrative);
    expect(report.drafts?.applications).toContain('共收到政府信息公开申请1件');
    expect(report.checks.map((check) => `${check.id} ${check.cell}`)).toEqual(['R8 narrative.一']);
  });

  it('raises no R8 warning when staff publish the drafts as they stand', () => {
    // Prepare
    const records = [decided('disclosed'), decided('withheld-state-secret'), openAtYearEnd];
    const appeals: ReportAppeal[] = [{ kind: 'reconsideration', filedOn: '2023-08-01' }];
    const drafted = reportOf({ records, appeals, feesCollectedYuan: 0 }).drafts;
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某区某局',
      records,
      appeals,
      inputs: {
        feesCollectedYuan: 0,
        narrative: { 一: `（二）依申请公开\n\n${drafted?.applications}\n\n${drafted?.appeals}` },
      },
    });
    // Assess
    expect(report.checks).toEqual([]);
  });
});

describe('Function: rollUp (drafts)', () => {
  it('sums the answers on time and late, and states them, when every town knows them', () => {
    // Prepare
    const known = reportOf({
      records: [
        { ...decided('disclosed'), answeredLate: false },
        { ...decided('disclosed'), answeredLate: true },
      ],
    });
    const unknown = reportOf({ records: [decided('disclosed')] });
    // Act
    const rolled = rollUp([known, known], { agency: '某区' });
    const partly = rollUp([known, unknown], { agency: '某区' });
    // Assess
    expect(rolled.timeliness).toEqual({ onTime: 2, late: 2, unknown: 0 });
    expect(rolled.drafts?.applications).toContain('本年度办结4件（按时答复2件、逾期答复2件）');
    expect(partly.timeliness).toBeUndefined();
    expect(partly.drafts?.applications).not.toMatch(/按时|逾期/);
  });

  it("drafts the roll-up's sentences from the summed tables", () => {
    // Prepare
    const town = reportOf({ records: [decided('disclosed')], feesCollectedYuan: 100 });
    // Act
    const rolled = rollUp([town, town], { agency: '某区' });
    // Assess
    expect(rolled.drafts?.applications).toBe(
      '2023年，某区共收到政府信息公开申请2件，无上年结转申请。本年度办结2件，均已答复申请人，并予以公开；无结转下年度继续办理的申请。本年度收取信息处理费200元。',
    );
  });
});

// ──────────────────────────── properties ────────────────────────────

const AGENCIES = [
  '某区某局',
  '青岛西海岸新区大场镇人民政府',
  '大场镇',
  '北京市海淀区人民政府办公室',
  '国家税务总局青岛市黄岛区税务局',
  '上海市浦东新区规划和自然资源局',
  '广西壮族自治区南宁市青秀区人民政府',
] as const;

const FAMILY_FIGURES = {
  '（一）': 'disclosed',
  '（二）': 'partlyDisclosed',
  '（三）': 'withheld',
  '（四）': 'unavailable',
  '（五）': 'notProcessed',
  '（六）': 'otherProcessing',
} as const satisfies Record<OutcomeGroup, NarrativeFigure>;

const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
);

/** A table-三 row: a count per applicant column, 总计 their sum. */
const table3CellsArb: fc.Arbitrary<Table3Cells> = fc
  .tuple(...APPLICANT_COLUMNS.map(() => count))
  .map((counts) => {
    const cells = Object.fromEntries(APPLICANT_COLUMNS.map((column, i) => [column, counts[i]]));
    return { ...cells, total: counts.reduce((sum, n) => sum + (n ?? 0), 0) } as Table3Cells;
  });

/** A table-四 block: a count per result, 总计 their sum. */
const table4CellsArb: fc.Arbitrary<Table4Cells> = fc
  .record({ upheld: count, corrected: count, other: count, pending: count })
  .map((cells) => ({
    ...cells,
    total: cells.upheld + cells.corrected + cells.other + cells.pending,
  }));

const feesArb = fc.option(
  fc.oneof(
    count,
    fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100),
  ),
  { nil: undefined },
);

/**
 * What a report may say of its answers' timeliness, given `decided` answers:
 * nothing; all on time; some late; some not known; or counts that do not add
 * up to `decided` (a report edited by hand).
 */
const timelinessArb = (decided: number): fc.Arbitrary<ReportTimeliness | undefined> => {
  const share = fc.double({ min: 0, max: 1, noNaN: true }).map((f) => Math.floor(decided * f));
  return fc.oneof(
    fc.constant(undefined),
    fc.constant({ onTime: decided, late: 0, unknown: 0 }),
    share.map((late) => ({ onTime: decided - late, late, unknown: 0 })),
    fc.tuple(share, share).map(([late, unknown]) => ({
      onTime: Math.max(0, decided - late - unknown),
      late,
      unknown: Math.min(unknown, decided - late),
    })),
    fc.record({ onTime: count, late: count, unknown: count }),
  );
};

/**
 * A report whose every table-三 cell and table-四 cell varies, each 总计 the
 * sum of its columns and （七）总计 the sum of the outcomes (what R2 and R3 ask),
 * but 一 + 二 and （七） + 四 free to disagree (R1 is not the drafts' concern),
 * and the timeliness of its answers varied by `timelinessArb`.
 */
const consistentReportArb: fc.Arbitrary<AnnualReport> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2100 }),
    agency: fc.constantFrom(...AGENCIES),
    rows: fc.tuple(...TABLE3_ROWS.map(() => table3CellsArb)),
    blocks: fc.tuple(...TABLE4_BLOCKS.map(() => table4CellsArb)),
    fees: feesArb,
  })
  .map(({ year, agency, rows, blocks, fees }) => {
    const table3 = Object.fromEntries(TABLE3_ROWS.map((row, i) => [row, rows[i]])) as Table3;
    const decidedTotal = Object.fromEntries(
      [...APPLICANT_COLUMNS, 'total' as const].map((column) => [
        column,
        OUTCOMES.reduce((sum, outcome) => sum + table3[outcome.code][column], 0),
      ]),
    ) as Table3Cells;
    table3.decidedTotal = decidedTotal;
    const table4 = Object.fromEntries(
      TABLE4_BLOCKS.map((block, i) => [block, blocks[i]]),
    ) as Table4;
    return {
      year,
      agency,
      table3,
      table4,
      ...(fees === undefined ? {} : { feesCollectedYuan: fees }),
      checks: [],
    };
  })
  .chain((report) =>
    timelinessArb(report.table3.decidedTotal.total).map(
      (timeliness): AnnualReport => (timeliness ? { ...report, timeliness } : report),
    ),
  );

/** Any cell the schema accepts, 总计 included: negative, fractional, and totals that do not add up. */
const anyCell = fc.oneof(
  count,
  fc.integer({ min: -100_000_000, max: 100_000_000 }),
  fc.double({ min: -100_000_000, max: 100_000_000, noNaN: true }),
);
const anyTable3Cells = fc.record(
  Object.fromEntries([...APPLICANT_COLUMNS, 'total'].map((column) => [column, anyCell])),
) as fc.Arbitrary<Table3Cells>;
const anyTable4Cells = fc.record({
  upheld: anyCell,
  corrected: anyCell,
  other: anyCell,
  pending: anyCell,
  total: anyCell,
});
const brokenReportArb: fc.Arbitrary<AnnualReport> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2100 }),
    agency: fc.constantFrom(...AGENCIES),
    rows: fc.tuple(...TABLE3_ROWS.map(() => anyTable3Cells)),
    blocks: fc.tuple(...TABLE4_BLOCKS.map(() => anyTable4Cells)),
    fees: fc.option(anyCell, { nil: undefined }),
    timeliness: fc.option(fc.record({ onTime: anyCell, late: anyCell, unknown: anyCell }), {
      nil: undefined,
    }),
  })
  .map(({ year, agency, rows, blocks, fees, timeliness }) => ({
    year,
    agency,
    table3: Object.fromEntries(TABLE3_ROWS.map((row, i) => [row, rows[i]])) as Table3,
    table4: Object.fromEntries(TABLE4_BLOCKS.map((block, i) => [block, blocks[i]])) as Table4,
    ...(fees === undefined ? {} : { feesCollectedYuan: fees }),
    ...(timeliness === undefined ? {} : { timeliness }),
    checks: [],
  }));

const familyTotal = (report: AnnualReport, group: OutcomeGroup) =>
  OUTCOMES.filter((outcome) => outcome.group === group).reduce(
    (sum, outcome) => sum + report.table3[outcome.code].total,
    0,
  );

/** The figures the 依申请公开 paragraph must state, in order, with the values of the tables. */
function expectedFigures(report: AnnualReport): (readonly [NarrativeFigure, number | null])[] {
  const t3 = report.table3;
  const families = (Object.keys(FAMILY_FIGURES) as OutcomeGroup[])
    .map((group) => [FAMILY_FIGURES[group], familyTotal(report, group)] as const)
    .filter(([, total]) => total !== 0);
  const decided = t3.decidedTotal.total;
  const allDisclosed =
    families.length === 1 && families[0]?.[0] === 'disclosed' && families[0][1] === decided;
  // Timeliness is stated only when every decided answer is known on time or late.
  const t = report.timeliness;
  const known =
    decided !== 0 && t !== undefined && t.unknown === 0 && t.onTime + t.late === decided;
  const allOnTime = known && t.late === 0;
  const someLate: (readonly [NarrativeFigure, number])[] =
    known && t.late !== 0
      ? [
          ...(t.onTime === 0 ? [] : [['answeredOnTime', t.onTime] as const]),
          ['answeredLate', t.late],
        ]
      : [];
  const onTimeClaim = allOnTime ? [['allAnsweredOnTime', null] as const] : [];
  return [
    ['received', t3.received.total],
    ['carriedOver', t3.carriedOver.total],
    ...someLate,
    ...(allDisclosed
      ? [['allDisclosed', null] as const, ...onTimeClaim]
      : [...onTimeClaim, ...families]),
    ['carriedForward', t3.carriedForward.total],
    ...(report.feesCollectedYuan === undefined
      ? []
      : [['feesYuan', report.feesCollectedYuan] as const]),
  ];
}

describe('Function: draftNarrative (properties)', () => {
  it('drafts text R8 accepts in any narrative section, whatever tables 三 and 四 hold', () => {
    fc.assert(
      fc.property(consistentReportArb, (report) => {
        // Act
        const { applications, appeals } = draftNarrative(report);
        // Assess
        expect(checkNarrative(report, { 一: `${applications}\n\n${appeals}` })).toEqual([]);
        expect(checkNarrative(report, { 五: applications, 六: appeals })).toEqual([]);
        expect(checkNarrative(report, { 一: appeals, 六: `${applications}${appeals}` })).toEqual(
          [],
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('states every figure of the tables in a form R8 reads back, so R8 truly checks it', () => {
    fc.assert(
      fc.property(consistentReportArb, (report) => {
        // Act
        const { applications, appeals } = draftNarrative(report);
        // Assess
        const t4 = report.table4;
        expect(figuresIn(applications)).toEqual(expectedFigures(report));
        expect(figuresIn(appeals)).toEqual([
          ['reconsideration', t4.reconsideration.total],
          ['litigation', t4.litigationDirect.total + t4.litigationAfterReconsideration.total],
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never contradicts the tables, even a report whose cells fail R1–R5', () => {
    fc.assert(
      fc.property(brokenReportArb, (report) => {
        // Act
        const warnings = r8OverDrafts(report);
        // Assess
        expect(warnings).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
