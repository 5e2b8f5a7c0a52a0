/**
 * Handler bundles exactly as the CDK builds them (`bundleHandler` of
 * `@ogi/infra`: esbuild, minified, node22, ESM with code splitting, source
 * maps, AWS SDK left to the Lambda runtime, zod jitless), loaded as the
 * functions load them (no `NODE_OPTIONS`): each one's size and module load
 * time, and that load as a ratio of a bare handler's (`bare-handler.ts`: the
 * DynamoDB document client and nothing else, bundled the same way), measured
 * side by side in the same run. Milliseconds alone vary twofold between
 * machines; the ratio does not.
 *
 * Code splitting puts what a handler imports only on first use (jose, for
 * staff tokens; the letters' DOCX writer) in chunks of their own: the bytes a
 * cold start loads are the entry and what it imports statically. Tracing
 * adds no chunk: the X-Ray subsegment writer is part of the entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleHandler } from '@ogi/infra/handler-bundles';
import type { Metafile } from 'esbuild';

/** What one bundle must stay under, in bytes. */
export const MAX_BUNDLE_BYTES = 300 * 1024;
/** A handler's module load at most this many times the bare handler's. */
export const MAX_LOAD_RATIO = 1.3;

export interface BundleTarget {
  /** `POST /api/requests`, or what the bundle is. */
  readonly name: string;
  /** The entry file. */
  readonly entry: string;
  /** A layer of what handlers load (`layers/`), shown for comparison, not held to the budgets. */
  readonly layer?: boolean;
}

/** One environment the bundles are loaded in, e.g. tracing off or on. */
export interface LoadConfiguration {
  readonly name: string;
  /** Added to the handler environment for this configuration's loads. */
  readonly env: Readonly<Record<string, string>>;
}

export interface BundleLoad {
  readonly configuration: string;
  readonly name: string;
  /** What a cold start loads: the entry and its static imports. */
  readonly bytes: number;
  /** Every chunk of the bundle, loaded at cold start or not. */
  readonly totalBytes: number;
  /** Median module load in milliseconds. */
  readonly loadMs: number;
  /** Median over the rounds of the load over the bare handler's in the same round and configuration. */
  readonly ratio: number;
  /** A layer (`BundleTarget.layer`), not held to the budgets. */
  readonly layer?: boolean;
}

export interface BundleOptions {
  readonly targets: readonly BundleTarget[];
  /** The bare handler every load is compared with. */
  readonly bare: BundleTarget;
  /** The handler environment, as the cloud sets it. */
  readonly env: Readonly<Record<string, string>>;
  readonly configurations: readonly LoadConfiguration[];
  /** Where bundles are written: inside the workspace, so the AWS SDK resolves as on Lambda. */
  readonly outDir: string;
  /** Loads of each bundle in each configuration; the median counts. */
  readonly runs: number;
  readonly progress?: (message: string) => void;
}

/**
 * Bundles every target and the bare handler, then loads each in a fresh
 * process `runs` times per configuration, interleaved (every bundle once,
 * then every bundle again) so that a busy moment on the machine falls on all
 * of them alike. In each round, every configuration's handlers load between
 * two loads of the bare handler, and a handler's ratio is the median over
 * the rounds of its load over the mean of those two: on a shared machine
 * whose speed drifts from minute to minute, each load is compared with the
 * bare handler's of the same moment. The bare handler's median is taken
 * over all its loads, in every configuration.
 */
export function measureBundles(options: BundleOptions): BundleLoad[] {
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  try {
    // One set of bundles, loaded in every configuration: only the environment differs.
    const [bare, ...handlers] = [options.bare, ...options.targets].map((target, i) => {
      const dir = join(options.outDir, `${i}-${target.name.replaceAll(/[^a-z]+/gi, '-')}`);
      return { target, ...bundle(target.entry, dir) };
    });
    if (!bare) throw new Error('no bare handler');
    // Per configuration and bundle, its load in each round; the bare handler's, the mean of
    // its loads just before and just after the configuration's other bundles in that round.
    const loads = new Map<string, number[]>();
    const record = (configuration: LoadConfiguration, outfile: string, ms: number) => {
      const key = `${configuration.name}\n${outfile}`;
      loads.set(key, [...(loads.get(key) ?? []), ms]);
    };
    const bareLoads: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      options.progress?.(`module loads, round ${run + 1} of ${options.runs}`);
      for (const configuration of options.configurations) {
        const env = { ...options.env, ...configuration.env };
        const before = loadOnce(bare.outfile, env);
        for (const file of handlers)
          record(configuration, file.outfile, loadOnce(file.outfile, env));
        const after = loadOnce(bare.outfile, env);
        record(configuration, bare.outfile, (before + after) / 2);
        bareLoads.push(before, after);
      }
    }
    // The bare handler reads nothing that differs between configurations: all its loads count.
    const bareMs = median(bareLoads);
    return options.configurations.flatMap((configuration) => {
      const bareRounds = loads.get(`${configuration.name}\n${bare.outfile}`) ?? [];
      return [
        {
          configuration: configuration.name,
          name: bare.target.name,
          bytes: bare.startBytes,
          totalBytes: bare.totalBytes,
          loadMs: bareMs,
          ratio: 1,
        },
        ...handlers.map((file) => {
          const rounds = loads.get(`${configuration.name}\n${file.outfile}`) ?? [];
          return {
            configuration: configuration.name,
            name: file.target.name,
            ...(file.target.layer ? { layer: true } : {}),
            bytes: file.startBytes,
            totalBytes: file.totalBytes,
            loadMs: median(rounds),
            // Each round's load over the bare handler's of the same moment: the machine's
            // slower and faster minutes fall on both sides of the ratio.
            ratio: median(rounds.map((ms, round) => ms / (bareRounds[round] ?? Number.NaN))),
          };
        }),
      ];
    });
  } finally {
    rmSync(options.outDir, { recursive: true, force: true });
  }
}

