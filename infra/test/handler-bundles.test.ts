import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleHandler, scratchDir } from '../src/handler-bundles.js';
import { appFile } from '../src/paths.js';

/** Loads `bundle` in a fresh process, calls its handler, and answers `new Function` calls made. */
function codeCompiledBy(bundle: string): { answer: unknown; compiled: number } {
  const script = `let compiled = 0;
globalThis.Function = new Proxy(Function, { construct: (target, args) => { compiled++; return Reflect.construct(target, args); } });
const { handler } = await import(${JSON.stringify(bundle)});
console.log(JSON.stringify({ answer: handler(), compiled }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
}

describe('Function: bundleHandler', () => {
  const dir = mkdtempSync(join(scratchDir(), 'bundle-test-'));

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('bundles a handler with its own X-Ray subsegment writer and no X-Ray SDK', () => {
    // Act
    const { inputs, outputs } = bundleHandler(
      appFile('intake', 'src/handlers/submit.ts'),
      join(dir, 'submit'),
    );

    // Assess: the calls are traced by ogi's middleware, loaded with the entry.
    const files = Object.keys(inputs);
    expect(files).toContain('packages/store/src/xray/trace-aws-calls.ts');
    expect(files.filter((file) => /aws-xray-sdk|cls-hooked|powertools\/tracer/.test(file))).toEqual(
      [],
    );
    const entry = Object.entries(outputs).find(([file]) => file.endsWith('/index.mjs'))?.[1];
    expect(Object.keys(entry?.inputs ?? {})).toContain(
      'packages/store/src/xray/trace-aws-calls.ts',
    );
  });

  it('runs zod without compiling a parser per schema: a cold start parses with no code built', () => {
    // Prepare
    const entry = fileURLToPath(new URL('./fixtures/parse-submission.ts', import.meta.url));
    bundleHandler(entry, join(dir, 'parse'));

    // Act
    const { answer, compiled } = codeCompiledBy(join(dir, 'parse', 'index.mjs'));

    // Assess
    expect(answer).toBe(true);
    expect(compiled).toBe(0);
  });
});
