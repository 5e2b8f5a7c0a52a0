import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleAnnualReport } from '@ogi/domain';
import { parseAppeals, parseLedger } from '@ogi/report';
import type { AnnualReport } from '@ogi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, ogi } from './support/cli.js';
import { startTestStack, type TestStack, tableSnapshot } from './support/stack.js';

const YEARS = [2022, 2023, 2024] as const;
const APPLICANT_TYPES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const OUTCOMES = [
  '予以公开',
  '部分公开（区分处理的，只计这一情形，不计其他情形）',
  '本机关不掌握相关政府信息',
  'disclosed',
];

/**
 * A ledger of 2022–2024 with every year boundary: received in December and
 * decided in January, carried over twice, still open; plus `bad` rows an
 * office gets wrong (an unknown applicant type, a date in the future).
 */
function ledgerCsv(): string {
  const lines = ['受理编号,申请人类型,收到日期,办结日期,办理结果,信息处理费'];
  let n = 0;
  for (const year of YEARS) {
    for (let i = 0; i < 40; i++) {
      n += 1;
      const type = APPLICANT_TYPES[i % APPLICANT_TYPES.length];
      const month = String((i % 12) + 1).padStart(2, '0');
      const received = `${year}-${month}-${String((i % 27) + 1).padStart(2, '0')}`;
      // Every 5th request of December is decided next January; every 9th stays open a year or two.
      const decided =
        i % 9 === 0
          ? i % 2 === 0
            ? ''
            : `${year + 2}-02-0${(i % 8) + 1}`
          : month === '12' && i % 5 === 1
            ? `${year + 1}-01-1${i % 10}`
            : `${year}-${month}-28`;
      const outcome = decided === '' ? '' : `"${OUTCOMES[i % OUTCOMES.length]}"`;
      const fee = decided !== '' && i % 7 === 3 ? '100元' : '';
      lines.push(
        `LG-${year}-${String(n).padStart(4, '0')},${type},${received},${decided},${outcome},${fee}`,
      );
    }
  }
  lines.push('LG-BAD-1,外星人,2023-03-03,2023-03-05,予以公开,');
  lines.push('LG-BAD-2,自然人,2023-03-03,2099-01-01,予以公开,');
  return `${lines.join('\n')}\n`;
}

const APPEALS_CSV = [
  'case_no,kind,filed_on,concluded_on,result',
  '（2023）复12号,行政复议,2023-05-10,2023-07-01,维持',
  ',行政诉讼,2023-11-02,,',
  ',复议后行政诉讼,2022-12-01,2024-03-01,纠正',
].join('\n');

