/**
 * The annual report through the local stack (issue 4): a year of 35,000
 * requests (a large city's volume) and its neighbours' carry-overs brought in
 * with `pnpm ogi import` (the real CLI, in a child process, against the
 * stack's DynamoDB Local), then `GET /api/staff/reports/{year}` over HTTP:
 * the route reads the year's records and carry-overs from the indexes,
 * assembles and checks the report. Then the figures page's route (issue 11),
 * `GET /api/staff/stats?year=`, over the same records: the same Queries,
 * each closed request's working days counted with the calendar.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@ogi/emulators';
import { startLocalStack } from '../src/stack.js';

const YEAR = 2025;
const REQUESTS = 35_000;
/** Requests of the year before, some still open on 1 January: the carry-overs. */
const BEFORE = 3_000;
const ROUTE_RUNS = 5;
const TYPES = ['自然人', '自然人', '商业企业', '法律服务机构', '其他'];
const OUTCOMES = ['予以公开', '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '其他'];
const progress = (message: string) => process.stderr.write(`… ${message}\n`);
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function ledgerCsv(): string {
  const lines = ['受理编号,申请人类型,收到日期,办结日期,办理结果'];
  const add = (year: number, i: number) => {
    const received = Date.UTC(year, 0, 1) + (i % 365) * DAY;
    const open = i % 23 === 0;
    const decided = open ? '' : day(received + (5 + (i % 30)) * DAY);
    const outcome = open ? '' : OUTCOMES[i % OUTCOMES.length];
    lines.push(
      `${year}-L${String(i + 1).padStart(6, '0')},${TYPES[i % TYPES.length]},${day(received)},${decided},${outcome}`,
    );
  };
  for (let i = 0; i < BEFORE; i++) add(YEAR - 1, i);
  for (let i = 0; i < REQUESTS; i++) add(YEAR, i);
  return `${lines.join('\n')}\n`;
}

/** What the bench checks and prints of `GET /api/staff/stats`' figures. */
interface StatsFigures {
  readonly received: { readonly total: number };
  readonly closed: number;
  readonly workingDaysToAnswer: { readonly median: number | null; readonly p90: number | null };
}

function medianOf(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface ImportSummary {
  readonly created: number;
  readonly unchanged: number;
}

/** `pnpm ogi import --ledger FILE --data-dir DIR`: its ledger summary and how long it took. */
async function ogiImport(ledgerFile: string, dataDir: string) {
  const started = performance.now();
  const { code, stdout } = await run([
    join(workspaceRoot(), 'apps', 'cli', 'src', 'main.ts'),
    'import',
    '--ledger',
    ledgerFile,
    '--data-dir',
    dataDir,
    '--by',
    'bench',
  ]);
  if (code !== 0) throw new Error(`the import failed (exit ${code})`);
  return { ms: performance.now() - started, summary: JSON.parse(stdout).ledger as ImportSummary };
}

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: workspaceRoot(),
    // Without the handlers' OGI_* variables this process holds: the CLI finds the stack by its data folder.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('OGI_')),
      ),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    // The CLI's progress goes straight to this bench's stderr.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout })));
}

const dataDir = mkdtempSync(join(tmpdir(), 'ogi-report-bench-'));
process.env.OGI_LOG_LEVEL = 'warn';
progress('starting the local stack');
const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'warn' });
try {
  const ledgerFile = join(dataDir, 'ledger.csv');
  writeFileSync(ledgerFile, ledgerCsv());
  const rows = BEFORE + REQUESTS;
  progress(`pnpm ogi import --ledger (${rows.toLocaleString('en')} rows)`);
  const first = await ogiImport(ledgerFile, dataDir);
  if (first.summary.created !== rows) {
    throw new Error(`imported ${first.summary.created} of ${rows} rows`);
  }
  progress('the same ledger again (every row already stored)');
  const again = await ogiImport(ledgerFile, dataDir);
  if (again.summary.unchanged !== rows) throw new Error('the second import changed something');

  const login = await fetch(`${stack.url}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: '赵公开办', role: 'office' }),
  });
  const { token } = (await login.json()) as { token: string };
  progress(`GET /api/staff/reports/${YEAR} × ${ROUTE_RUNS}`);
  const times: number[] = [];
  let received = 0;
  let carriedOver = 0;
  for (let i = 0; i < ROUTE_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${stack.url}/api/staff/reports/${YEAR}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as {
      report: { table3: Record<string, { total: number }> };
    };
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`GET report answered ${response.status}`);
    received = body.report.table3.received?.total ?? 0;
    carriedOver = body.report.table3.carriedOver?.total ?? 0;
    progress(`  run ${i + 1}: ${times.at(-1)?.toFixed(0)} ms`);
  }
  if (received !== REQUESTS)
    throw new Error(`the report counts ${received} received, not ${REQUESTS}`);
  const median = medianOf(times);

  progress(`GET /api/staff/stats?year=${YEAR} × ${ROUTE_RUNS}`);
  const statsTimes: number[] = [];
  let figures: StatsFigures | undefined;
  for (let i = 0; i < ROUTE_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${stack.url}/api/staff/stats?year=${YEAR}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { figures: StatsFigures };
    statsTimes.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`GET stats answered ${response.status}`);
    figures = body.figures;
    progress(`  run ${i + 1}: ${statsTimes.at(-1)?.toFixed(0)} ms`);
  }
  if (figures?.received.total !== REQUESTS) {
    throw new Error(`the figures count ${figures?.received.total} received, not ${REQUESTS}`);
  }

  console.log(
    `\nAnnual report ${YEAR} through the local stack: ${REQUESTS.toLocaleString('en')} requests that year and ${BEFORE.toLocaleString('en')} the year before, from a CSV ledger`,
  );
  console.log(
    `  pnpm ogi import (parse + conditional writes)  ${(first.ms / 1000).toFixed(1).padStart(7)} s  ${Math.round((rows / first.ms) * 1000).toLocaleString('en')} rows/s (CLI start-up included)`,
  );
  console.log(
    `  the same ledger again (all unchanged)         ${(again.ms / 1000).toFixed(1).padStart(7)} s  ${Math.round((rows / again.ms) * 1000).toLocaleString('en')} rows/s`,
  );
  console.log(
    `  GET /api/staff/reports/${YEAR} (read, assemble, check)  first ${times[0]?.toFixed(0)} ms, median of ${ROUTE_RUNS} ${median.toFixed(0)} ms`,
  );
  console.log(`  table 三: received ${received}, carried over ${carriedOver}`);
  console.log(
    `  GET /api/staff/stats?year=${YEAR} (read, count working days)  first ${statsTimes[0]?.toFixed(0)} ms, median of ${ROUTE_RUNS} ${medianOf(statsTimes).toFixed(0)} ms`,
  );
  console.log(
    `  figures: ${figures.closed} closed, working days to close median ${figures.workingDaysToAnswer.median}, 90th percentile ${figures.workingDaysToAnswer.p90}`,
  );
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
