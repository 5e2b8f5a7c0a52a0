import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO_ROOT, SCRATCH_ROOT } from './paths.js';

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
 * The folder of one handler's Lambda code: `index.mjs` and the chunks it
 * loads on first use (esbuild code splitting, as `apps/local/bench/bundles.ts`
 * measures them), with source maps. Built once per process: every district's
 * function of this handler gets the same folder, hence the same asset.
 *
 * The folder's depth under the workspace never changes, so the source maps'
 * relative paths, and with them the asset hash, are the same on every synth.
 */
export function handlerBundle(entry: string): string {
  const known = built.get(entry);
  if (known && existsSync(known)) return known;
  const outdir = join(scratchDir(), `handler-${built.size}`);
  buildSync({
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
    // Stack traces need the mappings only: the sources would double the upload.
    sourcesContent: false,
    entryNames: 'index',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    // The Lambda runtime has the AWS SDK v3.
    external: ['@aws-sdk/*'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  built.set(entry, outdir);
  return outdir;
}
