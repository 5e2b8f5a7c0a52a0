import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ogi-import-cli-'));
  writeFileSync(
    join(folder, 'ledger.csv'),
    'receipt_no,applicant_type,received_on,decided_on,outcome\nA-1,自然人,2023-01-02,,\n',
  );
});

/** No local stack runs on an empty data folder, and no deployed table is named. */
const noStore = () => ({ INIT_CWD: folder, OGI_TABLE_NAME: '', AWS_REGION: '' });

describe('Command: ogi import (bad input, before any write)', () => {
  it('asks for a ledger when neither --ledger nor --appeals is given', () => {
    // Act
    const result = runCli(['import'], '', { INIT_CWD: folder });

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('请用--ledger指定登记台账');
  });

  it('names a ledger file that does not exist, before looking for a store', () => {
    // Act
    const result = runCli(['import', '--ledger', 'missing.csv'], '', { INIT_CWD: folder });

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--ledger: no such file');
  });

  it('says to start the local stack when none runs on the data folder', () => {
    // Act
    const result = runCli(['import', '--ledger', 'ledger.csv', '--data-dir', '.'], '', {
      INIT_CWD: folder,
    });

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bash scripts/start.sh');
  });

  it('names what is missing to reach a deployed table: AWS_REGION, then --district', () => {
    // Act
    const noRegion = runCli(['import', '--ledger', 'ledger.csv'], '', {
      ...noStore(),
      OGI_TABLE_NAME: 'ogi-dachang',
      AWS_REGION: '',
    });
    const noDistrict = runCli(['import', '--ledger', 'ledger.csv'], '', {
      ...noStore(),
      OGI_TABLE_NAME: 'ogi-dachang',
      AWS_REGION: 'cn-north-1',
    });

    // Assess
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain('AWS_REGION');
    expect(noDistrict.code).toBe(2);
    expect(noDistrict.stderr).toContain('--district: is required');
  });
});