interface Bundle {
  /** The entry file, `index.mjs`. */
  readonly outfile: string;
  /** The entry and its static imports: what a cold start loads. */
  readonly startBytes: number;
  readonly totalBytes: number;
}

/** One handler into `dir` as synth bundles it (`bundleHandler`). */
function bundle(entry: string, dir: string): Bundle {
  const { outputs } = bundleHandler(entry, dir);
  // Source maps are read only to map a stack trace: not code, not counted.
  const code = Object.keys(outputs).filter((key) => !key.endsWith('.map'));
  const entryKey = code.find((key) => outputs[key]?.entryPoint !== undefined);
  if (entryKey === undefined) throw new Error(`no entry in the bundle of ${entry}`);
  const bytesOf = (keys: Iterable<string>) =>
    [...keys].reduce((sum, key) => sum + (outputs[key]?.bytes ?? 0), 0);
  return {
    outfile: join(dir, 'index.mjs'),
    startBytes: bytesOf(staticClosure(outputs, [entryKey])),
    totalBytes: bytesOf(code),
  };
}

/** The outputs `start` loads before it runs: itself and its static imports, transitively. */
function staticClosure(outputs: Metafile['outputs'], start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...start];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.kind === 'import-statement' && imported.external !== true) {
        pending.push(imported.path);
      }
    }
  }
  return seen;
}

/** Milliseconds to import `file` in a fresh process, as a Lambda cold start does. */
function loadOnce(file: string, env: Readonly<Record<string, string>>): number {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
    ],
    {
      env: {
        ...process.env,
        ...env,
        // As deployed: no NODE_OPTIONS (source maps are read only when an error is logged).
        NODE_OPTIONS: '',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`loading ${file} failed: ${result.stderr}`);
  // The handler may log at import; the time is the last line.
  return Number(result.stdout.trim().split('\n').at(-1));
}

function median(values: readonly number[] | undefined): number {
  const sorted = [...(values ?? [])].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** The bundles' lines of the benchmark's report, one block per configuration. */
export function bundleReport(loads: readonly BundleLoad[], runs: number): string[] {
  const lines = [
    `Handler bundles as deployed (infra's bundleHandler: esbuild, minified, node22, ESM with code splitting, source maps read only for a logged error, AWS SDK external as on Lambda); module load without NODE_OPTIONS, as deployed: median of ${runs} fresh processes, interleaved`,
    `  ratio: median over the ${runs} rounds of each load over the bare handler's, loaded before and after its configuration's handlers in that round`,
    `  targets: what a cold start loads < ${MAX_BUNDLE_BYTES / 1024} KB, load ≤ ${MAX_LOAD_RATIO}× the bare handler's (DynamoDB document client only), same run`,
  ];
  const configurations = [...new Set(loads.map((load) => load.configuration))];
  for (const configuration of configurations) {
    lines.push(`  ${configuration}`);
    lines.push(
      `    ${'bundle'.padEnd(58)} ${'loaded KB'.padStart(9)} ${'all KB'.padStart(7)} ${'load ms'.padStart(8)}  ratio`,
    );
    for (const load of loads.filter((each) => each.configuration === configuration)) {
      const size = load.bytes / 1024;
      const verdicts = load.layer
        ? ['a layer, for comparison']
        : [
            load.bytes < MAX_BUNDLE_BYTES ? '' : `OVER ${MAX_BUNDLE_BYTES / 1024} KB`,
            load.ratio <= MAX_LOAD_RATIO ? '' : `OVER ${MAX_LOAD_RATIO}×`,
          ].filter(Boolean);
      lines.push(
        `    ${load.name.padEnd(58)} ${size.toFixed(1).padStart(9)} ${(load.totalBytes / 1024).toFixed(1).padStart(7)} ${load.loadMs.toFixed(1).padStart(8)}  ${load.ratio.toFixed(2)}×  ${verdicts.length === 0 ? 'ok' : verdicts.join(', ')}`,
      );
    }
  }
  return lines;
}
