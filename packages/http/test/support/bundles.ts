import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

/** A TypeScript source whose `handler` throws on line 2, from `failDeep` called on line 6. */
export const THROWER_SOURCE = `export function failDeep(reason: string): never {
  throw new Error(\`boom: \${reason}\`);
}
export function handler(): void {
  const value = 40 + 2;
  failDeep(String(value));
}
`;

export interface Bundle {
  /** The bundle's folder: `src/` holds the TypeScript, `out/` the bundle. */
  readonly dir: string;
  /** `out/index.mjs`. */
  readonly entry: string;
  /** `out/index.mjs.map`. */
  readonly map: string;
}

const dirs: string[] = [];

/**
 * `source` written to `src/<name>` in a fresh folder and bundled into
 * `out/index.mjs` as infra bundles a handler: esbuild, minified ESM for
 * Node, an external source map without the sources' content.
 */
export function bundleOf(source: string, name = 'thrower.ts'): Bundle {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-http-bundle-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', name), source);
  buildSync({
    entryPoints: [join(dir, 'src', name)],
    outdir: join(dir, 'out'),
    entryNames: 'index',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'error',
  });
  return { dir, entry: join(dir, 'out', 'index.mjs'), map: join(dir, 'out', 'index.mjs.map') };
}

/** Removes every folder `bundleOf` made. */
export function removeBundles(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs `script` as an ES module in a fresh Node process without
 * `--enable-source-maps` (as a function now runs), and answers its stdout
 * and stderr.
 */
export function runNode(script: string): { stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`node failed: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** The stack of what the bundle's `handler` throws, as V8 writes it without source maps. */
export function stackOf(bundle: Bundle): string {
  const url = JSON.stringify(pathToFileURL(bundle.entry).href);
  const { stdout } = runNode(
    `const { handler } = await import(${url}); try { handler(); } catch (error) { process.stdout.write(error.stack); }`,
  );
  return stdout;
}
