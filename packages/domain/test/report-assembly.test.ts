import type { LifecycleEvent, ReportAppeal, ReportRecord } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import {
  assembleAnnualReport,
  outcomeOf,
  placeAppeal,
  placeRequest,
  ReportError,
  ReportTally,
} from '../src/index.js';

const AGENCY = '某区某局';

const request = (
  receivedOn: string | null,
  closing?: { closedOn: string; outcome: ReportRecord['outcome'] },
  applicantColumn: ReportRecord['applicantColumn'] = 'naturalPerson',
): ReportRecord => ({ receivedOn, applicantColumn, ...closing });

const decided = (closedOn: string, outcome: ReportRecord['outcome'] = 'disclosed') => ({
  closedOn,
  outcome,
});

/** The report of `year` from these records alone. */
const reportOf = (
  year: number,
  records: readonly ReportRecord[],
  appeals: readonly ReportAppeal[] = [],
) => assembleAnnualReport({ year, agency: AGENCY, records, appeals });

/** The cells of table 三 that are not 0, as `row.column = n`, totals left out. */
function nonZero(year: number, records: readonly ReportRecord[]): string[] {
  const { table3 } = reportOf(year, records);
  const cells: string[] = [];
  for (const [row, columns] of Object.entries(table3)) {
    if (row === 'decidedTotal') continue;
    for (const [column, value] of Object.entries(columns)) {
      if (column !== 'total' && value !== 0) cells.push(`${row}.${column}=${value}`);
    }
  }
  return cells;
}

describe('Function: placeRequest (table 三, year by year)', () => {
  it.each([
    // [case, record, year, expected]
    [
      'received and decided in the year',
      request('2023-03-01', decided('2023-03-20')),
      2023,
      { opened: 'received', closed: 'disclosed' },
    ],
    [
      'received and decided the same day',
      request('2023-05-10', decided('2023-05-10')),
      2023,
      { opened: 'received', closed: 'disclosed' },
    ],
    [
      'received and decided on 31 December',
      request('2023-12-31', decided('2023-12-31')),
      2023,
      { opened: 'received', closed: 'disclosed' },
    ],
    [
      'received in December, decided in January: the year of receipt',
      request('2023-12-28', decided('2024-01-10')),
      2023,
      { opened: 'received', closed: 'carriedForward' },
    ],
    [
      'received in December, decided in January: the year of decision',
      request('2023-12-28', decided('2024-01-10')),
      2024,
      { opened: 'carriedOver', closed: 'disclosed' },
    ],
    [
      'received on 31 December, decided on 1 January: the year of receipt',
      request('2023-12-31', decided('2024-01-01')),
      2023,
      { opened: 'received', closed: 'carriedForward' },
    ],
    [
      'received on 31 December, decided on 1 January: the year of decision',
      request('2023-12-31', decided('2024-01-01')),
      2024,
      { opened: 'carriedOver', closed: 'disclosed' },
    ],
    [
      'received on 1 January',
      request('2024-01-01', decided('2024-01-02')),
      2024,
      { opened: 'received', closed: 'disclosed' },
    ],
    [
      'open at the end of the year',
      request('2023-11-30'),
      2023,
      { opened: 'received', closed: 'carriedForward' },
    ],
    [
      'carried over twice: the year of receipt',
      request('2022-12-20', decided('2024-02-01')),
      2022,
      { opened: 'received', closed: 'carriedForward' },
    ],
    [
      'carried over twice: the year between',
      request('2022-12-20', decided('2024-02-01')),
      2023,
      { opened: 'carriedOver', closed: 'carriedForward' },
    ],
    [
      'carried over twice: the year of decision',
      request('2022-12-20', decided('2024-02-01')),
      2024,
      { opened: 'carriedOver', closed: 'disclosed' },
    ],
    [
      'still open years later',
      request('2021-06-01'),
      2024,
      { opened: 'carriedOver', closed: 'carriedForward' },
    ],
  ] as const)('counts a request %s', (_case, record, year, expected) => {
    // Act
    const place = placeRequest(record, year);
    // Assess
    expect(place).toEqual(expected);
  });

  it.each([
    ['received after the year', request('2024-01-01'), 2023],
    ['decided before the year', request('2022-05-01', decided('2022-12-31')), 2023],
    ['never received (an online submission never confirmed)', request(null), 2023],
    [
      'never received and withdrawn before confirmation',
      request(null, decided('2023-04-02', 'other')),
      2023,
    ],
  ] as const)('does not count a request %s', (_case, record, year) => {
    // Act
    const place = placeRequest(record, year);
    // Assess
    expect(place).toBeNull();
  });

  it('counts a never-received request in no year at all', () => {
    // Prepare
    const record = request(null, decided('2023-04-02', 'other'));
    // Act
    const places = [2022, 2023, 2024].map((year) => placeRequest(record, year));
    // Assess
    expect(places).toEqual([null, null, null]);
  });

  it('throws a ReportError on a record closed without an outcome or before its receipt', () => {
    // Act & Assess
    expect(() =>
      placeRequest(
        { receivedOn: '2023-01-05', applicantColumn: 'naturalPerson', closedOn: '2023-02-01' },
        2023,
      ),
    ).toThrow(ReportError);
    expect(() =>
      placeRequest(
        { receivedOn: '2023-01-05', applicantColumn: 'naturalPerson', outcome: 'disclosed' },
        2023,
      ),
    ).toThrow(ReportError);
    expect(() => placeRequest(request('2023-03-05', decided('2023-03-04')), 2023)).toThrow(
      /before it was received/,
    );
  });

  it('throws a ReportError on a year the 条例 does not cover', () => {
    // Act & Assess
    expect(() => placeRequest(request('2023-03-05'), 2007)).toThrow(ReportError);
    expect(() => placeRequest(request('2023-03-05'), 2023.5)).toThrow(ReportError);
  });
});

