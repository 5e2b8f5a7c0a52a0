import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const INFRA = fileURLToPath(new URL('..', import.meta.url));

function cdkCli(...args: string[]) {
  return spawnSync('node', ['--import', 'tsx', 'src/cdk-cli.ts', ...args], {
    cwd: INFRA,
    encoding: 'utf8',
  });
}

describe('pnpm run deploy: a careless operator', () => {
  it('refuses a deploy that names no district, before the CDK CLI starts', () => {
    // Act
    const run = cdkCli('deploy', '--', '--profile', 'admin');

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--district ID');
  });

  it('refuses an unknown district and a path-like id, naming them', () => {
    // Act
    const unknown = cdkCli('deploy', '--district', 'nosuch');
    const traversal = cdkCli('deploy', '--district', '../../etc/passwd');

    // Assess
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('找不到地区配置：nosuch');
    expect(traversal.status).toBe(2);
    expect(traversal.stderr).toContain('not a district id');
  });

  it('refuses to bootstrap a district whose config names no account, naming that district', () => {
    // Act: the shipped districts deploy to the CLI's current account.
    const run = cdkCli('bootstrap', '--district', 'dachang', '--district', 'zhangzheng');

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('district dachang: bootstrap needs deployment.account');
  });

  it('refuses a command other than deploy, diff, destroy and bootstrap', () => {
    // Act
    const run = cdkCli('import', '--district', 'dachang');

    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
