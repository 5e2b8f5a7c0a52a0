import {
  type AnnualReport,
  type Message,
  NARRATIVE_HEADINGS,
  NARRATIVE_SECTIONS,
} from '@ogi/schema';

/** A part of the report staff must still write before it can be published. */
export interface PublicationGap {
  /** `table2`, or `narrative.一` / `narrative.五` / `narrative.六`. */
  readonly path: string;
  readonly message: Message;
}

/**
 * What a report lacks to be published in the national template: table 二
 * (section 二, 主动公开) and the text of sections 一, 五 and 六, which only
 * staff can supply. The template has no optional section, and a published
 * report with blank cells or an empty heading is what the checks exist to
 * prevent; a section with nothing to report says so (“无”).
 *
 * @example publicationGaps(report) // [{ path: 'narrative.五', message: { zh: '…', en: '…' } }]
 */
export function publicationGaps(report: AnnualReport): PublicationGap[] {
  const gaps: PublicationGap[] = [];
  if (report.table2 === undefined) {
    gaps.push({
      path: 'table2',
      message: {
        zh: '表二（主动公开政府信息情况）尚未填写，发布前须填写（没有的填0）',
        en: 'table 二 (proactive disclosure) is not filled in: enter it (0 where there is none)',
      },
    });
  }
  for (const section of NARRATIVE_SECTIONS) {
    if ((report.narrative?.[section] ?? '').trim() !== '') continue;
    gaps.push({
      path: `narrative.${section}`,
      message: {
        zh: `“${NARRATIVE_HEADINGS[section]}”尚未撰写，发布前须填写（无相关内容的写“无”）`,
        en: `section ${NARRATIVE_HEADINGS[section]} is empty: write it (“无” when there is nothing to report)`,
      },
    });
  }
  return gaps;
}