describe('Function: assembleAnnualReport (table 三)', () => {
  it('counts a request received in December and decided in January in 一 and 四 of its year, and in 二 and its outcome the next', () => {
    // Prepare
    const records = [
      request('2023-12-28', decided('2024-01-10', 'partly-disclosed'), 'commercial'),
    ];
    // Act
    const y2023 = nonZero(2023, records);
    const y2024 = nonZero(2024, records);
    // Assess
    expect(y2023).toEqual(['received.commercial=1', 'carriedForward.commercial=1']);
    expect(y2024).toEqual(['carriedOver.commercial=1', 'partly-disclosed.commercial=1']);
  });

  it('counts a request carried over twice in 二 and 四 of the year between', () => {
    // Prepare
    const records = [
      request('2022-12-20', decided('2024-02-01', 'unavailable-not-held'), 'research'),
    ];
    // Act
    const years = [2022, 2023, 2024].map((year) => nonZero(year, records));
    // Assess
    expect(years).toEqual([
      ['received.research=1', 'carriedForward.research=1'],
      ['carriedOver.research=1', 'carriedForward.research=1'],
      ['carriedOver.research=1', 'unavailable-not-held.research=1'],
    ]);
  });

  it('counts a request received and decided the same day in 一 and its outcome only', () => {
    // Act
    const cells = nonZero(2023, [
      request('2023-06-01', decided('2023-06-01', 'not-processed-repeated'), 'legalService'),
    ]);
    // Assess
    expect(cells).toEqual(['received.legalService=1', 'not-processed-repeated.legalService=1']);
  });

  it('leaves a request never received out of every row', () => {
    // Act
    const report = reportOf(2023, [request(null), request(null, decided('2023-03-01', 'other'))]);
    // Assess
    expect(report.table3.received.total).toBe(0);
    expect(report.table3.decidedTotal.total).toBe(0);
    expect(report.table3.carriedForward.total).toBe(0);
  });

  it('counts withdrawals under （六）3 and deemed withdrawals under （六）1 and （六）2, as the lifecycle names them', () => {
    // Prepare
    const closings: LifecycleEvent[] = [
      { type: 'withdrawn', on: '2023-04-01' },
      { type: 'deemedWithdrawn', on: '2023-05-01', reason: 'correction-lapsed' },
      { type: 'deemedWithdrawn', on: '2023-06-01', reason: 'fee-unpaid' },
      { type: 'decided', on: '2023-07-01', outcome: 'withheld-state-secret' },
    ];
    const records = closings.map((event) => ({
      receivedOn: '2023-03-01',
      applicantColumn: 'publicInterest' as const,
      closedOn: event.on,
      outcome: outcomeOf(event) ?? undefined,
    }));
    // Act
    const cells = nonZero(2023, records);
    // Assess
    expect(cells).toEqual([
      'received.publicInterest=4',
      'withheld-state-secret.publicInterest=1',
      'other-correction-lapsed.publicInterest=1',
      'other-fee-unpaid.publicInterest=1',
      'other.publicInterest=1',
    ]);
  });

  it('counts each request in the column of its applicant type and totals rows and （七）', () => {
    // Prepare
    const records = [
      request('2023-01-10', decided('2023-02-01'), 'naturalPerson'),
      request('2023-01-11', decided('2023-02-01'), 'naturalPerson'),
      request('2023-01-12', decided('2023-02-01', 'partly-disclosed'), 'commercial'),
      request('2023-01-13', decided('2023-02-01', 'not-processed-petition'), 'research'),
      request('2023-01-14', undefined, 'publicInterest'),
      request('2023-01-15', decided('2023-02-01', 'other'), 'legalService'),
      request('2023-01-16', decided('2023-02-01', 'unavailable-still-unclear'), 'otherOrg'),
    ];
    // Act
    const { table3 } = reportOf(2023, records);
    // Assess
    expect(table3.received).toEqual({
      naturalPerson: 2,
      commercial: 1,
      research: 1,
      publicInterest: 1,
      legalService: 1,
      otherOrg: 1,
      total: 7,
    });
    expect(table3.decidedTotal).toEqual({
      naturalPerson: 2,
      commercial: 1,
      research: 1,
      publicInterest: 0,
      legalService: 1,
      otherOrg: 1,
      total: 6,
    });
    expect(table3.carriedForward).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      publicInterest: 1,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    });
  });

  it('consumes a generator once, without needing the records held in memory', () => {
    // Prepare
    let yielded = 0;
    function* records(): Generator<ReportRecord> {
      for (let day = 1; day <= 28; day++) {
        yielded++;
        yield request(`2023-02-${String(day).padStart(2, '0')}`, decided('2023-03-01'));
      }
    }
    // Act
    const report = assembleAnnualReport({ year: 2023, agency: AGENCY, records: records() });
    // Assess
    expect(yielded).toBe(28);
    expect(report.table3.disclosed.total).toBe(28);
  });

  it('skips records of other years, so a caller may over-fetch', () => {
    // Act
    const report = reportOf(2023, [
      request('2021-01-01', decided('2021-02-01')),
      request('2025-01-01'),
      request('2023-05-05', decided('2023-05-06')),
    ]);
    // Assess
    expect(report.table3.received.total).toBe(1);
    expect(report.table3.carriedOver.total).toBe(0);
  });

  it('throws a ReportError naming the position of a malformed record', () => {
    // Prepare
    const records: ReportRecord[] = [
      request('2023-01-01'),
      { receivedOn: '2023-01-02', applicantColumn: 'naturalPerson', closedOn: '2023-01-03' },
    ];
    // Act & Assess
    expect(() => reportOf(2023, records)).toThrow(/request #2/);
  });

  it('throws a ReportError without an agency name', () => {
    // Act & Assess
    expect(() => assembleAnnualReport({ year: 2023, agency: '  ', records: [] })).toThrow(
      ReportError,
    );
  });

  it('assembles a report of zeros, not of blanks, from no records', () => {
    // Act
    const report = reportOf(2023, []);
    // Assess
    expect(
      Object.values(report.table3).every((row) => Object.values(row).every((cell) => cell === 0)),
    ).toBe(true);
    expect(report.checks).toEqual([]);
  });

  it('copies the inputs, so later edits to them do not change the report', () => {
    // Prepare
    const inputs = { narrative: { 一: '共收到申请0件' } };
    const report = assembleAnnualReport({ year: 2023, agency: AGENCY, records: [], inputs });
    // Act
    inputs.narrative.一 = '共收到申请5件';
    // Assess
    expect(report.narrative?.一).toBe('共收到申请0件');
  });

  it('runs R6 against last year when given: none when the same records made both years', () => {
    // Prepare
    const records = [request('2023-12-28', decided('2024-01-10')), request('2023-06-01')];
    const previous = reportOf(2023, records);
    // Act
    const report = assembleAnnualReport({ year: 2024, agency: AGENCY, records, previous });
    // Assess
    expect(report.table3.carriedOver.total).toBe(2);
    expect(report.checks).toEqual([]);
  });
});

