import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { assembleAnnualReport } from '@ogi/domain';
import {
  type ApplicantInput,
  LifecycleEvent,
  type LifecycleEventInput,
  type ReportAppeal,
  type ReportRecord,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
} from '@ogi/schema';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  KEY,
  keys,
  type RequestRecord,
  RequestRepository,
  recordEvent,
  recordNewRequest,
} from '../src/index.js';
import {
  clerk,
  context,
  freshTable,
  organisation,
  person,
  submission,
  type TestTable,
} from './support.js';

let table: TestTable;
let repository: RequestRepository;

/** One request of the fixture: who asked, and its life, as staff record it. */
interface Case {
  readonly applicant: ApplicantInput;
  readonly life: readonly LifecycleEventInput[];
  /** The same request as a line of the equivalent ledger. */
  readonly ledger: ReportRecord;
  /** Its appeal cases as lines of the equivalent ledger of appeals. */
  readonly appeals?: readonly ReportAppeal[];
}

const inPerson = (on: string): LifecycleEventInput => ({
  type: 'received',
  on,
  channel: 'in-person',
});
const decided = (on: string, outcome = 'disclosed'): LifecycleEventInput =>
  ({ type: 'decided', on, outcome }) as LifecycleEventInput;

/** Requests across 2022–2024, covering every year boundary of table 三 and 四. */
const CASES = {
  // A fee notice paid in 2023: the record carries it for section 六.
  feePaidIn2023: {
    applicant: person,
    life: [
      inPerson('2023-04-03'),
      { type: 'feeNoticed', on: '2023-04-07', yuan: 200, scale: 'page', quantity: 50 },
      { type: 'feePaid', on: '2023-04-10' },
      decided('2023-04-20'),
    ],
    ledger: {
      receivedOn: '2023-04-03',
      applicantColumn: 'naturalPerson',
      closedOn: '2023-04-20',
      outcome: 'disclosed',
      feePaid: { on: '2023-04-10', yuan: 200 },
      answeredLate: false,
    },
  },
  // Received and decided in 2022: counts nowhere in 2023.
  closedIn2022: {
    applicant: person,
    life: [inPerson('2022-06-01'), decided('2022-06-20')],
    ledger: {
      receivedOn: '2022-06-01',
      applicantColumn: 'naturalPerson',
      closedOn: '2022-06-20',
      outcome: 'disclosed',
      answeredLate: false,
    },
  },
  // Closed in 2022, litigated from 2022 to mid-2023: its case counts in 2023's table 四.
  closedIn2022LitigatedInto2023: {
    applicant: organisation,
    life: [
      inPerson('2022-03-01'),
      decided('2022-03-20', 'withheld-state-secret'),
      { type: 'appealFiled', on: '2022-08-01', kind: 'litigation-direct' },
      { type: 'appealConcluded', on: '2023-06-01', kind: 'litigation-direct', result: 'corrected' },
    ],
    ledger: {
      receivedOn: '2022-03-01',
      applicantColumn: 'legalService',
      closedOn: '2022-03-20',
      outcome: 'withheld-state-secret',
      answeredLate: false,
    },
    appeals: [
      {
        kind: 'litigation-direct',
        filedOn: '2022-08-01',
        concludedOn: '2023-06-01',
        result: 'corrected',
      },
    ],
  },
  // Closed in 2022, reconsideration concluded in 2022: not in 2023's table 四.
  appealConcludedIn2022: {
    applicant: person,
    life: [
      inPerson('2022-01-10'),
      decided('2022-01-20'),
      { type: 'appealFiled', on: '2022-02-01', kind: 'reconsideration' },
      { type: 'appealConcluded', on: '2022-03-01', kind: 'reconsideration', result: 'other' },
    ],
    ledger: {
      receivedOn: '2022-01-10',
      applicantColumn: 'naturalPerson',
      closedOn: '2022-01-20',
      outcome: 'disclosed',
      answeredLate: false,
    },
    appeals: [
      {
        kind: 'reconsideration',
        filedOn: '2022-02-01',
        concludedOn: '2022-03-01',
        result: 'other',
      },
    ],
  },
  // Received in December, decided in January: 二 and an outcome in 2023.
  decemberToJanuary: {
    applicant: person,
    life: [
      inPerson('2022-12-20'),
      decided('2023-01-10', 'partly-disclosed'),
      { type: 'appealFiled', on: '2023-02-01', kind: 'reconsideration' },
      { type: 'appealConcluded', on: '2023-04-01', kind: 'reconsideration', result: 'upheld' },
    ],
    ledger: {
      receivedOn: '2022-12-20',
      applicantColumn: 'naturalPerson',
      closedOn: '2023-01-10',
      outcome: 'partly-disclosed',
      answeredLate: false,
    },
    appeals: [
      {
        kind: 'reconsideration',
        filedOn: '2023-02-01',
        concludedOn: '2023-04-01',
        result: 'upheld',
      },
    ],
  },
  // Carried over twice: received in 2022, decided in 2024 (二 and 四 in 2023), long after its deadline.
  carriedOverTwice: {
    applicant: organisation,
    life: [inPerson('2022-11-01'), decided('2024-02-01')],
    ledger: {
      receivedOn: '2022-11-01',
      applicantColumn: 'legalService',
      closedOn: '2024-02-01',
      outcome: 'disclosed',
      answeredLate: true,
    },
  },
  // Received in 2022 and still open: 二 and 四 in 2023.
  stillOpenFrom2022: {
    applicant: person,
    life: [inPerson('2022-10-10')],
    ledger: { receivedOn: '2022-10-10', applicantColumn: 'naturalPerson' },
  },
  // Received and decided in 2023.
  decidedIn2023: {
    applicant: organisation,
    life: [inPerson('2023-03-01'), decided('2023-03-20', 'partly-disclosed')],
    ledger: {
      receivedOn: '2023-03-01',
      applicantColumn: 'legalService',
      closedOn: '2023-03-20',
      outcome: 'partly-disclosed',
      answeredLate: false,
    },
  },
  // Received in 2023 and decided after its deadline of 30 June 2023 (Art. 33 ¶2).
  decidedLateIn2023: {
    applicant: person,
    life: [inPerson('2023-06-01'), decided('2023-07-20')],
    ledger: {
      receivedOn: '2023-06-01',
      applicantColumn: 'naturalPerson',
      closedOn: '2023-07-20',
      outcome: 'disclosed',
      answeredLate: true,
    },
  },
  // Received in 2023, withdrawn in 2023.
  withdrawnIn2023: {
    applicant: person,
    life: [inPerson('2023-05-05'), { type: 'withdrawn', on: '2023-05-10' }],
    ledger: {
      receivedOn: '2023-05-05',
      applicantColumn: 'naturalPerson',
      closedOn: '2023-05-10',
      outcome: 'other',
      answeredLate: false,
    },
  },
  // Received in December 2023, decided in January 2024: 一 and 四 in 2023.
  decemberToJanuary2024: {
    applicant: person,
    life: [inPerson('2023-12-28'), decided('2024-01-10')],
    ledger: {
      receivedOn: '2023-12-28',
      applicantColumn: 'naturalPerson',
      closedOn: '2024-01-10',
      outcome: 'disclosed',
      answeredLate: false,
    },
  },
  // Submitted online on 30 December 2022, confirmed in January: received in 2023.
  onlineConfirmedInJanuary: {
    applicant: person,
    life: [
      { type: 'submitted', on: '2022-12-30', channel: 'online' },
      { type: 'received', on: '2023-01-04', channel: 'online', confirmedBy: 'phone' },
      decided('2023-01-20'),
    ],
    ledger: {
      receivedOn: '2023-01-04',
      applicantColumn: 'naturalPerson',
      closedOn: '2023-01-20',
      outcome: 'disclosed',
      answeredLate: false,
    },
  },
  // Submitted online in 2023, never confirmed: counts nowhere.
  neverConfirmed: {
    applicant: person,
    life: [{ type: 'submitted', on: '2023-07-01', channel: 'online' }],
    ledger: { receivedOn: null, applicantColumn: 'naturalPerson' },
  },
  // Submitted online in 2022, withdrawn before receipt in 2023: counts nowhere.
  withdrawnBeforeReceipt: {
    applicant: person,
    life: [
      { type: 'submitted', on: '2022-12-29', channel: 'online' },
      { type: 'withdrawn', on: '2023-01-03' },
    ],
    ledger: {
      receivedOn: null,
      applicantColumn: 'naturalPerson',
      closedOn: '2023-01-03',
      outcome: 'other',
    },
  },
  // Received in 2024, still open: not in 2023.
  receivedIn2024: {
    applicant: organisation,
    life: [inPerson('2024-01-05')],
    ledger: { receivedOn: '2024-01-05', applicantColumn: 'legalService' },
  },
} satisfies Record<string, Case>;

