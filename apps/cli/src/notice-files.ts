import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HolidayNotice } from '@ogi/domain';

/**
 * The folder of @ogi/domain that holds one JSON file per year's State
 * Council notice (`src/calendar/notices/`) and the index importing them.
 */
export const DOMAIN_NOTICES_DIR = fileURLToPath(
  new URL('./calendar/notices/', import.meta.resolve('@ogi/domain')),
);

const YEAR_FILE = /^(\d{4})\.json$/;

/** What writing a year's notice did to its file. */
export type NoticeFileStatus = 'new' | 'updated' | 'unchanged';

export interface WrittenNotice {
  readonly file: string;
  readonly status: NoticeFileStatus;
  /** The index, when it had to be rewritten (a new year). */
  readonly index?: string;
}

/** Every year's notice in `dir`, oldest first. */
export function readNoticeFiles(dir: string): HolidayNotice[] {
  return noticeYears(dir).map(
    (year) => JSON.parse(readFileSync(join(dir, `${year}.json`), 'utf8')) as HolidayNotice,
  );
}

/** The JSON a year's file holds for `notice`. */
export function noticeFileContent(notice: HolidayNotice): string {
  return `${JSON.stringify(notice, null, 2)}\n`;
}

/** The content of `dir/YYYY.json` for `year`, if there is one. */
export function existingNoticeFile(dir: string, year: number): string | undefined {
  const file = join(dir, `${year}.json`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Writes `dir/YYYY.json` for the notice, then the index if the years changed. */
export function writeNoticeFile(dir: string, notice: HolidayNotice): WrittenNotice {
  const file = join(dir, `${notice.year}.json`);
  const content = noticeFileContent(notice);
  const before = existingNoticeFile(dir, notice.year);
  if (before !== content) writeFileSync(file, content);
  const status: NoticeFileStatus =
    before === undefined ? 'new' : before === content ? 'unchanged' : 'updated';
  const indexFile = join(dir, 'index.ts');
  const index = noticeIndexSource(noticeYears(dir));
  if (existsSync(indexFile) && readFileSync(indexFile, 'utf8') === index) return { file, status };
  writeFileSync(indexFile, index);
  return { file, status, index: indexFile };
}

/**
 * `index.ts` of a notices folder: one JSON import per year, and the list
 * `NATIONAL_NOTICES` is made of. Formatted as Biome formats it.
 */
export function noticeIndexSource(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  return [
    "// One import per year's file in this folder; `pnpm ogi calendar add-notice` rewrites it.",
    "import type { HolidayNotice } from '../types.js';",
    ...sorted.map((year) => `import notice${year} from './${year}.json' with { type: 'json' };`),
    '',
    "/** Each year's notice, as amended, oldest first. */",
    'export const NOTICES_BY_YEAR: readonly HolidayNotice[] = [',
    ...sorted.map((year) => `  notice${year},`),
    '];',
    '',
  ].join('\n');
}

function noticeYears(dir: string): number[] {
  return readdirSync(dir)
    .map((name) => YEAR_FILE.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}