describe('Function: placeAppeal (table 四, by the state at year end)', () => {
  it.each([
    [
      'filed and concluded in the year',
      { filedOn: '2023-03-01', concludedOn: '2023-05-01', result: 'corrected' },
      2023,
      'corrected',
    ],
    ['filed in the year and pending at its end', { filedOn: '2023-11-01' }, 2023, 'pending'],
    [
      'filed in the year and concluded in the next: the year filed',
      { filedOn: '2023-11-01', concludedOn: '2024-02-01', result: 'upheld' },
      2023,
      'pending',
    ],
    [
      'filed the year before and concluded in the year',
      { filedOn: '2022-11-01', concludedOn: '2023-02-01', result: 'upheld' },
      2023,
      'upheld',
    ],
    [
      'filed the year before and concluded on 1 January',
      { filedOn: '2022-11-01', concludedOn: '2023-01-01', result: 'other' },
      2023,
      'other',
    ],
    ['filed two years before and still pending', { filedOn: '2021-11-01' }, 2023, 'pending'],
    [
      'filed and concluded on 31 December',
      { filedOn: '2023-12-31', concludedOn: '2023-12-31', result: 'upheld' },
      2023,
      'upheld',
    ],
  ] as const)('counts a case %s', (_case, dates, year, expected) => {
    // Act
    const column = placeAppeal({ kind: 'reconsideration', ...dates }, year);
    // Assess
    expect(column).toBe(expected);
  });

  it.each([
    [
      'concluded the year before',
      { filedOn: '2022-03-01', concludedOn: '2022-12-31', result: 'upheld' },
      2023,
    ],
    ['filed after the year', { filedOn: '2024-01-01' }, 2023],
  ] as const)('does not count a case %s', (_case, dates, year) => {
    // Act
    const column = placeAppeal({ kind: 'litigation-direct', ...dates }, year);
    // Assess
    expect(column).toBeNull();
  });

  it('throws a ReportError on a case concluded without a result or before it was filed', () => {
    // Act & Assess
    expect(() =>
      placeAppeal(
        { kind: 'reconsideration', filedOn: '2023-01-01', concludedOn: '2023-02-01' },
        2023,
      ),
    ).toThrow(ReportError);
    expect(() =>
      placeAppeal({ kind: 'reconsideration', filedOn: '2023-01-01', result: 'upheld' }, 2023),
    ).toThrow(ReportError);
    expect(() =>
      placeAppeal(
        {
          kind: 'reconsideration',
          filedOn: '2023-03-01',
          concludedOn: '2023-02-01',
          result: 'upheld',
        },
        2023,
      ),
    ).toThrow(/before it was filed/);
  });
});

