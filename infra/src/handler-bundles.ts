import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, type Metafile } from 'esbuild';
import { REPO_ROOT, SCRATCH_ROOT } from './paths.js';

/**
 * What every output file of a bundle starts with, so that it runs before any
 * module of the file: a `require` for the CommonJS modules bundled into ESM,
 * and zod told not to compile a parser per object schema (`jitless`, set
 * through the global zod reads its config from, since the schemas are built
 * before any module of ours could call `z.config`). Compiling pays on the
 * thousandth parse of a schema; a Lambda container parses each a few times
 * before it is gone, and the first parse of each, at a cold start, costs
 * twice as much with it (README, Benchmarks).
 */
export const BUNDLE_BANNER = [
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  'globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };',
].join('\n');

/**
 * Bundles one handler into `outdir` as one Lambda function's code: `index.mjs`
 * (minified ESM for node22, its `handler` export) and, by code splitting, the
 * chunks it imports only on first use (jose, the S3 SDK's users), each with its
 * source map; the AWS SDK v3 is left to the Lambda runtime. The functions run
 * without `--enable-source-maps`, with which Node would read and parse every
 * loaded chunk's map at module load (2–5 ms of each cold start) for the rare
 * error stack: `@ogi/http`'s logger maps a stack through the maps when it
 * logs one.
 *
 * This is the one definition of a deployed function's code: synth
 * (`handlerBundle`) and the bundle benchmark (`apps/local/bench/bundles.ts`)
 * both call it, so the benchmark's numbers describe the deployed artifacts.
 * Returns esbuild's metafile, its paths relative to the workspace root.
 */
export function bundleHandler(entry: string, outdir: string): Metafile {
  const { metafile } = buildSync({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    sourcemap: true,
    // The logger maps stacks with the mappings only: the sources would double the upload.
    sourcesContent: false,
    entryNames: 'index',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    external: ['@aws-sdk/*'],
    banner: { js: BUNDLE_BANNER },
    metafile: true,
    logLevel: 'error',
  });
  return metafile;
}

const built = new Map<string, string>();
let scratch: string | undefined;

/** A folder of this process's own under `SCRATCH_ROOT`, removed when the process exits. */
export function scratchDir(): string {
  if (!scratch) {
    mkdirSync(SCRATCH_ROOT, { recursive: true });
    const dir = mkdtempSync(join(SCRATCH_ROOT, 'run-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}

/**
 * The folder of one handler's Lambda code (`bundleHandler`), built once per
 * process: every district's function of this handler gets the same folder,
 * hence the same asset.
 *
 * The folder's depth under the workspace never changes, so the source maps'
 * relative paths, and with them the asset hash, are the same on every synth.
 */
export function handlerBundle(entry: string): string {
  const known = built.get(entry);
  if (known && existsSync(known)) return known;
  const outdir = join(scratchDir(), `handler-${built.size}`);
  bundleHandler(entry, outdir);
  built.set(entry, outdir);
  return outdir;
}
