/**
 * Annual report from a ledger (issue 4): a year of 35,000 requests (a large
 * city's volume) as a CSV 依申请公开登记台账 and as an XLSX workbook, parsed,
 * assembled, checked and rendered, each step timed; and the narrative's
 * sentences that restate the tables drafted (issue 10), many times over.
 */
import { assembleAnnualReport, checkNarrative, checkReport, draftNarrative } from '@ogi/domain';
import { OUTCOMES } from '@ogi/schema';
import ExcelJS from 'exceljs';
import { parseLedger, renderDocx, renderHtml } from '../src/index.js';

const REQUESTS = 35_000;
const TYPES = [
  '自然人',
  '自然人',
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
];
const progress = (message: string) => process.stderr.write(`… ${message}\n`);

function row(i: number): string[] {
  const received = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000);
  const open = i % 23 === 0;
  const decided = new Date(received.getTime() + (5 + (i % 30)) * 86_400_000);
  const outcome = OUTCOMES[i % OUTCOMES.length]?.label ?? '予以公开';
  return [
    `2025-${String(i + 1).padStart(6, '0')}`,
    TYPES[i % TYPES.length] ?? '自然人',
    received.toISOString().slice(0, 10),
    open ? '' : decided.toISOString().slice(0, 10),
    open ? '' : outcome,
  ];
}

const header = ['受理编号', '申请人类型', '收到日期', '办结日期', '办理结果'];
const time = async <T>(label: string, run: () => Promise<T> | T): Promise<[T, number]> => {
  progress(label);
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

const [csv, csvMs] = await time(`writing a ${REQUESTS}-row CSV ledger`, () =>
  new TextEncoder().encode(
    `${[header, ...Array.from({ length: REQUESTS }, (_, i) => row(i))].map((r) => r.join(',')).join('\n')}\n`,
  ),
);
const [xlsx, xlsxMs] = await time(`writing a ${REQUESTS}-row XLSX ledger`, async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(header);
  for (let i = 0; i < REQUESTS; i++) sheet.addRow(row(i));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
});
const onProgress = (done: number) => {
  if (done % 10_000 === 0) progress(`  ${done} rows`);
};
const [fromCsv, parseCsvMs] = await time('parsing the CSV ledger', () =>
  parseLedger(csv, { fileName: 'ledger.csv', onProgress }),
);
const [fromXlsx, parseXlsxMs] = await time('parsing the XLSX ledger', () =>
  parseLedger(xlsx, { fileName: 'ledger.xlsx', onProgress }),
);
const [report, assembleMs] = await time('assembling the 2025 report', () =>
  assembleAnnualReport({ year: 2025, agency: '某市人民政府', records: fromCsv.records }),
);
const [checks, checkMs] = await time('checking R1–R8', () => checkReport(report));
const DRAFTS = 10_000;
const [drafts, draftMs] = await time(`drafting the narrative ${DRAFTS} times`, () => {
  let drafted = draftNarrative(report);
  for (let i = 1; i < DRAFTS; i++) drafted = draftNarrative(report);
  return drafted;
});
const draftWarnings = checkNarrative(report, { 一: `${drafts.applications}${drafts.appeals}` });
const [html, htmlMs] = await time('rendering HTML', () => renderHtml(report));
const [docx, docxMs] = await time('rendering DOCX', () => renderDocx(report));

const line = (label: string, ms: number, extra = '') =>
  console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms${extra}`);
console.log(
  `\nAnnual report from a ledger of ${REQUESTS.toLocaleString('en')} requests (one year of a large city)`,
);
line(
  'parse CSV ledger',
  parseCsvMs,
  `  (${Math.round((REQUESTS / parseCsvMs) * 1000).toLocaleString('en')} rows/s, ${fromCsv.errors.length} row errors)`,
);
line(
  'parse XLSX ledger',
  parseXlsxMs,
  `  (${Math.round((REQUESTS / parseXlsxMs) * 1000).toLocaleString('en')} rows/s, ${fromXlsx.errors.length} row errors)`,
);
line(
  'assemble tables 三 and 四',
  assembleMs,
  `  (received ${report.table3.received.total}, carried forward ${report.table3.carriedForward.total})`,
);
line('check R1–R8', checkMs, `  (${checks.length} findings)`);
line(
  `draft the narrative ×${DRAFTS.toLocaleString('en')}`,
  draftMs,
  `  (${((draftMs * 1000) / DRAFTS).toFixed(1)} µs each, ${drafts.applications.length + drafts.appeals.length} characters, R8 on them: ${draftWarnings.length} warnings)`,
);
line('render HTML', htmlMs, `  (${(html.length / 1024).toFixed(0)} KB)`);
line('render DOCX', docxMs, `  (${(docx.byteLength / 1024).toFixed(0)} KB)`);
line('total from CSV (parse → DOCX)', parseCsvMs + assembleMs + checkMs + htmlMs + docxMs);
console.log(
  `  (writing the fixtures: CSV ${csvMs.toFixed(0)} ms, XLSX ${xlsxMs.toFixed(0)} ms; heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB)`,
);
if (fromCsv.errors.length > 0 || fromXlsx.records.length !== REQUESTS || draftWarnings.length > 0) {
  process.exitCode = 1;
}
