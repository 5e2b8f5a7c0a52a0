/**
 * Synth time (issue 12): `buildApp` + `synth` for 1 district and for 20,
 * offline, each into a scratch folder, with peak memory. The 20 are copies
 * of the shipped 大场镇 config under other ids, as a county deploying all
 * its towns from one repository would have. Handlers are bundled once per
 * process (`handler-bundles.ts`), so the 1-district run pays for bundling
 * and the 20 reuse its bundles, as one `pnpm synth` of 20 districts does.
 * cdk-nag's packs run in both, as on every synth.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDistrictConfig } from '@ogi/districts';
import { buildApp } from '../src/app.js';

const SIZES = [1, 20] as const;

function districtsDir(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-synth-districts-'));
  const template = loadDistrictConfig('dachang');
  for (let i = 1; i <= count; i += 1) {
    const id = `town-${String(i).padStart(2, '0')}`;
    writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...template, id }));
  }
  return dir;
}

function synthOnce(count: number): { seconds: number; stacks: number } {
  const dir = districtsDir(count);
  const outdir = mkdtempSync(join(tmpdir(), 'ogi-synth-out-'));
  try {
    const districts = Array.from({ length: count }, (_, i) =>
      loadDistrictConfig(`town-${String(i + 1).padStart(2, '0')}`, dir),
    );
    const started = performance.now();
    const assembly = buildApp(districts, { outdir }).synth();
    return { seconds: (performance.now() - started) / 1000, stacks: assembly.stacks.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outdir, { recursive: true, force: true });
  }
}

console.log('synth (buildApp + synth, offline, esbuild bundling included):');
for (const size of SIZES) {
  process.stderr.write(`synth: ${size} district(s)…\n`);
  const { seconds, stacks } = synthOnce(size);
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `  ${String(size).padStart(2)} district(s): ${stacks} stack(s) in ${seconds.toFixed(1)} s` +
      ` (${(seconds / size).toFixed(2)} s a district), process RSS ${rss.toFixed(0)} MB`,
  );
}
