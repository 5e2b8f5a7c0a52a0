import type { AnnualReport, ReportRecord, Table2 } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { assembleAnnualReport, checkReport, hasErrors, ReportError } from '../src/index.js';

const TABLE2: Table2 = {
  regulations: { issued: 1, repealed: 0, inForce: 4 },
  normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
  licensing: { decisions: 120 },
  penalties: { decisions: 8 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 12.35 },
};

const RECORDS: ReportRecord[] = [
  {
    receivedOn: '2023-02-01',
    applicantColumn: 'naturalPerson',
    closedOn: '2023-02-20',
    outcome: 'disclosed',
  },
  {
    receivedOn: '2023-03-01',
    applicantColumn: 'naturalPerson',
    closedOn: '2023-03-20',
    outcome: 'partly-disclosed',
  },
  {
    receivedOn: '2023-04-01',
    applicantColumn: 'commercial',
    closedOn: '2023-04-20',
    outcome: 'withheld-third-party-rights',
  },
  {
    receivedOn: '2022-12-20',
    applicantColumn: 'legalService',
    closedOn: '2023-01-10',
    outcome: 'unavailable-not-held',
  },
  { receivedOn: '2023-12-25', applicantColumn: 'naturalPerson' },
];

/** A report of 2023 that passes every check, to break one cell at a time. */
function validReport(): AnnualReport {
  return assembleAnnualReport({
    year: 2023,
    agency: '某区某局',
    records: RECORDS,
    appeals: [
      {
        kind: 'reconsideration',
        filedOn: '2023-05-01',
        concludedOn: '2023-07-01',
        result: 'upheld',
      },
    ],
    inputs: { table2: TABLE2, feesCollectedYuan: 0 },
  });
}

/** Last year's report, consistent with `validReport()` (R6 and R7 hold). */
function previousReport(): AnnualReport {
  const report = assembleAnnualReport({
    year: 2022,
    agency: '某区某局',
    records: RECORDS,
    inputs: {
      table2: {
        ...TABLE2,
        regulations: { issued: 0, repealed: 0, inForce: 3 },
        normativeDocuments: { issued: 2, repealed: 0, inForce: 10 },
      },
    },
  });
  return report;
}

const ids = (report: AnnualReport, options?: Parameters<typeof checkReport>[1]) =>
  checkReport(report, options).map((check) => `${check.id} ${check.severity} ${check.cell}`);

