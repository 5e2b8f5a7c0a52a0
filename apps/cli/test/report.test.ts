import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnualReport } from '@ogi/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let folder: string;

/** The ledger behind the published 2023 report of 大场镇 (../shared/seeds): 11 natural-person requests, all disclosed. */
function seedLedger(): string {
  const lines = ['受理编号,申请人类型,收到日期,办结日期,办理结果'];
  for (let index = 1; index <= 11; index++) {
    const month = String(index).padStart(2, '0');
    lines.push(`DC2023-${month},自然人,2023-${month}-03,2023/${index}/20,予以公开`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ogi-report-'));
  writeFileSync(join(folder, 'ledger.csv'), seedLedger());
  writeFileSync(
    join(folder, 'appeals.csv'),
    'kind,filed_on,concluded_on,result\n行政复议,2023-05-10,2023-07-01,维持\n',
  );
  writeFileSync(
    join(folder, 'bad-rows.csv'),
    [
      'receipt_no,applicant_type,received_on,decided_on,outcome',
      'B-1,自然人,2023-01-02,2023-01-10,予以公开',
      'B-2,外星人,2023-01-02,2023-01-10,予以公开',
      'B-3,商业企业,2023-12-20,,',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'fees.csv'),
    [
      'receipt_no,applicant_type,received_on,decided_on,outcome,fee_yuan',
      'F-1,自然人,2023-03-01,2023-03-20,予以公开,300',
      'F-2,商业企业,2023-04-01,2023-04-20,予以公开,200元',
      'F-3,自然人,2022-12-01,2022-12-20,予以公开,900',
    ].join('\n'),
  );
  writeFileSync(join(folder, 'no-header.csv'), 'receipt_no,applicant_type\nA,自然人\n');
  writeFileSync(join(folder, 'not-json.json'), '{ nope');
  writeFileSync(join(folder, 'not-report.json'), JSON.stringify({ year: 2023, agency: 'x' }));
  mkdirSync(join(folder, 'out'));
});

const seedArgs = ['report', '--year', '2023', '--ledger', 'ledger.csv', '--appeals', 'appeals.csv'];

describe('Command: ogi report (年度报告 from a ledger)', () => {
  it('sums the fees a ledger records into section 六, counting those paid in the year', () => {
    // Act
    const result = runCli(
      ['report', '--year', '2023', '--ledger', 'fees.csv', '--agency', '某镇', '--format', 'json'],
      '',
      { INIT_CWD: folder },
    );

    // Assess
    expect(result.code, result.stderr).toBe(0);
    expect(AnnualReport.parse(result.json()).feesCollectedYuan).toBe(500);
  });

  it('assembles the seed report: 11 natural-person requests disclosed, one reconsideration upheld', () => {
    // Act
    const result = runCli([...seedArgs, '--agency', '大场镇人民政府', '--format', 'json'], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code).toBe(0);
    const report = AnnualReport.parse(result.json());
    expect(report.agency).toBe('大场镇人民政府');
    expect(report.table3.received?.naturalPerson).toBe(11);
    expect(report.table3.received?.total).toBe(11);
    expect(report.table3.disclosed?.naturalPerson).toBe(11);
    expect(report.table3.decidedTotal?.total).toBe(11);
    expect(report.table3.carriedOver?.total).toBe(0);
    expect(report.table3.carriedForward?.total).toBe(0);
    expect(report.table4.reconsideration).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(report.table4.litigationDirect.total).toBe(0);
    expect(report.checks.filter((check) => check.severity === 'error')).toEqual([]);
  });

  it('prints the drafts of the narrative that restate the tables in the JSON', () => {
    // Act
    const result = runCli([...seedArgs, '--agency', '大场镇人民政府', '--format', 'json'], '', {
      INIT_CWD: folder,
    });
    // Assess
    expect(result.code, result.stderr).toBe(0);
    expect(AnnualReport.parse(result.json()).drafts).toEqual({
      applications:
        '2023年，大场镇人民政府共收到政府信息公开申请11件，无上年结转申请。本年度办结11件，均已答复申请人，并予以公开；无结转下年度继续办理的申请。',
      appeals:
        '2023年，大场镇人民政府被申请政府信息公开行政复议1件，其中结果维持1件；未发生政府信息公开行政诉讼。',
    });
  });

  it("takes the agency from the district's config and writes the file into --out", () => {
    // Act
    const result = runCli(
      [...seedArgs, '--district', 'dachang', '--format', 'json', '--out', 'out'],
      '',
      { INIT_CWD: folder },
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const report = AnnualReport.parse(
      JSON.parse(readFileSync(join(folder, 'out', 'report-2023.json'), 'utf8')),
    );
    expect(report.agency).toBe('青岛西海岸新区大场镇人民政府');
    expect(report.table3.received?.total).toBe(11);
  });

  it.each([
    { format: 'html', looksRight: (bytes: Buffer) => bytes.toString('utf8').includes('予以公开') },
    {
      format: 'docx',
      looksRight: (bytes: Buffer) => bytes.subarray(0, 2).toString('latin1') === 'PK',
    },
  ])('renders $format into <out>/report-<year>.$format', ({ format, looksRight }) => {
    // Act
    const result = runCli(
      [...seedArgs, '--district', 'dachang', '--format', format, '--out', 'out'],
      '',
      { INIT_CWD: folder },
    );
    // Assess
    expect(result.code).toBe(0);
    expect(looksRight(readFileSync(join(folder, 'out', `report-2023.${format}`)))).toBe(true);
  });

  it('reports bad rows on stderr with their row numbers in English and Chinese, and counts the rest', () => {
    // Act
    const result = runCli(
      ['report', '--year', '2023', '--ledger', 'bad-rows.csv', '--agency', 'X', '--format', 'json'],
      '',
      { INIT_CWD: folder },
    );
    // Assess
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('row 3 [applicant_type]');
    expect(result.stderr).toContain('第3行');
    const report = AnnualReport.parse(result.json());
    expect(report.table3.received?.total).toBe(2);
    expect(report.table3.carriedForward?.commercial).toBe(1);
  });

  it.each([
    [['--ledger', 'missing.csv', '--agency', 'X', '--format', 'json'], 'ledger'],
    [['--ledger', 'no-header.csv', '--agency', 'X', '--format', 'json'], 'decided_on'],
    [['--ledger', 'ledger.csv', '--format', 'json'], 'agency'],
    [['--ledger', 'ledger.csv', '--agency', 'X', '--format', 'pdf'], 'format'],
    [['--ledger', 'ledger.csv', '--agency', 'X', '--format', 'json', '--out', 'nowhere'], 'out'],
    [['--agency', 'X', '--format', 'json'], 'ledger'],
    [
      ['--ledger', 'ledger.csv', '--appeals', 'gone.csv', '--agency', 'X', '--format', 'json'],
      'appeals',
    ],
  ])('exits with code 2 for %j and names %s', (args, field) => {
    // Act
    const result = runCli(['report', '--year', '2023', ...args], '', { INIT_CWD: folder });
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(field);
  });

  it('exits with code 2 without a year', () => {
    const result = runCli(
      ['report', '--ledger', 'ledger.csv', '--agency', 'X', '--format', 'json'],
      '',
      {
        INIT_CWD: folder,
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('year');
  });
});

describe('Command: ogi report rollup', () => {
  beforeAll(() => {
    for (const [name, agency] of [
      ['a.json', '大场镇人民政府'],
      ['b.json', '张家楼街道办事处'],
    ] as const) {
      const result = runCli(
        [...seedArgs, '--agency', agency, '--format', 'json', '--out', '.'],
        '',
        { INIT_CWD: folder },
      );
      expect(result.code).toBe(0);
      writeFileSync(join(folder, name), readFileSync(join(folder, 'report-2023.json')));
    }
  });

  it("sums two agencies' reports cell by cell, with its checks", () => {
    // Act
    const result = runCli(
      ['report', 'rollup', 'a.json', 'b.json', '--agency', '青岛西海岸新区'],
      '',
      {
        INIT_CWD: folder,
      },
    );
    // Assess
    expect(result.code).toBe(0);
    const report = AnnualReport.parse(result.json());
    expect(report.agency).toBe('青岛西海岸新区');
    expect(report.table3.received?.naturalPerson).toBe(22);
    expect(report.table3.disclosed?.total).toBe(22);
    expect(report.table4.reconsideration.upheld).toBe(2);
    expect(report.drafts?.applications).toContain(
      '2023年，青岛西海岸新区共收到政府信息公开申请22件',
    );
    expect(report.checks).toEqual([]);
  });

  it('prints the R1–R5 errors of a broken input without failing', () => {
    // Arrange
    const broken = JSON.parse(readFileSync(join(folder, 'a.json'), 'utf8'));
    broken.table3.received.total = 12;
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(broken));
    // Act
    const result = runCli(['report', 'rollup', 'broken.json', 'b.json'], '', { INIT_CWD: folder });
    // Assess
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('R2');
    expect(AnnualReport.parse(result.json()).checks.map((check) => check.id)).toContain('R2');
  });

  it.each([
    [['a.json', 'missing.json'], 'missing.json'],
    [['a.json', 'not-json.json'], 'not-json.json'],
    [['a.json', 'not-report.json'], 'table3'],
    [[], 'files'],
  ])('exits with code 2 for %j and names %s', (files, field) => {
    const result = runCli(['report', 'rollup', ...files], '', { INIT_CWD: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(field);
  });
});
