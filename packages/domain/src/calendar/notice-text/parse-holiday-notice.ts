import type { HolidayNotice } from '../types.js';
import { readAmendment } from './amendment.js';
import { noticeHead, noticeLines } from './notice-lines.js';
import { NoticeTextError, ProblemList } from './notice-text-error.js';
import { readYearlyNotice } from './yearly-notice.js';

export interface ParsedHolidayNotice {
  /** `notice` for a year's notice; `amendment` for a notice that changes one (调整…/延长…). */
  readonly kind: 'notice' | 'amendment';
  /** The year's notice: as read, or for an amendment, the year's notice of `notices` as amended. */
  readonly notice: HolidayNotice;
}

/**
 * Reads a State Council holiday notice as published (copied from the
 * government's site or a news agency, full-width or ASCII punctuation) and
 * checks it: every date exists, each weekday label (周四, 星期六) is its
 * date's, each holiday's 共N天 is its length, no day is in two holidays or
 * both rest and work, every day lies in the notice's year (or the December
 * before). The title says what the text is: `国务院办公厅关于YYYY年部分节假日
 * 安排的通知` is a year's notice; `…关于调整YYYY年X假期安排的通知` and
 * `…关于延长YYYY年X假期的通知` amend that year's notice in `notices`, which
 * must be there. The date of issue is the date alone on the last line; the
 * document number (国办发明电〔2024〕12号), when on a line of its own, joins
 * the title in the citation.
 *
 * @throws NoticeTextError listing every problem with its line, in Chinese and English.
 * @example
 * parseHolidayNotice(text).notice.holidays[0];
 * // { name: '元旦', from: '2026-01-01', to: '2026-01-03' }
 */
export function parseHolidayNotice(
  text: string,
  notices: readonly HolidayNotice[] = [],
): ParsedHolidayNotice {
  const problems = new ProblemList();
  const lines = noticeLines(text);
  const head = noticeHead(lines, problems);
  const notice =
    head === undefined
      ? undefined
      : head.title.kind === 'yearly'
        ? readYearlyNotice(head, lines, problems)
        : readAmendment(head, head.title, lines, notices, problems);
  problems.throwIfAny();
  if (!head || !notice) {
    throw new NoticeTextError([{ line: 1, zh: '无法读取通知', en: 'cannot read the notice' }]);
  }
  return { kind: head.title.kind === 'yearly' ? 'notice' : 'amendment', notice };
}
