import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type HolidayNotice,
  NoticeTextError,
  type ParsedHolidayNotice,
  parseHolidayNotice,
  WorkingCalendar,
} from '@ogi/domain';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';
import { optionalString, readInput, resolvePath } from '../ledger-files.js';
import {
  DOMAIN_NOTICES_DIR,
  existingNoticeFile,
  noticeFileContent,
  readNoticeFiles,
  type WrittenNotice,
  writeNoticeFile,
} from '../notice-files.js';
import { yearScheduleLines } from '../year-schedule-lines.js';
import type { CalendarOptions } from './calendar.js';

const STATUS_ZH = { new: '新增', updated: '更新' } as const;

/**
 * `ogi calendar add-notice FILE [--out DIR] [--replace] [--json]`: reads a
 * State Council holiday notice as published (UTF-8 text), checks it, and
 * writes that year's `DIR/YYYY.json` (DIR defaults to the data folder of
 * @ogi/domain) and, for a new year, `DIR/index.ts`; then prints the year's
 * holidays, make-up days and totals. An amendment (调整…/延长…) updates the
 * year's file already in DIR. A notice that does not check, or a different
 * notice for a year already there without `--replace`, exits with code 2.
 */
export function addNoticeCommand(positionals: readonly string[], options: CalendarOptions): void {
  const [file, ...extra] = positionals;
  if (file === undefined) {
    throw new UsageError('add-notice: name the text file of the notice', [
      { path: 'FILE', zh: '请指定通知全文的文本文件', en: 'name the text file of the notice' },
    ]);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const dir = noticesDir(options.out);
  const text = utf8Text(readInput(file, file), file);
  const notices = readNoticeFiles(dir);
  const parsed = parseChecked(text, notices, file);
  const kept = amendedAlready(parsed, notices, options.replace === true);
  if (!kept) refuseSilentReplacement(parsed, dir, options.replace === true);
  const notice = kept ?? parsed.notice;
  const written = kept ? keptFile(dir, notice.year) : writeNoticeFile(dir, notice);
  const others = notices.filter((each) => each.year !== notice.year);
  const calendar = new WorkingCalendar({ notices: [...others, notice] });
  const schedule = calendar.yearSchedule(notice.year);
  if (options.json) {
    printJson({ ...written, kind: parsed.kind, ...schedule });
    return;
  }
  process.stdout.write(
    `${[...writtenLines(written), '', ...yearScheduleLines(schedule)].join('\n')}\n`,
  );
}

function noticesDir(out: string | boolean | undefined): string {
  const option = optionalString(out, 'out');
  const dir = option === undefined ? DOMAIN_NOTICES_DIR : resolvePath(option);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw new UsageError(`--out: no such folder: ${dir}`, [
      { path: 'out', zh: `文件夹不存在：${dir}`, en: `no such folder: ${dir}` },
    ]);
  }
  return dir;
}

/** The text, refusing bytes that are not UTF-8 (a notice saved as GBK reads as nonsense). */
function utf8Text(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: not UTF-8 text`, [
      {
        path: file,
        zh: '文件不是UTF-8编码的文本，请另存为UTF-8',
        en: 'not UTF-8 text: save it as UTF-8',
      },
    ]);
  }
}

function parseChecked(
  text: string,
  notices: readonly HolidayNotice[],
  file: string,
): ParsedHolidayNotice {
  try {
    return parseHolidayNotice(text, notices);
  } catch (error) {
    if (!(error instanceof NoticeTextError)) throw error;
    const count = error.problems.length;
    throw new UsageError(
      `${file}: the notice does not check, ${count} problem(s)（通知未通过核对，共${count}处问题）`,
      error.problems.map((problem) => ({
        path: `line ${problem.line}`,
        zh: problem.zh,
        en: problem.en,
      })),
    );
  }
}

/**
 * The year's notice in the folder when it is this notice as amended since
 * (adding the published notices again, in any order, changes nothing).
 */
function amendedAlready(
  parsed: ParsedHolidayNotice,
  notices: readonly HolidayNotice[],
  replace: boolean,
): HolidayNotice | undefined {
  if (parsed.kind !== 'notice' || replace) return undefined;
  const existing = notices.find((notice) => notice.year === parsed.notice.year);
  const amended = existing?.notice === parsed.notice.notice && existing.amendments?.length;
  return amended ? existing : undefined;
}

function keptFile(dir: string, year: number): WrittenNotice {
  return { file: join(dir, `${year}.json`), status: 'unchanged' };
}

/** A year's notice replaces a different one of the same year (and its amendments) only when asked. */
function refuseSilentReplacement(parsed: ParsedHolidayNotice, dir: string, replace: boolean): void {
  if (parsed.kind !== 'notice' || replace) return;
  const { year } = parsed.notice;
  const existing = existingNoticeFile(dir, year);
  if (existing === undefined || existing === noticeFileContent(parsed.notice)) return;
  throw new UsageError(`${year}.json already holds a different ${year} notice`, [
    {
      path: 'replace',
      zh: `${year}年已有不同的通知（可能含调整），确需覆盖请加 --replace，再重新添加其调整通知`,
      en: `${year}.json differs (it may hold amendments): pass --replace to overwrite it, then add its amendments again`,
    },
  ]);
}

function writtenLines(written: WrittenNotice): string[] {
  return [
    written.status === 'unchanged'
      ? `未变 unchanged ${written.file}`
      : `已写入 wrote ${written.file}（${STATUS_ZH[written.status]} ${written.status}）`,
    ...(written.index ? [`已更新 updated ${written.index}`] : []),
  ];
}
