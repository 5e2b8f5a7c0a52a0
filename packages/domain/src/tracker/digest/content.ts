import type { IsoDate } from '@ogi/schema';
import { dateWithWeekdayZh, workingDaysLeftZh } from '../format.js';
import type { OfficeNotice, Reminder } from '../types.js';

/** What every digest of one sweep shares: the district and the day. */
export interface DigestContext {
  readonly district: {
    /** The district as staff call it, e.g. 大场镇: the subject reads 【大场镇政府信息公开】. */
    readonly name: string;
    /** Where staff open a case: `${webOrigin}/staff/requests/${id}`. */
    readonly webOrigin: string;
  };
  /** The sweep's day, in the district's time zone. */
  readonly asOf: IsoDate;
}

/** One line about one reminder under its request. */
export interface DigestLine {
  readonly what: string;
  readonly article: string;
  /** `期限` or, for a moved deadline, `新期限`. */
  readonly deadlineLabel: string;
  /** The deadline with its weekday: `2026-10-22（星期四）`. */
  readonly deadline: string;
  readonly daysLeft: string;
  readonly late: boolean;
}

/** One request in a digest: only its receipt number and the masked name identify it. */
export interface DigestEntry {
  readonly receiptNo: string;
  readonly maskedName: string;
  readonly link: string;
  readonly lines: readonly DigestLine[];
}

/** A section of the digest: requests with their lines, or the office notices. */
export type DigestSection =
  | { readonly kind: 'requests'; readonly title: string; readonly entries: readonly DigestEntry[] }
  | { readonly kind: 'notices'; readonly title: string; readonly items: readonly string[] };

/** A digest's content, before it is written out as plain text and as HTML. */
export interface DigestContent {
  readonly subject: string;
  readonly heading: string;
  readonly sections: readonly DigestSection[];
  readonly footer: string;
}

const SECTION_NUMBERS = ['一', '二', '三'] as const;

const FOOTER =
  '本邮件由政府信息公开系统在每个工作日自动发送。为保护申请人个人信息，邮件只列受理编号和隐去部分的申请人姓名，详情请登录系统查看。';

/**
 * What one recipient's digest says: the requests that need something done,
 * the deadlines a calendar change moved, and the office notices, each in
 * its own section; requests by their earliest deadline.
 */
export function digestContent(
  reminders: readonly Reminder[],
  notices: readonly OfficeNotice[],
  context: DigestContext,
): DigestContent {
  const district = oneLine(context.district.name);
  const due = entriesOf(
    reminders.filter((reminder) => reminder.kind !== 'deadlines-moved'),
    context,
  );
  const moved = entriesOf(
    reminders.filter((reminder) => reminder.kind === 'deadlines-moved'),
    context,
  );
  const requestCount = new Set(reminders.map((reminder) => reminder.requestId)).size;
  const sections: DigestSection[] = [];
  if (due.length > 0) {
    sections.push({ kind: 'requests', title: `需要办理的申请（${due.length}件）`, entries: due });
  }
  if (moved.length > 0) {
    sections.push({ kind: 'requests', title: `期限调整（${moved.length}件）`, entries: moved });
  }
  if (notices.length > 0) {
    sections.push({
      kind: 'notices',
      title: `工作提醒（${notices.length}项）`,
      items: notices.map((notice) => oneLine(notice.text)),
    });
  }
  return {
    subject: subjectOf(district, requestCount, notices.length),
    heading: `${district}政府信息公开期限提醒：${dateWithWeekdayZh(context.asOf)}`,
    sections: sections.map((section, i) => ({
      ...section,
      title: `${SECTION_NUMBERS[i]}、${section.title}`,
    })),
    footer: FOOTER,
  };
}

function subjectOf(district: string, requests: number, notices: number): string {
  const parts = [
    requests > 0 ? `${requests}件申请期限提醒` : null,
    notices > 0 ? `${notices}项工作提醒` : null,
  ].filter((part) => part !== null);
  return `【${district}政府信息公开】${parts.join('、')}`;
}

function entriesOf(reminders: readonly Reminder[], context: DigestContext): DigestEntry[] {
  const byRequest = new Map<string, { first: Reminder; all: Reminder[] }>();
  for (const reminder of [...reminders].sort(byDeadline)) {
    const group = byRequest.get(reminder.requestId);
    if (group) group.all.push(reminder);
    else byRequest.set(reminder.requestId, { first: reminder, all: [reminder] });
  }
  const origin = context.district.webOrigin.replace(/\/+$/, '');
  return [...byRequest.values()].map(({ first, all }) => ({
    receiptNo: oneLine(first.receiptNo),
    maskedName: oneLine(first.maskedName),
    link: `${origin}/staff/requests/${encodeURIComponent(first.requestId)}`,
    lines: all.map(lineOf),
  }));
}

function lineOf(reminder: Reminder): DigestLine {
  return {
    what: oneLine(reminder.text),
    article: oneLine(reminder.article),
    deadlineLabel: reminder.kind === 'deadlines-moved' ? '新期限' : '期限',
    deadline: dateWithWeekdayZh(reminder.deadline),
    daysLeft: workingDaysLeftZh(reminder.workingDaysLeft),
    late: reminder.kind === 'overdue',
  };
}

const byDeadline = (a: Reminder, b: Reminder) =>
  a.deadline < b.deadline
    ? -1
    : a.deadline > b.deadline
      ? 1
      : a.receiptNo < b.receiptNo
        ? -1
        : a.receiptNo > b.receiptNo
          ? 1
          : 0;

/** A field as one line: control characters and runs of white space become one space. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}