describe('Flow: a ledger imported into the local stack with `pnpm ogi import`', () => {
  let env: TestStack;
  let folder: string;
  let office = '';
  let firstRun: CliRun;

  beforeAll(async () => {
    env = await startTestStack();
    folder = mkdtempSync(join(tmpdir(), 'ogi-import-'));
    writeFileSync(join(folder, 'ledger.csv'), ledgerCsv());
    writeFileSync(join(folder, 'appeals.csv'), APPEALS_CSV);
    office = await env.api.login('office', 'office-zhao', '赵公开办');
    firstRun = await ogi([
      'import',
      '--ledger',
      join(folder, 'ledger.csv'),
      '--appeals',
      join(folder, 'appeals.csv'),
      '--data-dir',
      env.dataDir,
      '--by',
      'test-operator',
    ]);
  }, 120_000);

  afterAll(async () => {
    await env?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores the good rows and lists each bad one with its row number, without stopping', () => {
    // Assess
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const summary = JSON.parse(firstRun.stdout);
    expect(summary.ledger).toMatchObject({ rows: 122, created: 120, skipped: 2, unchanged: 0 });
    expect(summary.appeals).toMatchObject({ rows: 3, created: 3, skipped: 0 });
    expect(firstRun.stderr).toContain('ledger row 122 [applicant_type]');
    expect(firstRun.stderr).toContain('第123行：日期2099-01-01晚于');
  });

  it.each(YEARS)(
    'makes the %i report from the store over HTTP equal to the one assembled from the ledger file itself',
    async (year) => {
      // Prepare
      const ledger = await parseLedger(Buffer.from(ledgerCsv()), { fileName: 'ledger.csv' });
      const appeals = await parseAppeals(Buffer.from(APPEALS_CSV), { fileName: 'appeals.csv' });
      const expected = assembleAnnualReport({
        year,
        agency: env.stack.district.names.agency,
        records: ledger.records.filter((_, i) => ledger.entries[i]?.receiptNo !== 'LG-BAD-2'),
        appeals: appeals.appeals,
        feesFromRecords: true,
      });

      // Act
      const response = await env.api.get<{ report: AnnualReport }>(`/api/staff/reports/${year}`, {
        token: office,
      });

      // Assess
      expect(response.status, response.text).toBe(200);
      expect(response.body.report.table3).toEqual(expected.table3);
      expect(response.body.report.table4).toEqual(expected.table4);
      expect(response.body.report.feesCollectedYuan).toBe(expected.feesCollectedYuan);
      expect(response.body.report.table3.received.total).toBeGreaterThan(0);
      expect(expected.feesCollectedYuan).toBeGreaterThan(0);
    },
  );

  it('carries requests over the year ends: 2023 opens with some of 2022 and ends with some open', async () => {
    // Act
    const response = await env.api.get<{ report: AnnualReport }>('/api/staff/reports/2023', {
      token: office,
    });

    // Assess
    expect(response.body.report.table3.carriedOver.total).toBeGreaterThan(0);
    expect(response.body.report.table3.carriedForward.total).toBeGreaterThan(0);
    expect(response.body.report.table4.litigationDirect.pending).toBe(1);
    expect(response.body.report.table4.litigationAfterReconsideration.pending).toBe(1);
  });

  it('changes nothing when the same ledgers are imported again', async () => {
    // Prepare
    const before = await tableSnapshot(env.stack);

    // Act
    const again = await ogi([
      'import',
      '--ledger',
      join(folder, 'ledger.csv'),
      '--appeals',
      join(folder, 'appeals.csv'),
      '--data-dir',
      env.dataDir,
    ]);

    // Assess
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).ledger).toMatchObject({ created: 0, unchanged: 120 });
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('writes nothing when one of the two files cannot be read (exit 2 names it)', async () => {
    // Prepare
    writeFileSync(
      join(folder, 'new-rows.csv'),
      'receipt_no,applicant_type,received_on,decided_on,outcome\nNEW-1,自然人,2024-05-06,,\n',
    );
    writeFileSync(join(folder, 'broken-appeals.csv'), 'not,an,appeals,ledger\n');
    const before = await tableSnapshot(env.stack);

    // Act
    const run = await ogi([
      'import',
      '--ledger',
      join(folder, 'new-rows.csv'),
      '--appeals',
      join(folder, 'broken-appeals.csv'),
      '--data-dir',
      env.dataDir,
    ]);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--appeals');
    expect(await tableSnapshot(env.stack)).toEqual(before);
  });

  it('keeps imported rows out of the staff request list', async () => {
    // Act
    const response = await env.api.get<{ items: unknown[] }>('/api/staff/requests', {
      token: office,
    });

    // Assess
    expect(response.status, response.text).toBe(200);
    expect(response.body.items).toEqual([]);
  });

  it('stops with exit code 2 and says how to start the stack when none runs on the data folder', async () => {
    // Prepare
    const empty = mkdtempSync(join(tmpdir(), 'ogi-no-stack-'));

    // Act
    const run = await ogi(['import', '--ledger', join(folder, 'ledger.csv'), '--data-dir', empty]);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('本地环境未运行');
    rmSync(empty, { recursive: true, force: true });
  });

  it('refuses a district other than the one the local stack runs', async () => {
    // Act
    const run = await ogi([
      'import',
      '--ledger',
      join(folder, 'ledger.csv'),
      '--data-dir',
      env.dataDir,
      '--district',
      'elsewhere',
    ]);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('district');
  });
});
