import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleHandler, scratchDir } from '../src/handler-bundles.js';
import { appFile } from '../src/paths.js';

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
});