/** The ids the store gave each case. */
const ids: Record<string, string> = {};

async function build(spec: Case): Promise<RequestRecord> {
  const life = spec.life.map((input) => LifecycleEvent.parse(input));
  const [first, ...rest] = life;
  if (!first) throw new Error('a case needs events');
  const created = await recordNewRequest(repository, context, {
    submission: submission({
      applicant: spec.applicant,
      ...(first.type === 'submitted' ? { channel: 'online' } : {}),
    }),
    events: [first],
    submittedOn: first.on,
    submittedAt: `${first.on}T02:00:00.000Z`,
  });
  let record = created.record;
  for (const event of rest) {
    ({ record } = await recordEvent(repository, context, {
      id: record.id,
      expectedVersion: record.version,
      event,
      audit: clerk,
    }));
  }
  return record;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

const ledger = Object.values(CASES).map((spec) => spec.ledger);
const ledgerAppeals = Object.values(CASES).flatMap((spec: Case) => spec.appeals ?? []);
const byReceipt = (a: ReportRecord, b: ReportRecord) =>
  JSON.stringify(a).localeCompare(JSON.stringify(b));

beforeAll(async () => {
  table = await freshTable();
  repository = new RequestRepository({
    client: table.client,
    tableName: table.tableName,
    now: () => new Date('2024-03-01T08:00:00.000Z'),
  });
  for (const [name, spec] of Object.entries(CASES)) ids[name] = (await build(spec)).id;
}, 60_000);

beforeEach(() => {
  table.commands.length = 0;
});

describe('Class: RequestRepository', () => {
  describe('Method: appendEvent (report indexes)', () => {
    it('files a request under byClosedYear when it closes, and under byAppealYear with its cases', async () => {
      // Act
      const meta = async (name: string) =>
        (
          await table.client.send(
            new GetCommand({ TableName: table.tableName, Key: keys.request(ids[name] ?? '') }),
          )
        ).Item ?? {};
      const [open, closed, pendingless, litigated] = await Promise.all([
        meta('stillOpenFrom2022'),
        meta('decemberToJanuary'),
        meta('closedIn2022'),
        meta('closedIn2022LitigatedInto2023'),
      ]);

      // Assess
      expect(open[KEY.closedYearPk]).toBeUndefined();
      expect(open[KEY.appealPk]).toBeUndefined();
      expect(closed[KEY.closedYearPk]).toBe('CLOSED#2023');
      expect(closed[KEY.appealSk]).toBe(`2023#${ids.decemberToJanuary}`);
      expect(pendingless[KEY.closedYearPk]).toBe('CLOSED#2022');
      expect(pendingless[KEY.appealPk]).toBeUndefined();
      expect(litigated[KEY.appealSk]).toBe(`2023#${ids.closedIn2022LitigatedInto2023}`);
    });
  });

  describe('Method: reportRecords', () => {
    it('yields once each exactly the requests that count in the year, by Query only', async () => {
      // Act
      const records = await collect(repository.reportRecords(2023));

      // Assess
      const expected = [
        CASES.decemberToJanuary,
        CASES.carriedOverTwice,
        CASES.stillOpenFrom2022,
        CASES.decidedIn2023,
        CASES.decidedLateIn2023,
        CASES.withdrawnIn2023,
        CASES.decemberToJanuary2024,
        CASES.onlineConfirmedInJanuary,
        CASES.feePaidIn2023,
      ].map((spec) => spec.ledger);
      expect([...records].sort(byReceipt)).toEqual([...expected].sort(byReceipt));
      expect(table.commands.length).toBeGreaterThan(0);
      expect(table.commands.every((name) => name === 'QueryCommand')).toBe(true);
    });

    it('refuses a year that is not a whole four-digit year', async () => {
      // Act & Assess
      await expect(collect(repository.reportRecords(23.5))).rejects.toThrow(RangeError);
    });
  });

  describe('Method: reportAppeals', () => {
    it('yields the cases that count in the year, including those of requests closed years before', async () => {
      // Act
      const appeals = await collect(repository.reportAppeals(2023));

      // Assess
      expect(appeals).toHaveLength(2);
      expect(appeals).toEqual(
        expect.arrayContaining([
          CASES.decemberToJanuary.appeals[0],
          CASES.closedIn2022LitigatedInto2023.appeals[0],
        ]),
      );
      expect(table.commands).toEqual(['QueryCommand']);
    });
  });

  describe('Annual report from the store', () => {
    it.each([2022, 2023, 2024])(
      'assembles the %i report equal, cell by cell, to the one from the equivalent ledger, never scanning',
      async (year) => {
        // Act
        const fromStore = assembleAnnualReport({
          year,
          agency: '大场镇人民政府',
          records: await collect(repository.reportRecords(year)),
          appeals: await collect(repository.reportAppeals(year)),
        });
        const fromLedger = assembleAnnualReport({
          year,
          agency: '大场镇人民政府',
          records: ledger,
          appeals: ledgerAppeals,
        });

        // Assess
        for (const row of TABLE3_ROWS) {
          for (const column of TABLE3_COLUMNS) {
            expect(fromStore.table3[row][column], `table 三 ${row}/${column}`).toBe(
              fromLedger.table3[row][column],
            );
          }
        }
        for (const block of TABLE4_BLOCKS) {
          for (const column of TABLE4_COLUMNS) {
            expect(fromStore.table4[block][column], `table 四 ${block}/${column}`).toBe(
              fromLedger.table4[block][column],
            );
          }
        }
        expect(fromStore).toEqual(fromLedger);
        expect(new Set(table.commands)).toEqual(new Set(['QueryCommand']));
        expect(table.commands).not.toContain('ScanCommand');
      },
    );

    it('records a request decided after its deadline as answered late, and the report counts it (Art. 33 ¶2)', async () => {
      // Prepare
      const meta = async (name: string) =>
        (
          await table.client.send(
            new GetCommand({ TableName: table.tableName, Key: keys.request(ids[name] ?? '') }),
          )
        ).Item ?? {};
      const [late, onTime, open] = await Promise.all([
        meta('decidedLateIn2023'),
        meta('decidedIn2023'),
        meta('stillOpenFrom2022'),
      ]);
      // Act
      const records = await collect(repository.reportRecords(2023));
      const report = assembleAnnualReport({ year: 2023, agency: '大场镇人民政府', records });

      // Assess
      expect(late.answeredLate).toBe(true);
      expect(onTime.answeredLate).toBe(false);
      expect(open.answeredLate).toBeUndefined();
      expect(records).toContainEqual(CASES.decidedLateIn2023.ledger);
      expect(report.timeliness).toEqual({ onTime: 5, late: 1, unknown: 0 });
      expect(report.drafts?.applications).toContain('办结6件（按时答复5件、逾期答复1件）');
    });

    it('keeps the day the answer period was extended on the record and in the year’s records (Art. 33 ¶2)', async () => {
      // Prepare: received Monday 1 March 2021, due on its 20th working day, 29 March, extended on 25 March.
      const extended = await build({
        applicant: person,
        life: [
          inPerson('2021-03-01'),
          { type: 'extended', on: '2021-03-25', workingDays: 20, approvedBy: '办公室主任' },
          decided('2021-04-20'),
        ],
        ledger: { receivedOn: '2021-03-01', applicantColumn: 'naturalPerson' },
      });
      const notExtended = await build({
        applicant: person,
        life: [inPerson('2021-03-02'), decided('2021-03-10')],
        ledger: { receivedOn: '2021-03-02', applicantColumn: 'naturalPerson' },
      });

      // Act
      const records = await collect(repository.reportRecords(2021));

      // Assess
      expect(extended.extendedOn).toBe('2021-03-25');
      expect(notExtended.extendedOn).toBeUndefined();
      expect(records).toEqual(
        expect.arrayContaining([
          {
            receivedOn: '2021-03-01',
            applicantColumn: 'naturalPerson',
            extendedOn: '2021-03-25',
            closedOn: '2021-04-20',
            outcome: 'disclosed',
            answeredLate: false,
          },
          {
            receivedOn: '2021-03-02',
            applicantColumn: 'naturalPerson',
            closedOn: '2021-03-10',
            outcome: 'disclosed',
            answeredLate: false,
          },
        ]),
      );
      expect(records).toHaveLength(2);
    });

    it('counts the year-boundary cases of 2023 where the rules put them, and the fees paid', async () => {
      // Act
      const report = assembleAnnualReport({
        year: 2023,
        agency: '大场镇人民政府',
        records: await collect(repository.reportRecords(2023)),
        appeals: await collect(repository.reportAppeals(2023)),
        feesFromRecords: true,
      });

      // Assess
      expect(report.table3.received.total).toBe(6);
      expect(report.table3.carriedOver.total).toBe(3);
      expect(report.table3.carriedForward.total).toBe(3);
      expect(report.table3.decidedTotal.total).toBe(6);
      expect(report.feesCollectedYuan).toBe(200);
      expect(report.table4.reconsideration).toMatchObject({ upheld: 1, total: 1 });
      expect(report.table4.litigationDirect).toMatchObject({ corrected: 1, total: 1 });
    });
  });
});
