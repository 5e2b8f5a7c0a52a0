import { readFileSync } from 'node:fs';
import {
  type HolidayNotice,
  NATIONAL_NOTICES,
  NoticeTextError,
  parseHolidayNotice,
} from '../src/index.js';

export const FIXTURES = new URL('./fixtures/notices/', import.meta.url);

/** The published text of a notice (test/fixtures/notices/NAME.txt). */
export function published(name: string): string {
  return readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8');
}

export function nationalNotice(year: number): HolidayNotice {
  const notice = NATIONAL_NOTICES.find((candidate) => candidate.year === year);
  if (!notice) throw new Error(`no ${year} notice in NATIONAL_NOTICES`);
  return notice;
}

/** `text` with the line holding `search` changed to hold `replacement`, and that line's number. */
export function changeLine(
  text: string,
  search: string,
  replacement: string,
): { text: string; line: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(search));
  if (index < 0) throw new Error(`no line holds ${search}`);
  lines[index] = (lines[index] ?? '').replace(search, replacement);
  return { text: lines.join('\n'), line: index + 1 };
}

/** The number (from 1) of the first line of `text` that holds `search`. */
export function lineOf(text: string, search: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(search));
  if (index < 0) throw new Error(`no line holds ${search}`);
  return index + 1;
}

/** The error a text is refused with. */
export function refusalOf(text: string, notices: readonly HolidayNotice[] = []): NoticeTextError {
  try {
    parseHolidayNotice(text, notices);
  } catch (error) {
    if (error instanceof NoticeTextError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

/** The problems a text is refused with. */
export function problemsOf(text: string, notices: readonly HolidayNotice[] = []) {
  return refusalOf(text, notices).problems;
}

const NUMERALS = '一二三四五六七八九十';

/**
 * A year's notice whose numbered lines (一、二、…) are `items`, from line 3 on,
 * signed on 1 December of the year before.
 */
export function noticeWith(year: number, items: readonly string[]): string {
  return [
    `国务院办公厅关于${year}年部分节假日安排的通知`,
    '',
    ...items.map((item, index) => `${NUMERALS[index]}、${item}`),
    '',
    '国务院办公厅',
    `${year - 1}年12月1日`,
  ].join('\n');
}
