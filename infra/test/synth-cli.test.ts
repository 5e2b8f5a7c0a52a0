import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const INFRA = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = join(INFRA, 'districts', 'dachang.json');

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function districtsWith(id: string, config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-infra-districts-'));
  scratch.push(dir);
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(config));
  return dir;
}

function synth(dir: string, ...args: string[]) {
  return spawnSync('node', ['--import', 'tsx', 'src/main.ts', '--quiet', ...args], {
    cwd: INFRA,
    encoding: 'utf8',
    env: { ...process.env, OGI_DISTRICTS_DIR: dir },
  });
}

describe('pnpm synth: a bad district file', () => {
  it('fails before synthesising, naming the file, the field and the reason in both languages', () => {
    // Prepare
    const config = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    const dir = districtsWith('broken', {
      ...config,
      id: 'broken',
      deployment: { ...config.deployment, region: 'mars-east-1' },
    });
    const outdir = join(dir, 'out');

    // Act
    const run = synth(dir, '--outdir', outdir);

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('district broken');
    expect(run.stderr).toContain(join(dir, 'broken.json'));
    expect(run.stderr).toMatch(/deployment\.region: .+ \/ .+/);
  });

  it('refuses a district without a deployment section, naming the field', () => {
    // Prepare
    const { deployment: _left, ...config } = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    const dir = districtsWith('undeployed', { ...config, id: 'undeployed' });

    // Act
    const run = synth(dir, '--outdir', join(dir, 'out'));

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('deployment: 缺少部署设置');
  });
});