describe('Function: assembleAnnualReport (table 四)', () => {
  it('counts each kind of case in its block and totals the blocks', () => {
    // Prepare
    const appeals: ReportAppeal[] = [
      {
        kind: 'reconsideration',
        filedOn: '2023-02-01',
        concludedOn: '2023-04-01',
        result: 'upheld',
      },
      { kind: 'reconsideration', filedOn: '2023-12-01' },
      {
        kind: 'litigation-direct',
        filedOn: '2022-09-01',
        concludedOn: '2023-03-01',
        result: 'corrected',
      },
      {
        kind: 'litigation-after-reconsideration',
        filedOn: '2023-05-01',
        concludedOn: '2023-09-01',
        result: 'other',
      },
      {
        kind: 'litigation-after-reconsideration',
        filedOn: '2022-01-01',
        concludedOn: '2022-06-01',
        result: 'upheld',
      },
    ];
    // Act
    const { table4 } = reportOf(2023, [], appeals);
    // Assess
    expect(table4).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
    });
  });

  it('counts a case pending at the end of one year again, with its result, in the next', () => {
    // Prepare
    const appeals: ReportAppeal[] = [
      {
        kind: 'reconsideration',
        filedOn: '2023-12-01',
        concludedOn: '2024-01-20',
        result: 'corrected',
      },
    ];
    // Act
    const y2023 = reportOf(2023, [], appeals).table4.reconsideration;
    const y2024 = reportOf(2024, [], appeals).table4.reconsideration;
    // Assess
    expect(y2023).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(y2024).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
  });

  it('throws a ReportError naming the position of a malformed case', () => {
    // Act & Assess
    expect(() =>
      reportOf(
        2023,
        [],
        [
          { kind: 'reconsideration', filedOn: '2023-01-01' },
          { kind: 'reconsideration', filedOn: '2023-01-01', result: 'upheld' },
        ],
      ),
    ).toThrow(/appeal #2/);
  });
});

