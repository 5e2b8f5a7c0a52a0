import type { AnnualReport, ReportRecord, Table2 } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { assembleAnnualReport, ReportError, rollUp } from '../src/index.js';

const table2 = (inForce: number, wanYuan: number): Table2 => ({
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 1, repealed: 0, inForce },
  licensing: { decisions: 10 },
  penalties: { decisions: 2 },
  enforcement: { decisions: 1 },
  administrativeFees: { wanYuan },
});

const townA = (): AnnualReport =>
  assembleAnnualReport({
    year: 2023,
    agency: '甲镇人民政府',
    records: [
      {
        receivedOn: '2023-02-01',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-02-10',
        outcome: 'disclosed',
      },
      {
        receivedOn: '2022-12-30',
        applicantColumn: 'commercial',
        closedOn: '2023-01-05',
        outcome: 'unavailable-not-held',
      },
      { receivedOn: '2023-12-29', applicantColumn: 'naturalPerson' },
    ] satisfies ReportRecord[],
    appeals: [
      {
        kind: 'reconsideration',
        filedOn: '2023-03-01',
        concludedOn: '2023-05-01',
        result: 'upheld',
      },
    ],
    inputs: { table2: table2(3, 0.1), feesCollectedYuan: 100, narrative: { 一: '共收到申请2件' } },
  });

const townB = (): AnnualReport =>
  assembleAnnualReport({
    year: 2023,
    agency: '乙镇人民政府',
    records: [
      {
        receivedOn: '2023-04-01',
        applicantColumn: 'naturalPerson',
        closedOn: '2023-04-20',
        outcome: 'partly-disclosed',
      },
      {
        receivedOn: '2023-05-01',
        applicantColumn: 'research',
        closedOn: '2023-05-02',
        outcome: 'other',
      },
    ] satisfies ReportRecord[],
    appeals: [{ kind: 'litigation-direct', filedOn: '2023-10-01' }],
    inputs: { table2: table2(5, 0.2), feesCollectedYuan: 0 },
  });

describe('Function: rollUp', () => {
  it('adds two towns into one district report, cell by cell', () => {
    // Act
    const district = rollUp([townA(), townB()], { agency: '某区' });
    // Assess
    expect(district.year).toBe(2023);
    expect(district.agency).toBe('某区');
    expect(district.table3.received).toEqual({
      naturalPerson: 3,
      commercial: 0,
      research: 1,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 4,
    });
    expect(district.table3.carriedOver.total).toBe(1);
    expect(district.table3.decidedTotal.total).toBe(4);
    expect(district.table3.carriedForward.total).toBe(1);
    expect(district.table4.reconsideration).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(district.table4.litigationDirect).toEqual({
      upheld: 0,
      corrected: 0,
      other: 0,
      pending: 1,
      total: 1,
    });
    expect(district.checks).toEqual([]);
  });

  it('sums table 二 and the fees, and rounds the 万元 to cents', () => {
    // Act
    const district = rollUp([townA(), townB()], { agency: '某区' });
    // Assess
    expect(district.table2?.normativeDocuments).toEqual({ issued: 2, repealed: 0, inForce: 8 });
    expect(district.table2?.administrativeFees.wanYuan).toBe(0.3);
    expect(district.feesCollectedYuan).toBe(100);
  });

  it('leaves out table 二 and the fees when a town has not supplied them, and never carries a narrative', () => {
    // Prepare
    const b = townB();
    delete b.table2;
    delete b.feesCollectedYuan;
    // Act
    const district = rollUp([townA(), b]);
    // Assess
    expect(district.table2).toBeUndefined();
    expect(district.feesCollectedYuan).toBeUndefined();
    expect(district.narrative).toBeUndefined();
  });

  it('names the roll-up after its parts when no agency is given', () => {
    // Act
    const district = rollUp([townA(), townB()]);
    // Assess
    expect(district.agency).toBe('甲镇人民政府、乙镇人民政府');
  });

  it("carries a town's broken total into the roll-up's checks", () => {
    // Prepare
    const b = townB();
    b.table3.disclosed.total = 5;
    // Act
    const district = rollUp([townA(), b], { agency: '某区' });
    // Assess
    expect(district.checks.map((check) => `${check.id} ${check.cell}`)).toEqual([
      'R2 table3.disclosed.total',
      'R3 table3.decidedTotal.total',
    ]);
  });

  it("runs R6 and R7 against the district's report of the year before", () => {
    // Prepare
    const previous = { ...rollUp([townA(), townB()], { agency: '某区' }), year: 2022 };
    // Act
    const district = rollUp([townA(), townB()], { agency: '某区', previous });
    // Assess
    expect(district.checks.map((check) => `${check.id} ${check.cell}`)).toEqual([
      'R6 table3.carriedOver.naturalPerson',
      'R6 table3.carriedOver.commercial',
      'R7 table2.normativeDocuments.inForce',
    ]);
  });

  it('throws a ReportError for no reports or reports of different years', () => {
    // Prepare
    const other = { ...townB(), year: 2022 };
    // Act & Assess
    expect(() => rollUp([])).toThrow(ReportError);
    expect(() => rollUp([townA(), other])).toThrow(/2023, 2022/);
  });
});
