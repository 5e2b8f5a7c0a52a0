import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { assembleAnnualReport } from '@ogi/domain';
import type { ReportAppeal, ReportRecord } from '@ogi/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appealCaseKeys,
  type LedgerAppealRow,
  type LedgerRequestRow,
  LedgerStore,
  RequestRepository,
} from '../src/index.js';
import { createInput, freshTable, inYearIndex, type TestTable } from './support.js';

let table: TestTable;
let ledger: LedgerStore;
let repository: RequestRepository;

const NOW = new Date('2026-11-26T08:00:00.000Z');
const OPTIONS = { source: '台账.xlsx', importedBy: 'operator' } as const;

const person = 'naturalPerson' as const;
let nextRow = 2;
const row = (receiptNo: string, record: ReportRecord): LedgerRequestRow => ({
  row: nextRow++,
  receiptNo,
  record,
});

/** A ledger across 2022–2024 with every year boundary of table 三. */
const ROWS: readonly LedgerRequestRow[] = [
  row('2022-收-001', { receivedOn: '2022-03-01', applicantColumn: person }),
  row('2022-收-002', {
    receivedOn: '2022-05-01',
    applicantColumn: 'commercial',
    closedOn: '2022-05-20',
    outcome: 'disclosed',
  }),
  row('2022-收-003', {
    receivedOn: '2022-12-28',
    applicantColumn: person,
    closedOn: '2023-01-10',
    outcome: 'partly-disclosed',
  }),
  row('2022-收-004', {
    receivedOn: '2022-11-02',
    applicantColumn: 'legalService',
    closedOn: '2024-02-01',
    outcome: 'other',
  }),
  row('2023-收-001', {
    receivedOn: '2023-06-01',
    applicantColumn: person,
    closedOn: '2023-06-20',
    outcome: 'disclosed',
  }),
  row('2023-收-002', {
    receivedOn: '2023-12-29',
    applicantColumn: 'research',
    closedOn: '2024-01-08',
    outcome: 'disclosed',
  }),
  row('2024-收-001', { receivedOn: '2024-03-03', applicantColumn: person }),
];

const APPEALS: readonly LedgerAppealRow[] = [
  {
    row: 2,
    appeal: {
      kind: 'reconsideration',
      filedOn: '2023-02-01',
      concludedOn: '2023-04-01',
      result: 'upheld',
    },
  },
  { row: 3, appeal: { kind: 'litigation-direct', filedOn: '2023-11-01' } },
  {
    row: 4,
    caseNo: '（2023）某行初12号',
    appeal: {
      kind: 'litigation-direct',
      filedOn: '2023-05-01',
      concludedOn: '2024-01-05',
      result: 'corrected',
    },
  },
];

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

async function scan(): Promise<string[]> {
  const page = await table.client.send(
    new ScanCommand({ TableName: table.tableName, ConsistentRead: true }),
  );
  return (page.Items ?? []).map((item) => JSON.stringify(item)).sort();
}

beforeEach(async () => {
  table = await freshTable();
  ledger = new LedgerStore({ client: table.client, tableName: table.tableName, now: () => NOW });
  repository = new RequestRepository({ client: table.client, tableName: table.tableName });
});