describe('Class: ReportTally', () => {
  it('gives the same report fed one item at a time as assembleAnnualReport gives', () => {
    // Prepare
    const records = [
      request('2023-01-05', decided('2023-01-20')),
      request('2022-12-30'),
      request('2023-12-30', undefined, 'otherOrg'),
    ];
    const appeals: ReportAppeal[] = [{ kind: 'litigation-direct', filedOn: '2023-04-01' }];
    const tally = new ReportTally(2023);
    // Act
    for (const record of records) tally.addRequest(record);
    for (const appeal of appeals) tally.addAppeal(appeal);
    const report = tally.report({ agency: AGENCY });
    // Assess
    expect(report).toEqual(reportOf(2023, records, appeals));
  });

  it('returns copies of its tables, which later counting does not change', () => {
    // Prepare
    const tally = new ReportTally(2023).addRequest(request('2023-01-05'));
    const before = tally.tables();
    // Act
    tally.addRequest(request('2023-01-06'));
    // Assess
    expect(before.table3.received.total).toBe(1);
    expect(tally.tables().table3.received.total).toBe(2);
  });
});

describe('Method: ReportTally.report (section 六 fees from the records; Art. 42, 国办函〔2020〕109号)', () => {
  const paid = (on: string, yuan: number): ReportRecord => ({
    receivedOn: '2023-03-01',
    applicantColumn: 'naturalPerson',
    closedOn: '2023-04-01',
    outcome: 'disclosed',
    feePaid: { on, yuan },
  });

  it('sums the fees paid in the year, whenever the request was received', () => {
    // Prepare
    const records = [paid('2023-03-20', 300), paid('2023-12-31', 1000), paid('2022-12-30', 700)];
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某镇',
      records,
      feesFromRecords: true,
    });
    // Assess
    expect(report.feesCollectedYuan).toBe(1300);
  });

  it('reports 0 when the records hold no fee, and keeps a figure the staff entered', () => {
    // Act
    const none = assembleAnnualReport({
      year: 2023,
      agency: '某镇',
      records: [],
      feesFromRecords: true,
    });
    const entered = assembleAnnualReport({
      year: 2023,
      agency: '某镇',
      records: [paid('2023-03-20', 300)],
      inputs: { feesCollectedYuan: 250 },
      feesFromRecords: true,
    });
    // Assess
    expect(none.feesCollectedYuan).toBe(0);
    expect(entered.feesCollectedYuan).toBe(250);
  });

  it('states no fee figure from a ledger that does not carry fees', () => {
    // Act
    const report = assembleAnnualReport({
      year: 2023,
      agency: '某镇',
      records: [paid('2023-03-20', 300)],
    });
    // Assess
    expect(report.feesCollectedYuan).toBeUndefined();
  });
});

describe('Method: ReportTally.timeliness (answers on time, Art. 33 ¶2)', () => {
  const answered = (
    receivedOn: string,
    closedOn: string,
    answeredLate: boolean | undefined,
  ): ReportRecord => ({
    ...request(receivedOn, decided(closedOn)),
    ...(answeredLate === undefined ? {} : { answeredLate }),
  });

  it("counts the year's answers on time, late and not known, whenever they were received", () => {
    // Prepare
    const records = [
      answered('2023-03-01', '2023-03-20', false),
      answered('2022-12-20', '2023-01-30', true),
      answered('2023-05-01', '2023-05-10', undefined),
      answered('2023-06-01', '2023-06-10', false),
    ];
    // Act
    const report = reportOf(2023, records);
    // Assess
    expect(report.timeliness).toEqual({ onTime: 2, late: 1, unknown: 1 });
    expect(report.table3.decidedTotal.total).toBe(4);
  });

  it('leaves out the answers of other years and the requests still open', () => {
    // Prepare
    const records = [
      answered('2022-11-01', '2022-12-20', true),
      answered('2023-12-20', '2024-01-30', true),
      request('2023-12-28'),
      answered('2023-04-01', '2023-04-10', false),
    ];
    // Act
    const report = reportOf(2023, records);
    // Assess
    expect(report.timeliness).toEqual({ onTime: 1, late: 0, unknown: 0 });
  });

  it('states no timeliness when no answer of the year is known either way, as from a ledger', () => {
    // Prepare
    const tally = new ReportTally(2023).addRequest(answered('2023-03-01', '2023-03-20', undefined));
    // Act
    const report = tally.report({ agency: AGENCY });
    // Assess
    expect(tally.timeliness()).toBeNull();
    expect(report.timeliness).toBeUndefined();
  });
});
