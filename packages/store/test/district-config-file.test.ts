import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../src/index.js';
import { environmentWithoutDistrict, testDistrict } from './handler-environment.js';

const district = {
  ...testDistrict,
  // More staff addresses than 4 KB of environment could ever hold.
  email: {
    sender: 'ogi@dachang.example.gov.cn',
    staffRecipients: ['gongkai@dachang.example.gov.cn'],
    staffAddresses: Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`工作人员${i}`, `staff${i}@dachang.example.gov.cn`]),
    ),
  },
};

const dir = mkdtempSync(join(tmpdir(), 'ogi-district-config-'));
const file = join(dir, 'district.json');
writeFileSync(file, JSON.stringify(district));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = environmentWithoutDistrict;

describe('Function: createRuntime (the config file)', () => {
  it('reads the district config from the file OGI_DISTRICT_CONFIG_FILE names, whatever its size', async () => {
    // Prepare
    expect(JSON.stringify(district).length).toBeGreaterThan(4096);

    // Act
    const runtime = await createRuntime({ ...base, OGI_DISTRICT_CONFIG_FILE: file });

    // Assess
    expect(runtime.district.id).toBe('dachang');
    expect(Object.keys(runtime.district.email?.staffAddresses ?? {})).toHaveLength(200);
  });

  it('throws naming both variables when the config is given twice', async () => {
    // Act
    const create = createRuntime({
      ...base,
      OGI_DISTRICT_CONFIG_FILE: file,
      OGI_DISTRICT_CONFIG: JSON.stringify(district),
    });

    // Assess
    await expect(create).rejects.toThrow(/OGI_DISTRICT_CONFIG or OGI_DISTRICT_CONFIG_FILE/);
  });

  it('throws naming the file when it cannot be read', async () => {
    // Prepare
    const missing = join(dir, 'missing.json');

    // Act
    const create = createRuntime({ ...base, OGI_DISTRICT_CONFIG_FILE: missing });

    // Assess
    await expect(create).rejects.toThrow(missing);
  });

  it('throws naming the field when the file holds an invalid config', async () => {
    // Prepare
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...district, id: '' }));

    // Act
    const create = createRuntime({ ...base, OGI_DISTRICT_CONFIG_FILE: invalid });

    // Assess
    await expect(create).rejects.toThrow(/OGI_DISTRICT_CONFIG: not a valid district config/);
  });
});
