import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ogi-tick-cli-'));
});

/** No local stack runs on an empty data folder, and no deployed table is named. */
const noStore = () => ({ INIT_CWD: folder, OGI_TABLE_NAME: '', AWS_REGION: '' });

describe('Command: ogi tick (bad arguments)', () => {
  it('refuses a date that is not a real day, naming --date, before looking for a store', () => {
    // Act
    const result = runCli(['tick', '--date', '2026-02-30'], '', noStore());

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date: not a date YYYY-MM-DD: 2026-02-30');
    expect(result.stdout).toBe('');
  });

  it('refuses a day outside the span the clock computes with, naming --date and the span', () => {
    // Act
    const result = runCli(['tick', '--date', '2150-01-01'], '', noStore());

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--date');
    expect(result.stderr).toContain('2019-01-01');
    expect(result.stdout).toBe('');
  });

  it('refuses an option it does not know, naming it', () => {
    // Act
    const result = runCli(['tick', '--day', '2026-10-08'], '', noStore());

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--day');
  });

  it('says to start the local stack when none runs on the data folder', () => {
    // Act
    const result = runCli(['tick', '--data-dir', '.'], '', noStore());

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bash scripts/start.sh');
  });

  it('asks for --district with OGI_TABLE_NAME', () => {
    // Act
    const result = runCli(['tick'], '', {
      ...noStore(),
      OGI_TABLE_NAME: 'ogi-dachang',
      AWS_REGION: 'cn-north-1',
    });

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--district: is required');
  });
});
