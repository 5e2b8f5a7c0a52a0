import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DistrictConfig, fieldErrorsOrData } from '@ogi/schema';
import { InvalidDistrictConfigError, UnknownDistrictError } from './errors.js';

/** The folder of the shipped district configs: `infra/districts`, one `<id>.json` each. */
export const DISTRICTS_DIR = fileURLToPath(new URL('..', import.meta.url));

/** This package's own files beside the configs. */
const NOT_DISTRICTS = new Set(['package.json', 'tsconfig.json']);

const isDistrictId = (id: string) => DistrictConfig.shape.id.safeParse(id).success;

/**
 * The names (without `.json`) of the district configs in `dir` (default: the
 * shipped ones), sorted. A misnamed file is listed too, so that loading it fails.
 */
export function districtIds(dir: string = DISTRICTS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.') && !NOT_DISTRICTS.has(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/**
 * Reads `<dir>/<id>.json` and validates it with `DistrictConfig`, defaults filled.
 * Throws `UnknownDistrictError` for a malformed id or a missing file,
 * `InvalidDistrictConfigError` (naming each field) for an unreadable or invalid
 * file, or one whose `id` is not its file name.
 * @example
 * const district = loadDistrictConfig('dachang'); // infra/districts/dachang.json
 */
export function loadDistrictConfig(id: string, dir: string = DISTRICTS_DIR): DistrictConfig {
  if (!isDistrictId(id)) throw new UnknownDistrictError(id, 'not an id');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UnknownDistrictError(id, 'no file');
    }
    throw new InvalidDistrictConfigError(id, [
      { path: '', zh: `地区配置文件无法读取：${id}.json`, en: String(error) },
    ]);
  }
  const result = fieldErrorsOrData(DistrictConfig, raw);
  if (!result.ok) throw new InvalidDistrictConfigError(id, result.errors);
  if (result.data.id !== id) {
    throw new InvalidDistrictConfigError(id, [
      {
        path: 'id',
        zh: `地区标识应与文件名一致：${id}`,
        en: `must match the file name: ${id}`,
      },
    ]);
  }
  return result.data;
}
