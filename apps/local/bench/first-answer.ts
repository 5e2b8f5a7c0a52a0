/**
 * Cold starts to the first answer: each handler bundled as synth bundles it,
 * loaded in a fresh process as a Lambda cold start does, then invoked twice
 * against the local stack's emulators. The module load alone (`bundles.ts`)
 * leaves out what the first invocation pays once per container: zod's first
 * parse of each request schema, jose and the S3 SDK loaded on first use, the
 * first connection to DynamoDB. The bare handler does the same with one
 * GetItem; the ratio is of load plus first invocation.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleHandler } from '@ogi/infra/handler-bundles';

export interface FirstAnswerTarget {
  readonly name: string;
  readonly entry: string;
  /** The event of a process's first (0) and second (1) invocation: fresh each time it is asked. */
  readonly event: (invocation: 0 | 1) => unknown;
  /** The status the handler must answer each time (none for the bare handler). */
  readonly status?: number;
}

export interface FirstAnswer {
  readonly name: string;
  readonly loadMs: number;
  readonly firstMs: number;
  readonly secondMs: number;
  /** Median over the rounds of load + first invocation over the bare handler's in the same round. */
  readonly ratio: number;
}

export interface FirstAnswerOptions {
  readonly bare: FirstAnswerTarget;
  readonly targets: readonly FirstAnswerTarget[];
  /** The handler environment, with the emulators' endpoints. */
  readonly env: Readonly<Record<string, string>>;
  readonly outDir: string;
  readonly runs: number;
  readonly progress?: (message: string) => void;
}

interface Timing {
  readonly load: number;
  readonly first: number;
  readonly second: number;
}

/** The script a fresh process runs: import, then two invocations, timed. */
const CHILD = `
const events = JSON.parse(process.env.OGI_BENCH_EVENTS);
const context = { functionName: 'ogi-bench', awsRequestId: crypto.randomUUID(), getRemainingTimeInMillis: () => 29000 };
const t0 = performance.now();
const { handler } = await import(process.env.OGI_BENCH_FILE);
const t1 = performance.now();
const first = await handler(events[0], context);
const t2 = performance.now();
const second = await handler(events[1], { ...context, awsRequestId: crypto.randomUUID() });
const t3 = performance.now();
console.log('TIMING ' + JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2, statuses: [first?.statusCode, second?.statusCode] }));
`;

/**
 * Bundles the bare handler and every target, then in each of `runs` rounds
 * runs each in a fresh process between two runs of the bare handler; a
 * ratio is the median over the rounds of its load plus first invocation
 * over the mean of the bare handler's two of that round.
 */
export function measureFirstAnswers(options: FirstAnswerOptions): FirstAnswer[] {
  rmSync(options.outDir, { recursive: true, force: true });
  try {
    const [bare, ...targets] = [options.bare, ...options.targets].map((target, i) => {
      const dir = join(options.outDir, String(i));
      mkdirSync(dir, { recursive: true });
      bundleHandler(target.entry, dir);
      return { target, file: join(dir, 'index.mjs') };
    });
    if (!bare) throw new Error('no bare handler');
    const timings = new Map<string, Timing[]>();
    const ratios = new Map<string, number[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
      map.set(key, [...(map.get(key) ?? []), value]);
    for (let run = 0; run < options.runs; run++) {
      options.progress?.(`cold starts to the first answer, round ${run + 1} of ${options.runs}`);
      const before = runOnce(bare.target, bare.file, options.env);
      const round = targets.map(({ target, file }) => ({
        target,
        timing: runOnce(target, file, options.env),
      }));
      const after = runOnce(bare.target, bare.file, options.env);
      push(timings, bare.target.name, before);
      push(timings, bare.target.name, after);
      const bareCold = (before.load + before.first + after.load + after.first) / 2;
      for (const { target, timing } of round) {
        push(timings, target.name, timing);
        push(ratios, target.name, (timing.load + timing.first) / bareCold);
      }
    }
    return [bare, ...targets].map(({ target }) => {
      const all = timings.get(target.name) ?? [];
      return {
        name: target.name,
        loadMs: median(all.map((each) => each.load)),
        firstMs: median(all.map((each) => each.first)),
        secondMs: median(all.map((each) => each.second)),
        ratio: target === bare.target ? 1 : median(ratios.get(target.name) ?? []),
      };
    });
  } finally {
    rmSync(options.outDir, { recursive: true, force: true });
  }
}

function runOnce(
  target: FirstAnswerTarget,
  file: string,
  env: Readonly<Record<string, string>>,
): Timing {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: '',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      OGI_BENCH_FILE: file,
      OGI_BENCH_EVENTS: JSON.stringify([target.event(0), target.event(1)]),
    },
    encoding: 'utf8',
  });
  const line = result.stdout.split('\n').find((each) => each.startsWith('TIMING '));
  if (result.status !== 0 || !line) {
    throw new Error(`${target.name} failed: ${result.stderr}`);
  }
  const timing = JSON.parse(line.slice('TIMING '.length)) as Timing & {
    statuses: (number | undefined)[];
  };
  if (target.status !== undefined && timing.statuses.some((status) => status !== target.status)) {
    throw new Error(`${target.name} answered ${timing.statuses.join(', ')}, not ${target.status}`);
  }
  return timing;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** The report's lines. */
export function firstAnswerReport(answers: readonly FirstAnswer[], runs: number): string[] {
  return [
    `Cold starts to the first answer: each bundle loaded in a fresh process and invoked twice against DynamoDB Local, median of ${runs} rounds, interleaved with the bare handler (one GetItem)`,
    `  ratio: load + first invocation over the bare handler's in the same round`,
    `    ${'handler'.padEnd(44)} ${'load ms'.padStart(8)} ${'1st ms'.padStart(8)} ${'2nd ms'.padStart(8)} ${'cold ms'.padStart(8)}  ratio`,
    ...answers.map(
      (each) =>
        `    ${each.name.padEnd(44)} ${each.loadMs.toFixed(1).padStart(8)} ${each.firstMs.toFixed(1).padStart(8)} ${each.secondMs.toFixed(1).padStart(8)} ${(each.loadMs + each.firstMs).toFixed(1).padStart(8)}  ${each.ratio.toFixed(2)}×`,
    ),
  ];
}
