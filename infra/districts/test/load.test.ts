import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DistrictConfigError,
  districtIds,
  InvalidDistrictConfigError,
  loadDistrictConfig,
  UnknownDistrictError,
} from '../src/index.js';

const MINIMAL = {
  names: { agency: '某镇人民政府', office: '某镇党政办公室' },
  contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
};

/** A scratch folder holding the given files. */
function folderWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-districts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The fields a failed load names, or none. */
function problems(load: () => unknown): readonly { path: string }[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof DistrictConfigError) return error.fields;
    throw error;
  }
}

describe('Data: the shipped district configs', () => {
  it('lists every shipped config, and none of the package files', () => {
    // Act
    const ids = districtIds();
    // Assess
    expect(ids).toContain('dachang');
    expect(ids).not.toContain('package');
    expect(ids).not.toContain('tsconfig');
  });

  it.each(districtIds())('validates %s.json against DistrictConfig, named after its id', (id) => {
    // Act
    const fields = problems(() => loadDistrictConfig(id));
    // Assess
    expect(fields).toEqual([]);
  });
});

describe('Function: loadDistrictConfig', () => {
  it('reads a config from another folder and fills the defaults', () => {
    // Prepare
    const dir = folderWith({ 'sample.json': JSON.stringify({ id: 'sample', ...MINIMAL }) });
    // Act
    const district = loadDistrictConfig('sample', dir);
    // Assess
    expect(district).toMatchObject({ id: 'sample', timeZone: 'Asia/Shanghai' });
    expect(districtIds(dir)).toEqual(['sample']);
  });

  it.each(['../etc/passwd', 'Dachang', ''])('refuses %j: not a district id', (id) => {
    // Act
    const load = () => loadDistrictConfig(id);
    // Assess
    expect(load).toThrow(UnknownDistrictError);
    expect(problems(load)).toEqual([expect.objectContaining({ path: 'district' })]);
  });

  it('refuses an id without a config file', () => {
    // Act
    const load = () => loadDistrictConfig('atlantis');
    // Assess
    expect(load).toThrow(UnknownDistrictError);
    expect(load).toThrow('no such district: atlantis');
  });

  it('names each invalid field of a config', () => {
    // Prepare
    const dir = folderWith({
      'sample.json': JSON.stringify({ id: 'sample', ...MINIMAL, reportDeadline: '13-01' }),
    });
    // Act
    const load = () => loadDistrictConfig('sample', dir);
    // Assess
    expect(load).toThrow(InvalidDistrictConfigError);
    expect(problems(load).map((field) => field.path)).toEqual(['reportDeadline']);
  });

  it('refuses a file that is not JSON', () => {
    // Prepare
    const dir = folderWith({ 'sample.json': '{"id": "sample",' });
    // Act
    const load = () => loadDistrictConfig('sample', dir);
    // Assess
    expect(load).toThrow(InvalidDistrictConfigError);
  });

  it('refuses a config whose id is not its file name', () => {
    // Prepare
    const dir = folderWith({ 'sample.json': JSON.stringify({ id: 'other', ...MINIMAL }) });
    // Act
    const load = () => loadDistrictConfig('sample', dir);
    // Assess
    expect(problems(load).map((field) => field.path)).toEqual(['id']);
  });
});