describe('Class: LedgerStore', () => {
  describe('Method: importRequests', () => {
    it('stores every row and reports progress up to the total', async () => {
      // Prepare
      const progress: [number, number][] = [];

      // Act
      const result = await ledger.importRequests(ROWS, {
        ...OPTIONS,
        onProgress: (done, total) => progress.push([done, total]),
      });

      // Assess
      expect(result).toEqual({ rows: 7, created: 7, concluded: 0, unchanged: 0, errors: [] });
      expect(progress.at(-1)).toEqual([7, 7]);
    });

    it('writes a long ledger batch by batch, reporting progress that only grows', async () => {
      // Prepare
      const many = Array.from({ length: 250 }, (_, i) =>
        row(`M-${i}`, { receivedOn: '2025-02-03', applicantColumn: person }),
      );
      const progress: number[] = [];

      // Act
      const result = await ledger.importRequests(many, {
        ...OPTIONS,
        onProgress: (done) => progress.push(done),
      });

      // Assess
      expect(result.created).toBe(250);
      expect(progress).toHaveLength(3);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(250);
      expect(await collect(ledger.reportRecords(2025))).toHaveLength(250);
    });

    it('compares a receipt number repeated in one call with the first: the same row is unchanged, another is a conflict', async () => {
      // Prepare
      const first = row('R-1', { receivedOn: '2025-02-03', applicantColumn: person });
      const same = row('R-1', { receivedOn: '2025-02-03', applicantColumn: person });
      const other = row('R-1', { receivedOn: '2025-02-04', applicantColumn: person });

      // Act
      const result = await ledger.importRequests([first, same, other], OPTIONS);

      // Assess
      expect(result).toMatchObject({ created: 1, unchanged: 1 });
      expect(result.errors.map((error) => error.row)).toEqual([other.row]);
    });

    it('changes nothing when the same ledger is imported again', async () => {
      // Prepare
      await ledger.importRequests(ROWS, OPTIONS);
      const before = await scan();

      // Act
      const again = await ledger.importRequests(ROWS, { ...OPTIONS, importedBy: 'someone-else' });

      // Assess
      expect(again).toMatchObject({ created: 0, concluded: 0, unchanged: 7, errors: [] });
      expect(await scan()).toEqual(before);
    });

    it('records the decision of a request that was open when the ledger was first imported', async () => {
      // Prepare
      await ledger.importRequests(ROWS, OPTIONS);
      const decided: LedgerRequestRow = row('2024-收-001', {
        receivedOn: '2024-03-03',
        applicantColumn: person,
        closedOn: '2024-03-20',
        outcome: 'disclosed',
      });

      // Act
      const result = await ledger.importRequests([decided], OPTIONS);

      // Assess
      expect(result).toMatchObject({ created: 0, concluded: 1, errors: [] });
      const in2024 = await collect(ledger.reportRecords(2024));
      expect(in2024).toContainEqual(decided.record);
      expect(in2024).not.toContainEqual(ROWS[6]?.record);
    });

    it('records the fee paid with a decision, and a decision after a fee already stored', async () => {
      // Prepare
      const fee = { on: '2025-03-10', yuan: 300 };
      const noFeeYet = row('F-1', { receivedOn: '2025-03-01', applicantColumn: person });
      const feeFirst = row('F-2', {
        receivedOn: '2025-03-01',
        applicantColumn: person,
        feePaid: fee,
      });
      await ledger.importRequests([noFeeYet, feeFirst], OPTIONS);
      const decision = { closedOn: '2025-03-20', outcome: 'disclosed' as const, feePaid: fee };

      // Act
      const result = await ledger.importRequests(
        [
          { ...noFeeYet, record: { ...noFeeYet.record, ...decision } },
          { ...feeFirst, record: { ...feeFirst.record, ...decision } },
        ],
        OPTIONS,
      );

      // Assess
      expect(result).toMatchObject({ concluded: 2, errors: [] });
      const report = assembleAnnualReport({
        year: 2025,
        agency: '某镇',
        records: await collect(ledger.reportRecords(2025)),
        feesFromRecords: true,
      });
      expect(report.feesCollectedYuan).toBe(600);
      expect(report.table3.disclosed.total).toBe(2);
    });

    it('reports a row that would rewrite a decided request and leaves the stored one as it was', async () => {
      // Prepare
      await ledger.importRequests(ROWS, OPTIONS);
      const before = await scan();
      const rewritten = row('2023-收-001', {
        receivedOn: '2023-06-01',
        applicantColumn: person,
        closedOn: '2023-06-20',
        outcome: 'withheld-state-secret',
      });
      const fresh = row('2024-收-009', { receivedOn: '2024-05-05', applicantColumn: person });

      // Act
      const result = await ledger.importRequests([rewritten, fresh], OPTIONS);

      // Assess
      expect(result.created).toBe(1);
      expect(result.errors).toEqual([
        {
          row: rewritten.row,
          column: 'receipt_no',
          message: {
            zh: expect.stringContaining('已导入'),
            en: expect.stringContaining('outcome: disclosed → withheld-state-secret'),
          },
        },
      ]);
      const after = await scan();
      expect(after.filter((item) => item.includes('2023-收-001'))).toEqual(
        before.filter((item) => item.includes('2023-收-001')),
      );
    });

    it('refuses a row whose receipt number ogi gave to one of its own requests', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2026-03-02'));

      // Act
      const result = await ledger.importRequests(
        [row(record.receiptNo, { receivedOn: '2026-03-02', applicantColumn: person })],
        OPTIONS,
      );

      // Assess
      expect(result.created).toBe(0);
      expect(result.errors[0]?.column).toBe('receipt_no');
      expect(result.errors[0]?.message.zh).toContain('已是本系统登记的申请');
    });

    it('stores each row once when two imports of the same ledger run at the same time', async () => {
      // Act
      const [first, second] = await Promise.all([
        ledger.importRequests(ROWS, OPTIONS),
        ledger.importRequests(ROWS, OPTIONS),
      ]);

      // Assess
      expect((first?.created ?? 0) + (second?.created ?? 0)).toBe(ROWS.length);
      expect((first?.unchanged ?? 0) + (second?.unchanged ?? 0)).toBe(ROWS.length);
      expect(await collect(ledger.reportRecords(2023))).toHaveLength(5);
    });

    it('keeps ledger rows out of the staff lists, which show only requests handled in ogi', async () => {
      // Prepare
      await repository.create(createInput('2024-03-04'));
      await ledger.importRequests(ROWS, OPTIONS);

      // Act
      const open = await repository.list();
      const in2024 = await collect(inYearIndex(table, 2024));

      // Assess
      expect(open.items).toHaveLength(1);
      expect(in2024).toHaveLength(1);
    });
  });

  describe('Method: reportRecords', () => {
    it.each([2022, 2023, 2024])(
      'reads the %i rows that count in the report, equal to assembling from the ledger itself, by Query only',
      async (year) => {
        // Prepare
        await ledger.importRequests(ROWS, OPTIONS);
        await ledger.importAppeals(APPEALS, OPTIONS);
        table.commands.length = 0;

        // Act
        const fromStore = assembleAnnualReport({
          year,
          agency: '某镇',
          records: await collect(ledger.reportRecords(year)),
          appeals: await collect(ledger.reportAppeals(year)),
        });

        // Assess
        const fromLedger = assembleAnnualReport({
          year,
          agency: '某镇',
          records: ROWS.map((entry) => entry.record),
          appeals: APPEALS.map((entry) => entry.appeal),
        });
        expect(fromStore).toEqual(fromLedger);
        expect(new Set(table.commands)).toEqual(new Set(['QueryCommand']));
      },
    );

    it('reads only items that count: every Query returns all it scans, none filtered away', async () => {
      // Prepare: years of ledger around 2023, read for the 2023 report.
      await ledger.importRequests(ROWS, OPTIONS);
      const counts: { count: number; scanned: number }[] = [];
      table.client.middlewareStack.add(
        (next) => async (args) => {
          const result = await next(args);
          const output = result.output as { Count?: number; ScannedCount?: number };
          if (output.ScannedCount !== undefined) {
            counts.push({ count: output.Count ?? 0, scanned: output.ScannedCount });
          }
          return result;
        },
        { step: 'initialize', name: 'recordScannedCounts' },
      );

      // Act
      const records = await collect(ledger.reportRecords(2023));

      // Assess
      expect(records).toHaveLength(5);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.every(({ count, scanned }) => count === scanned)).toBe(true);
    });

    it('puts a request received in December and decided in January in both years, and one carried over twice in three', async () => {
      // Prepare
      await ledger.importRequests(ROWS, OPTIONS);

      // Act
      const report = (year: number) =>
        collect(ledger.reportRecords(year)).then(
          (records) => assembleAnnualReport({ year, agency: '某镇', records }).table3,
        );
      const [in2022, in2023, in2024] = await Promise.all([
        report(2022),
        report(2023),
        report(2024),
      ]);

      // Assess
      expect(in2022.received.total).toBe(4);
      expect(in2022.carriedForward.total).toBe(3);
      expect(in2023.carriedOver.total).toBe(3);
      expect(in2023.carriedForward.legalService).toBe(1);
      expect(in2024.carriedOver.legalService).toBe(1);
      expect(in2024.other.legalService).toBe(1);
    });
  });

  describe('Method: importAppeals', () => {
    it('concludes a pending case when the appeals ledger comes back with its result', async () => {
      // Prepare
      await ledger.importAppeals(APPEALS, OPTIONS);
      const concluded: LedgerAppealRow = {
        row: 3,
        appeal: {
          kind: 'litigation-direct',
          filedOn: '2023-11-01',
          concludedOn: '2024-06-01',
          result: 'other',
        },
      };

      // Act
      const kept = APPEALS.map((entry) => (entry.row === concluded.row ? concluded : entry));
      const result = await ledger.importAppeals(kept, OPTIONS);

      // Assess
      expect(result).toMatchObject({ created: 0, concluded: 1, unchanged: 2, errors: [] });
      const in2024: ReportAppeal[] = await collect(ledger.reportAppeals(2024));
      expect(in2024).toContainEqual(concluded.appeal);
    });
  });
});

describe('Function: appealCaseKeys', () => {
  it('keys a case by its case number, else by kind, day and place among that day’s cases', () => {
    // Prepare
    const same = { kind: 'reconsideration', filedOn: '2023-02-01' } as const;

    // Act
    const caseKeys = appealCaseKeys([
      { row: 2, appeal: same },
      { row: 3, caseNo: 'A-1', appeal: same },
      { row: 4, appeal: same },
    ]);

    // Assess
    expect(caseKeys).toEqual([
      'day/reconsideration/2023-02-01/1',
      'no/A-1',
      'day/reconsideration/2023-02-01/2',
    ]);
  });
});