describe('Function: checkReport', () => {
  it('finds nothing in an assembled report consistent with last year', () => {
    // Act
    const checks = checkReport(validReport(), { previous: previousReport() });
    // Assess
    expect(checks).toEqual([]);
  });

  it('reports R1 for a column whose 一 + 二 differs from （七） + 四, pointing at its 四', () => {
    // Prepare
    const report = validReport();
    report.table3.carriedForward.naturalPerson += 1;
    report.table3.carriedForward.total += 1;
    // Act
    const checks = checkReport(report).filter((check) => check.id === 'R1');
    // Assess
    expect(checks.map((check) => check.cell)).toEqual([
      'table3.carriedForward.naturalPerson',
      'table3.carriedForward.total',
    ]);
    expect(checks[0]?.severity).toBe('error');
    expect(checks[0]?.message.zh).toContain(
      '“自然人”列：一（3）＋二（0）＝3，不等于三（七）总计（2）＋四（2）＝4',
    );
    expect(checks[0]?.message.en).toContain('column "naturalPerson"');
  });

  it('reports R2 for a row whose 总计 is not the sum of its columns', () => {
    // Prepare
    const report = validReport();
    report.table3['withheld-third-party-rights'].total = 2;
    // Act
    const checks = checkReport(report).filter((check) => check.id === 'R2');
    // Assess
    expect(checks).toEqual([
      {
        id: 'R2',
        severity: 'error',
        cell: 'table3.withheld-third-party-rights.total',
        message: {
          zh: '表三“（三）不予公开 4.保护第三方合法权益”行“总计”列为2，但该行各申请人列之和为1',
          en: 'table 3, row "withheld-third-party-rights", column "total" is 2, but the row\'s applicant columns add up to 1',
        },
      },
    ]);
  });

  it('reports R3 for a column whose （七）总计 is not the sum of its outcome rows', () => {
    // Prepare
    const report = validReport();
    report.table3.other.commercial = 1;
    report.table3.other.total = 1;
    // Act
    const found = ids(report);
    // Assess
    expect(found).toContain('R3 error table3.decidedTotal.commercial');
    expect(found).toContain('R3 error table3.decidedTotal.total');
    expect(found.filter((id) => id.startsWith('R3'))).toHaveLength(2);
  });

  it('reports R4 for a block of table 四 whose 总计 is not 维持 + 纠正 + 其他 + 尚未审结', () => {
    // Prepare
    const report = validReport();
    report.table4.litigationDirect.pending = 2;
    // Act
    const checks = checkReport(report).filter((check) => check.id === 'R4');
    // Assess
    expect(checks.map((check) => check.cell)).toEqual(['table4.litigationDirect.total']);
    expect(checks[0]?.message.zh).toContain('表四“行政诉讼·未经复议直接起诉”的“总计”为0');
  });

  it.each([
    [
      'a negative count in table 三',
      (r: AnnualReport) => {
        r.table3.received.research = -1;
      },
      'table3.received.research',
    ],
    [
      'a fractional count in table 三',
      (r: AnnualReport) => {
        r.table3.carriedOver.otherOrg = 0.5;
      },
      'table3.carriedOver.otherOrg',
    ],
    [
      'a negative count in table 四',
      (r: AnnualReport) => {
        r.table4.reconsideration.other = -2;
      },
      'table4.reconsideration.other',
    ],
    [
      'a fractional count in table 二',
      (r: AnnualReport) => {
        if (r.table2) r.table2.licensing.decisions = 1.5;
      },
      'table2.licensing.decisions',
    ],
    [
      'a negative fee in table 二',
      (r: AnnualReport) => {
        if (r.table2) r.table2.administrativeFees.wanYuan = -0.1;
      },
      'table2.administrativeFees.wanYuan',
    ],
    [
      'a fractional fee collected',
      (r: AnnualReport) => {
        r.feesCollectedYuan = 0.5;
      },
      'feesCollectedYuan',
    ],
    [
      'a cell that is not a number (NaN)',
      (r: AnnualReport) => {
        r.table3.disclosed.commercial = Number.NaN;
      },
      'table3.disclosed.commercial',
    ],
  ])('reports R5 for %s at that cell', (_case, breakIt, cell) => {
    // Prepare
    const report = validReport();
    breakIt(report);
    // Act
    const r5 = checkReport(report).filter((check) => check.id === 'R5');
    // Assess
    expect(r5.map((check) => check.cell)).toEqual([cell]);
    expect(r5[0]?.severity).toBe('error');
  });

  it('accepts a decimal amount of 万元 in table 二 (R5)', () => {
    // Prepare
    const report = validReport();
    // Act
    const found = ids(report);
    // Assess
    expect(report.table2?.administrativeFees.wanYuan).toBe(12.35);
    expect(found).toEqual([]);
  });

  it("reports R6 as a warning for each column whose 二 differs from last year's 四", () => {
    // Prepare
    const report = validReport();
    const previous = previousReport();
    previous.table3.carriedForward.legalService = 2;
    previous.table3.carriedForward.total = 3;
    // Act
    const checks = checkReport(report, { previous }).filter((check) => check.id === 'R6');
    // Assess
    expect(checks.map((check) => `${check.severity} ${check.cell}`)).toEqual([
      'warning table3.carriedOver.legalService',
      'warning table3.carriedOver.total',
    ]);
    expect(checks[0]?.message.zh).toContain(
      '2022年度报告“四、结转下年度继续办理”的“法律服务机构”列为2',
    );
  });

  it("skips R7 without last year's report", () => {
    // Prepare
    const report = validReport();
    if (report.table2) report.table2.regulations.inForce = 99;
    // Act
    const found = ids(report);
    // Assess
    expect(found).toEqual([]);
  });

  it("reports R7 as a warning when 现行有效件数 is not last year's plus 制发 minus 废止", () => {
    // Prepare
    const report = validReport();
    if (report.table2) report.table2.normativeDocuments.inForce = 13;
    // Act
    const checks = checkReport(report, { previous: previousReport() });
    // Assess
    expect(checks).toEqual([
      {
        id: 'R7',
        severity: 'warning',
        cell: 'table2.normativeDocuments.inForce',
        message: {
          zh: '表二“行政规范性文件”的“现行有效件数”为13，但上年现行有效件数（10）＋本年制发件数（3）－本年废止件数（1）＝12',
          en: 'table 2, normativeDocuments, "inForce" is 13, but last year\'s 10 + 3 issued − 1 repealed = 12',
        },
      },
    ]);
  });

  it('skips R7 when either year lacks table 二', () => {
    // Prepare
    const report = validReport();
    const previous = previousReport();
    delete previous.table2;
    if (report.table2) report.table2.regulations.inForce = 99;
    // Act
    const found = ids(report, { previous });
    // Assess
    expect(found).toEqual([]);
  });

  it('reports R8 as a warning for a narrative figure the tables contradict', () => {
    // Prepare
    const report = validReport();
    // Act
    const checks = checkReport(report, { narrative: { 一: '本年度共收到政府信息公开申请5件。' } });
    // Assess
    expect(checks).toEqual([
      {
        id: 'R8',
        severity: 'warning',
        cell: 'narrative.一',
        message: {
          zh: '正文“一、总体情况”写“共收到政府信息公开申请5件”（5），但表三“一、本年新收政府信息公开申请数量”总计为4',
          en: 'narrative section 一 says "共收到政府信息公开申请5件" (5), but table 3, received, total is 4',
        },
      },
    ]);
  });

  it("checks the narrative given in the options over the report's own, section by section", () => {
    // Prepare
    const report = { ...validReport(), narrative: { 一: '共收到申请9件', 五: '行政复议3件' } };
    // Act
    const found = ids(report, { narrative: { 一: '共收到申请4件' } });
    // Assess
    expect(found).toEqual(['R8 warning narrative.五']);
  });

  it('orders its findings R1 to R8', () => {
    // Prepare
    const report = validReport();
    report.table3.received.naturalPerson = -1;
    report.narrative = { 一: '共收到申请40件' };
    // Act
    const found = checkReport(report, { previous: previousReport() }).map((check) => check.id);
    // Assess
    expect(found).toEqual([...found].sort());
    expect(new Set(found)).toEqual(new Set(['R1', 'R2', 'R5', 'R8']));
  });

  it('throws a ReportError when the previous report is not of the year before', () => {
    // Prepare
    const report = validReport();
    const previous = { ...previousReport(), year: 2021 };
    // Act & Assess
    expect(() => checkReport(report, { previous })).toThrow(ReportError);
  });
});

describe('Function: hasErrors', () => {
  it('returns true only when an R1–R5 error is among the checks', () => {
    // Prepare
    const withWarning = checkReport(validReport(), { narrative: { 一: '共收到申请40件' } });
    const broken = validReport();
    broken.table4.reconsideration.total = 7;
    // Act & Assess
    expect(hasErrors(withWarning)).toBe(false);
    expect(hasErrors(checkReport(broken))).toBe(true);
  });
});
