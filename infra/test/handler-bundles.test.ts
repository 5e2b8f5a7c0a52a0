import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleHandler, scratchDir } from '../src/handler-bundles.js';
import { appFile } from '../src/paths.js';

describe('Function: bundleHandler', () => {
  const dir = mkdtempSync(join(scratchDir(), 'bundle-test-'));

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the X-Ray SDK’s v2 patcher a stand-in for semver: a traced handler loads no semver', () => {
    // Act
    const { inputs } = bundleHandler(
      appFile('intake', 'src/handlers/submit.ts'),
      join(dir, 'submit'),
    );

    // Assess: the tracer is in the bundle, semver is not.
    const files = Object.keys(inputs);
    expect(
      files.some((file) => file.includes('/aws-xray-sdk-core/dist/lib/patchers/aws_p.js')),
    ).toBe(true);
    expect(files.filter((file) => file.includes('/node_modules/semver/'))).toEqual([]);
    expect(files).toContain('infra/src/stand-ins/semver.ts');
  });

  it('refuses a bundle in which a module other than the X-Ray SDK’s v2 patcher imports semver', () => {
    // Prepare
    const entry = join(dir, 'needs-semver.mjs');
    writeFileSync(
      entry,
      "import { gte } from 'semver';\nexport const handler = () => gte('1.2.3', '1.0.0');\n",
    );

    // Act
    const act = () => bundleHandler(entry, join(dir, 'needs-semver'));

    // Assess
    expect(act).toThrow(/needs-semver\.mjs imports semver, which the handler bundles replace/);
  });
});
