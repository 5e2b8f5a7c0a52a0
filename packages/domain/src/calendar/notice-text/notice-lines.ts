import type { IsoDate } from '@ogi/schema';
import { checkedDate } from './notice-dates.js';
import type { ProblemList } from './notice-text-error.js';

/** One line of a notice, NFKC-normalised (full-width brackets, colons and commas become ASCII) and trimmed. */
export interface NoticeLine {
  /** 1 for the first line of the text. */
  readonly number: number;
  readonly text: string;
}

/** The title of a year's notice. */
export interface YearlyTitle {
  readonly kind: 'yearly';
  readonly title: string;
  readonly year: number;
  readonly line: number;
}

/** The title of a notice that changes a year's notice. */
export interface AmendmentTitle {
  readonly kind: 'amendment';
  readonly title: string;
  readonly year: number;
  /** 延长 extends the festival's holiday; 调整 replaces its dates. */
  readonly extendsHoliday: boolean;
  readonly festival: string;
  readonly line: number;
}

/** What the title says the text is: a year's notice, or a change to one. */
export type NoticeTitle = YearlyTitle | AmendmentTitle;

export interface NoticeHead {
  readonly title: NoticeTitle;
  /** 国办发明电〔2024〕12号, when the text gives it. */
  readonly documentNumber?: string;
  /** The date the notice is signed with, its last line (2024年11月12日). */
  readonly issuedOn: IsoDate;
}

const YEARLY_TITLE = /国务院办公厅关于(\d{4})年部分节假日安排的通知/;
const AMENDMENT_TITLE =
  /国务院办公厅关于(调整|延长)(\d{4})年(\S+?)(?:假期安排|放假安排|假期)的通知/;
const DOCUMENT_NUMBER = /^国办[^\s〔]*〔\d{4}〕\d+号$/;
const SIGNED_ON = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const TITLE_START = '国务院办公厅关于';

/** The text's lines, numbered from 1, normalised. */
export function noticeLines(text: string): NoticeLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line.normalize('NFKC').trim() }));
}

/**
 * The title (found on any line, also inside a news agency's lead, or split
 * over two lines as official layouts print it), the document number, and the
 * date of issue (the last line that is a date alone). Adds a problem and
 * answers undefined when the title or the date is missing.
 */
export function noticeHead(
  lines: readonly NoticeLine[],
  problems: ProblemList,
): NoticeHead | undefined {
  const title = findTitle(lines);
  if (!title) {
    problems.add(
      1,
      '找不到通知标题，如“国务院办公厅关于2027年部分节假日安排的通知”或“国务院办公厅关于调整2019年劳动节假期安排的通知”',
      'no title found, such as 国务院办公厅关于2027年部分节假日安排的通知 or 国务院办公厅关于调整2019年劳动节假期安排的通知',
    );
  }
  const documentNumber = lines.find((line) => DOCUMENT_NUMBER.test(line.text))?.text;
  const signed = [...lines].reverse().find((line) => SIGNED_ON.test(line.text));
  if (!signed) {
    problems.add(
      lines.length,
      '找不到成文日期：通知末尾应单独一行写明日期，如“2025年11月4日”',
      'no date of issue: the notice ends with its date on a line of its own, such as 2025年11月4日',
    );
  }
  if (!title || !signed) return undefined;
  const [, year, month, day] = SIGNED_ON.exec(signed.text) ?? [];
  const issuedOn = checkedDate(
    Number(year),
    Number(month),
    Number(day),
    [],
    signed.number,
    problems,
  );
  if (!issuedOn) return undefined;
  return { title, ...(documentNumber ? { documentNumber } : {}), issuedOn };
}

function findTitle(lines: readonly NoticeLine[]): NoticeTitle | undefined {
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1]?.text ?? '';
    const text =
      line.text.startsWith(TITLE_START) && !line.text.includes('通知')
        ? line.text + next
        : line.text;
    const yearly = YEARLY_TITLE.exec(text);
    if (yearly) {
      return { kind: 'yearly', title: yearly[0], year: Number(yearly[1]), line: line.number };
    }
    const amendment = AMENDMENT_TITLE.exec(text);
    if (amendment) {
      return {
        kind: 'amendment',
        title: amendment[0],
        extendsHoliday: amendment[1] === '延长',
        year: Number(amendment[2]),
        festival: amendment[3] ?? '',
        line: line.number,
      };
    }
  }
  return undefined;
}

/** A numbered line that dates something (一、元旦：1月1日…), without its number. */
export interface DatedItem {
  readonly line: number;
  readonly body: string;
}

const NUMBERED = /^[一二三四五六七八九十]+、(.+)$/;
const MENTIONS_A_DATE = /\d日/;

/**
 * The numbered lines that mention a date: the schedule. Numbered lines
 * without a date (an amendment's 二、各地区、各部门要…) and unnumbered ones
 * (the addressees, the preamble, the closing) say nothing about the days.
 */
export function datedItems(lines: readonly NoticeLine[]): DatedItem[] {
  const items: DatedItem[] = [];
  for (const line of lines) {
    const body = NUMBERED.exec(line.text)?.[1];
    if (body !== undefined && MENTIONS_A_DATE.test(body)) items.push({ line: line.number, body });
  }
  return items;
}
