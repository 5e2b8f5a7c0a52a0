import {
  AnnualReport,
  Check,
  ReportAppeal,
  ReportInputs,
  ReportRecord,
  TABLE3_ROWS,
  table3RowLabel,
} from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { assembleAnnualReport } from '../src/index.js';

const report = () => assembleAnnualReport({ year: 2023, agency: '某区某局', records: [] });

describe('Schema: ReportRecord', () => {
  it.each([
    ['an open request', { receivedOn: '2023-03-01', applicantColumn: 'naturalPerson' }],
    [
      'a decided request',
      {
        receivedOn: '2023-03-01',
        applicantColumn: 'otherOrg',
        closedOn: '2023-03-01',
        outcome: 'other',
      },
    ],
    ['a request never received', { receivedOn: null, applicantColumn: 'commercial' }],
    [
      'a request answered late (Art. 33 ¶2)',
      {
        receivedOn: '2023-03-01',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-04-20',
        outcome: 'disclosed',
        answeredLate: true,
      },
    ],
    [
      'a request whose answer period was extended (Art. 33 ¶2)',
      {
        receivedOn: '2023-03-01',
        applicantColumn: 'naturalPerson',
        extendedOn: '2023-03-27',
        closedOn: '2023-04-20',
        outcome: 'disclosed',
        answeredLate: false,
      },
    ],
  ])('accepts %s', (_case, input) => {
    // Act & Assess
    expect(ReportRecord.safeParse(input).success).toBe(true);
  });

  it.each([
    [
      'a closing date without an outcome',
      { receivedOn: '2023-03-01', applicantColumn: 'naturalPerson', closedOn: '2023-03-05' },
      'outcome',
    ],
    [
      'an outcome without a closing date',
      { receivedOn: '2023-03-01', applicantColumn: 'naturalPerson', outcome: 'disclosed' },
      'closedOn',
    ],
    [
      'a closing before receipt',
      {
        receivedOn: '2023-03-01',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-02-28',
        outcome: 'disclosed',
      },
      'closedOn',
    ],
    [
      'an open request said to be answered on time',
      { receivedOn: '2023-03-01', applicantColumn: 'naturalPerson', answeredLate: false },
      'answeredLate',
    ],
    [
      'an extension before receipt',
      { receivedOn: '2023-03-01', applicantColumn: 'naturalPerson', extendedOn: '2023-02-28' },
      'extendedOn',
    ],
    [
      'an extension of a request never received',
      { receivedOn: null, applicantColumn: 'naturalPerson', extendedOn: '2023-03-01' },
      'extendedOn',
    ],
    [
      'an unknown column',
      { receivedOn: '2023-03-01', applicantColumn: 'company' },
      'applicantColumn',
    ],
    [
      'a date that does not exist',
      { receivedOn: '2023-02-30', applicantColumn: 'naturalPerson' },
      'receivedOn',
    ],
  ])('rejects %s, naming the field', (_case, input, field) => {
    // Act
    const result = ReportRecord.safeParse(input);
    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});

describe('Schema: ReportAppeal', () => {
  it('accepts a pending case and a concluded one', () => {
    // Act & Assess
    expect(
      ReportAppeal.safeParse({ kind: 'litigation-direct', filedOn: '2023-01-01' }).success,
    ).toBe(true);
    expect(
      ReportAppeal.safeParse({
        kind: 'reconsideration',
        filedOn: '2023-01-01',
        concludedOn: '2023-02-01',
        result: 'corrected',
      }).success,
    ).toBe(true);
  });

  it('rejects a result without a conclusion date, and a conclusion before filing', () => {
    // Act & Assess
    expect(
      ReportAppeal.safeParse({ kind: 'reconsideration', filedOn: '2023-01-01', result: 'upheld' })
        .success,
    ).toBe(false);
    expect(
      ReportAppeal.safeParse({
        kind: 'reconsideration',
        filedOn: '2023-03-01',
        concludedOn: '2023-02-01',
        result: 'upheld',
      }).success,
    ).toBe(false);
  });
});

describe('Schema: AnnualReport', () => {
  it('keys table 三 by received, carriedOver, the 21 outcome codes, decidedTotal and carriedForward', () => {
    // Act
    const keys = Object.keys(report().table3);
    // Assess
    expect(keys).toEqual([...TABLE3_ROWS]);
    expect(keys).toHaveLength(25);
  });

  it('rejects a report missing a row, or with a row it does not know', () => {
    // Prepare
    const missing = JSON.parse(JSON.stringify(report()));
    delete missing.table3.carriedForward;
    const extra = JSON.parse(JSON.stringify(report()));
    extra.table3.subtotal = extra.table3.received;
    // Act & Assess
    expect(AnnualReport.safeParse(missing).error?.issues[0]?.path).toEqual([
      'table3',
      'carriedForward',
    ]);
    expect(AnnualReport.safeParse(extra).success).toBe(false);
  });

  it('parses a cell of −1, so that R5 rather than the parser points at it', () => {
    // Prepare
    const edited = JSON.parse(JSON.stringify(report()));
    edited.table3.received.naturalPerson = -1;
    // Act & Assess
    expect(AnnualReport.safeParse(edited).success).toBe(true);
  });

  it('rejects a blank cell', () => {
    // Prepare
    const edited = JSON.parse(JSON.stringify(report()));
    edited.table4.reconsideration.pending = null;
    // Act
    const result = AnnualReport.safeParse(edited);
    // Assess
    expect(result.error?.issues[0]?.path).toEqual(['table4', 'reconsideration', 'pending']);
  });

  it('defaults the checks of an imported report to none', () => {
    // Prepare
    const { checks: _checks, ...imported } = report();
    // Act & Assess
    expect(AnnualReport.parse(imported).checks).toEqual([]);
  });

  it('parses a report from before timeliness was kept, and one that states it', () => {
    // Prepare
    const older = report();
    const timely = { ...report(), timeliness: { onTime: 10, late: 1, unknown: 0 } };
    // Act
    const parsedOlder = AnnualReport.parse(JSON.parse(JSON.stringify(older)));
    const parsedTimely = AnnualReport.parse(JSON.parse(JSON.stringify(timely)));
    // Assess
    expect(parsedOlder.timeliness).toBeUndefined();
    expect(parsedTimely.timeliness).toEqual({ onTime: 10, late: 1, unknown: 0 });
  });

  it('rejects a count of answers that is negative or fractional', () => {
    // Prepare
    const edited = { ...report(), timeliness: { onTime: 1.5, late: -1, unknown: 0 } };
    // Act
    const result = AnnualReport.safeParse(edited);
    // Assess
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'timeliness.onTime',
      'timeliness.late',
    ]);
  });

  it('accepts staff inputs with table 二 in 万元 decimals and the narrative by section', () => {
    // Act
    const result = ReportInputs.safeParse({
      table2: {
        regulations: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 2, repealed: 1, inForce: 9 },
        licensing: { decisions: 3 },
        penalties: { decisions: 0 },
        enforcement: { decisions: 0 },
        administrativeFees: { wanYuan: 1.25 },
      },
      narrative: { 一: '……', 六: '未收取信息处理费。' },
      feesCollectedYuan: 0,
    });
    // Assess
    expect(result.success).toBe(true);
  });
});

describe('Schema: Check', () => {
  it('accepts the shape the checks produce and rejects an unknown rule', () => {
    // Prepare
    const check = {
      id: 'R1',
      severity: 'error',
      cell: 'table3.carriedForward.total',
      message: { zh: '…', en: '…' },
    };
    // Act & Assess
    expect(Check.safeParse(check).success).toBe(true);
    expect(Check.safeParse({ ...check, id: 'R9' }).success).toBe(false);
  });
});

describe('Function: table3RowLabel', () => {
  it.each([
    ['received', '一、本年新收政府信息公开申请数量'],
    ['disclosed', '（一）予以公开'],
    ['withheld-three-security-one-stability', '（三）不予公开 3.危及“三安全一稳定”'],
    ['not-processed-confirmation', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息'],
    ['other', '（六）其他处理 3.其他'],
    ['decidedTotal', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ] as const)('labels %s “%s”', (row, label) => {
    // Act & Assess
    expect(table3RowLabel(row)).toBe(label);
  });
});
