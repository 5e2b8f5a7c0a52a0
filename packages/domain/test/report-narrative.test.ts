import type { AnnualReport, ReportAppeal, ReportRecord } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import {
  assembleAnnualReport,
  checkNarrative,
  checkReport,
  parseChineseNumber,
  quotedFigures,
} from '../src/index.js';

describe('Function: parseChineseNumber', () => {
  it.each([
    ['11', 11],
    ['１１', 11],
    ['0', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三百四十五', 345],
    ['两千', 2000],
    ['一千零一', 1001],
    ['一万二千三百', 12300],
    ['三万五千', 35000],
    ['十万', 100000],
    ['二〇二三', 2023],
    ['12.5', 12.5],
  ])('reads %s as %d', (text, value) => {
    // Act & Assess
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '十一件', 'abc', '1,000', '-3'])('returns null for %j', (text) => {
    // Act & Assess
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('Function: quotedFigures', () => {
  it('finds every figure of a typical 依申请公开 paragraph, in order', () => {
    // Prepare
    const text =
      '2023年，本机关新收政府信息公开申请12件，上年结转2件。其中予以公开5件，部分公开2件，不予公开1件，无法提供3件，不予处理0件，其他处理1件，结转下年度继续办理2件。';
    // Act
    const found = quotedFigures(text).map((quoted) => [quoted.figure, quoted.value]);
    // Assess
    expect(found).toEqual([
      ['received', 12],
      ['carriedOver', 2],
      ['disclosed', 5],
      ['partlyDisclosed', 2],
      ['withheld', 1],
      ['unavailable', 3],
      ['notProcessed', 0],
      ['otherProcessing', 1],
      ['carriedForward', 2],
    ]);
  });

  it('reads the 汉阳区 2022 wording (份, 均为自然人, 无下年度结转)', () => {
    // Act
    const found = quotedFigures(
      '共收到8份，均为自然人申请，予以公开2件，部分公开2件，无下年度结转。',
    );
    // Assess
    expect(found).toEqual([
      { figure: 'received', phrase: '共收到8份', value: 8 },
      { figure: 'allNaturalPersons', phrase: '均为自然人', value: null },
      { figure: 'disclosed', phrase: '予以公开2件', value: 2 },
      { figure: 'partlyDisclosed', phrase: '部分公开2件', value: 2 },
      { figure: 'carriedForward', phrase: '无下年度结转', value: 0 },
    ]);
  });

  it('reads Chinese numerals and spaced digits', () => {
    // Act
    const found = quotedFigures(
      '共收到政府信息公开申请二十三件，行政复议十一件，行政诉讼案件 2 起。',
    );
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([
      ['received', 23],
      ['reconsideration', 11],
      ['litigation', 2],
    ]);
  });

  it('reads “未发生行政复议、行政诉讼” as 0 cases of each', () => {
    // Act
    const found = quotedFigures('本年度未发生政府信息公开行政复议、行政诉讼案件。');
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([
      ['reconsideration', 0],
      ['litigation', 0],
    ]);
  });

  it('tells 上年结转 (二) from 结转下年度 (四)', () => {
    // Act
    const found = quotedFigures(
      '上年度结转政府信息公开申请3件；结转下年度继续办理1件；上年无结转。',
    );
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([
      ['carriedOver', 3],
      ['carriedForward', 1],
      ['carriedOver', 0],
    ]);
  });

  it.each(['行政诉讼-1件', '行政复议−2件', '结转下年度继续办理－3件'])(
    'does not drop the minus sign of “%s” to read a count',
    (text) => {
      // Act
      const found = quotedFigures(text);
      // Assess
      expect(found).toEqual([]);
    },
  );

  it('does not read 部分予以公开 or 不予以公开 as 予以公开', () => {
    // Act
    const found = quotedFigures('部分予以公开4件，不予以公开1件。');
    // Assess
    expect(found.map((quoted) => quoted.figure)).toEqual(['partlyDisclosed', 'withheld']);
  });

  it('ignores numbers outside the figures: 主动公开 items, views, years, dates', () => {
    // Act
    const found = quotedFigures(
      '大场镇依托政务网站公开各类政府信息216条。全年发布公众号528条，抖音、视频号207条，浏览量560万。截至目前，已为居民群众提供查询、办理业务 800 余次。2024 年 1 月 22 日',
    );
    // Assess
    expect(found).toEqual([]);
  });

  it.each([
    ['本年度未收到政府信息公开申请。', 'received', 0],
    ['本年新收政府信息公开申请数量为12件。', 'received', 12],
    ['共受理政府信息公开申请共计7件。', 'received', 7],
  ] as const)('reads “%s” as %s %d', (text, figure, value) => {
    // Act
    const found = quotedFigures(text);
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([[figure, value]]);
  });

  it.each([
    '各类政府信息均已通过网站主动予以公开。',
    '群众满意度均维持在较高水平。',
    '全年公开政府信息216条，其中政策解读12件。',
  ])('finds no claim about the tables in “%s”', (text) => {
    // Act & Assess
    expect(quotedFigures(text)).toEqual([]);
  });

  it('reads what is said of answers on time and late (Art. 33 ¶2)', () => {
    // Act
    const found = quotedFigures(
      '均已按时答复申请人。全部在法定期限内作出答复。其中按时答复9件、逾期答复2件，未按时答复两件；无逾期答复情况。',
    );
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([
      ['allAnsweredOnTime', null],
      ['allAnsweredOnTime', null],
      ['answeredOnTime', 9],
      ['answeredLate', 2],
      ['answeredLate', 2],
      ['answeredLate', 0],
    ]);
  });

  it('reads 均已按时答复 and 均…予以公开 in the same words, as the seed writes them', () => {
    // Act
    const found = quotedFigures('均已按时答复申请人，并按申请人要求予以公开。');
    // Assess
    expect(found.map((quoted) => quoted.figure)).toEqual(['allDisclosed', 'allAnsweredOnTime']);
  });

  it('reads the fees of section 六, stated or denied', () => {
    // Act
    const found = quotedFigures('本年度收取信息处理费300元。大场镇2023年度未收取信息处理费。');
    // Assess
    expect(found.map((quoted) => [quoted.figure, quoted.value])).toEqual([
      ['feesYuan', 300],
      ['feesYuan', 0],
    ]);
  });
});

const record = (
  outcome: ReportRecord['outcome'] | null,
  applicantColumn: ReportRecord['applicantColumn'] = 'naturalPerson',
): ReportRecord =>
  outcome
    ? { receivedOn: '2023-03-01', applicantColumn, closedOn: '2023-03-15', outcome }
    : { receivedOn: '2023-12-30', applicantColumn };

function reportWith(
  records: ReportRecord[],
  appeals: ReportAppeal[] = [],
  feesCollectedYuan?: number,
): AnnualReport {
  return assembleAnnualReport({
    year: 2023,
    agency: '某区某局',
    records,
    appeals,
    ...(feesCollectedYuan === undefined ? {} : { inputs: { feesCollectedYuan } }),
  });
}

/** 6 requests: 3 disclosed (one by a firm), 1 partly, 1 withheld, 1 still open at year end. */
const REPORT = reportWith(
  [
    record('disclosed'),
    record('disclosed'),
    record('disclosed', 'commercial'),
    record('partly-disclosed'),
    record('withheld-state-secret'),
    record(null),
  ],
  [
    { kind: 'reconsideration', filedOn: '2023-04-01', concludedOn: '2023-06-01', result: 'upheld' },
    { kind: 'litigation-direct', filedOn: '2023-11-01' },
  ],
  200,
);

describe('Function: checkNarrative (R8)', () => {
  it.each([
    ['共收到政府信息公开申请6件', '共收到政府信息公开申请7件'],
    ['共收到和办理政府信息公开申请6件', '共收到和办理政府信息公开申请5件'],
    ['予以公开3件', '予以公开4件'],
    ['部分公开1件', '部分公开2件'],
    ['不予公开1件', '不予公开0件'],
    ['无法提供0件', '无法提供1件'],
    ['不予处理0件', '不予处理2件'],
    ['其他处理0件', '其他处理1件'],
    ['上年结转0件', '上年结转1件'],
    ['结转下年度继续办理1件', '结转下年度继续办理0件'],
    ['结转1件', '无下年度结转'],
    ['行政复议1件', '行政复议两件'],
    ['行政诉讼1件', '未发生行政诉讼'],
    ['收取信息处理费200元', '未收取信息处理费'],
  ])('accepts “%s” and warns about “%s”', (agreeing, contradicting) => {
    // Act
    const agrees = checkNarrative(REPORT, { 一: `本年度，${agreeing}。` });
    const contradicts = checkNarrative(REPORT, { 一: `本年度，${contradicting}。` });
    // Assess
    expect(agrees).toEqual([]);
    expect(contradicts).toHaveLength(1);
    expect(contradicts[0]).toMatchObject({ id: 'R8', severity: 'warning', cell: 'narrative.一' });
    expect(contradicts[0]?.message.zh).toContain(`“${contradicting}”`);
    expect(contradicts[0]?.message.en).toContain(contradicting);
  });

  it('warns about “均为自然人” when a firm applied', () => {
    // Act
    const checks = checkNarrative(REPORT, { 一: '申请人均为自然人。' });
    // Assess
    expect(checks.map((check) => check.message.zh)).toEqual([
      '正文“一、总体情况”写“均为自然人”，但表三“一、本年新收政府信息公开申请数量”为自然人5件，总计6件',
    ]);
  });

  it('warns about “均予以公开” when some were not disclosed', () => {
    // Act
    const checks = checkNarrative(REPORT, { 一: '所有申请均已按时答复，并予以公开。' });
    // Assess
    expect(checks).toHaveLength(1);
    expect(checks[0]?.message.zh).toContain('予以公开3件，（七）总计5件');
  });

  it('warns about “均被维持” when table 四 has a case 尚未审结', () => {
    // Act
    const checks = checkNarrative(REPORT, { 一: '行政复议、行政诉讼案件均被维持。' });
    // Assess
    expect(checks).toHaveLength(1);
    expect(checks[0]?.message.zh).toContain('结果维持1件，总计2件');
  });

  it('compares fees only when the report states them', () => {
    // Prepare
    const withoutFees = reportWith([record('disclosed')]);
    // Act
    const checks = checkNarrative(withoutFees, { 六: '收取信息处理费200元。' });
    // Assess
    expect(checks).toEqual([]);
  });

  it('points each warning at the section it quotes, once per phrase', () => {
    // Act
    const checks = checkNarrative(REPORT, {
      一: '共收到申请9件。……共收到申请9件。',
      五: '行政复议3件',
      六: '收取信息处理费100元',
    });
    // Assess
    expect(checks.map((check) => check.cell)).toEqual([
      'narrative.一',
      'narrative.五',
      'narrative.六',
    ]);
  });

  describe('answers on time (Art. 33 ¶2)', () => {
    const answered = (answeredLate?: boolean): ReportRecord => ({
      ...record('disclosed'),
      ...(answeredLate === undefined ? {} : { answeredLate }),
    });
    /** 4 answers: 3 on time, 1 late. */
    const TIMELY = reportWith([answered(false), answered(false), answered(false), answered(true)]);

    it.each([
      ['按时答复3件', '按时答复4件'],
      ['逾期答复1件', '无逾期答复'],
      ['未按时答复1件', '逾期答复2件'],
    ])('accepts “%s” and warns about “%s”', (agreeing, contradicting) => {
      // Act
      const agrees = checkNarrative(TIMELY, { 一: `本年度，${agreeing}。` });
      const contradicts = checkNarrative(TIMELY, { 一: `本年度，${contradicting}。` });
      // Assess
      expect(agrees).toEqual([]);
      expect(contradicts).toHaveLength(1);
      expect(contradicts[0]?.message.zh).toContain(`“${contradicting}”`);
    });

    it('warns about “均已按时答复” when an answer was late', () => {
      // Act
      const checks = checkNarrative(TIMELY, { 一: '本年度办结4件，均已按时答复申请人。' });
      // Assess
      expect(checks.map((check) => check.message.zh)).toEqual([
        '正文“一、总体情况”写“均已按时答复”，但本年度办结申请的答复时限记录为按时答复3件，逾期答复1件',
      ]);
    });

    it('accepts “均已按时答复” when no answer is known late, though some are not known', () => {
      // Prepare
      const report = reportWith([answered(false), answered()]);
      // Act
      const checks = checkNarrative(report, { 一: '均已按时答复申请人，并予以公开。' });
      // Assess
      expect(report.timeliness).toEqual({ onTime: 1, late: 0, unknown: 1 });
      expect(checks).toEqual([]);
    });

    it('accepts counts the answers not known could make true, and warns beyond them', () => {
      // Prepare: 1 on time, 1 late, 2 not known.
      const report = reportWith([answered(false), answered(true), answered(), answered()]);
      // Act
      const possible = checkNarrative(report, { 一: '按时答复3件，逾期答复1件。' });
      const impossible = checkNarrative(report, { 一: '逾期答复4件。' });
      // Assess
      expect(possible).toEqual([]);
      expect(impossible.map((check) => check.message.zh)).toEqual([
        '正文“一、总体情况”写“逾期答复4件”（4），但本年度办结申请的答复时限记录中逾期答复的件数为1至3',
      ]);
    });

    it('stays silent when the report knows nothing of timeliness, as from a ledger', () => {
      // Act
      const checks = checkNarrative(REPORT, {
        一: '均已按时答复申请人。按时答复9件，逾期答复9件。',
      });
      // Assess
      expect(REPORT.timeliness).toBeUndefined();
      expect(checks).toEqual([]);
    });
  });

  it("is part of checkReport, over the report's own narrative", () => {
    // Prepare
    const report = { ...REPORT, narrative: { 一: '共收到申请十件' } };
    // Act
    const checks = checkReport(report);
    // Assess
    expect(checks.map((check) => `${check.id} ${check.cell}`)).toEqual(['R8 narrative.一']);
  });
});
