import {
  type AnnualReport,
  type NarrativeDrafts,
  OUTCOMES,
  type OutcomeGroup,
  TABLE4_COLUMN_LABELS,
  type Table4Cells,
} from '@ogi/schema';

/** The outcome families of table 三 as a narrative names them, in the template's order. */
const FAMILY_WORDS = {
  '（一）': '予以公开',
  '（二）': '部分公开',
  '（三）': '不予公开',
  '（四）': '无法提供',
  '（五）': '不予处理',
  '（六）': '其他处理',
} as const satisfies Record<OutcomeGroup, string>;

const FAMILIES = Object.keys(FAMILY_WORDS) as OutcomeGroup[];

/** The results of a block of table 四, in the template's order. */
const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** What the drafts restate: the year, the agency, tables 三 and 四, the fees and the answers' timeliness. */
export type DraftedFrom = Pick<
  AnnualReport,
  'year' | 'agency' | 'table3' | 'table4' | 'feesCollectedYuan' | 'timeliness'
>;

/**
 * The sentences of the narrative that restate tables 三 and 四 and the fees,
 * in the wording offices use: `applications`, the （二）依申请公开 paragraph of
 * section 一, and `appeals`, the sentence on 行政复议 and 行政诉讼. Every
 * figure is written so that R8 (`checkNarrative`) reads it back as the table
 * has it; a year without requests or cases says so (未收到, 未发生). Nothing is
 * said that the report cannot prove: 均已按时答复 only when it knows every
 * answer of the year on time (Art. 33), the answers on time and late when it
 * knows each, nothing of timeliness when any is unknown; and no fees when the
 * report does not state them.
 *
 * @example
 * draftNarrative(seedReport).applications
 * // '2023年，青岛西海岸新区大场镇人民政府共收到政府信息公开申请11件，无上年结转申请。本年度办结11件，均已答复申请人，并予以公开；无结转下年度继续办理的申请。本年度未收取信息处理费。'
 * draftNarrative({ ...seedReport, timeliness: { onTime: 11, late: 0, unknown: 0 } }).applications
 * // '…本年度办结11件，均已按时答复申请人，并予以公开；…'
 */
export function draftNarrative(report: DraftedFrom): NarrativeDrafts {
  return { applications: draftApplications(report), appeals: draftAppeals(report) };
}

function draftApplications(report: DraftedFrom): string {
  const t3 = report.table3;
  const received = t3.received.total;
  const carriedOver = t3.carriedOver.total;
  const decided = t3.decidedTotal.total;
  const forward =
    t3.carriedForward.total === 0
      ? '无结转下年度继续办理的申请'
      : `结转下年度继续办理${count(t3.carriedForward.total)}件`;
  const opening = [
    received !== 0
      ? `共收到政府信息公开申请${count(received)}件`
      : carriedOver === 0
        ? '未收到政府信息公开申请'
        : '未收到新的政府信息公开申请',
    carriedOver === 0 ? '无上年结转申请' : `上年结转政府信息公开申请${count(carriedOver)}件`,
  ];
  const sentences =
    decided === 0 && received === 0 && carriedOver === 0
      ? [`${report.year}年，${report.agency}${[...opening, forward].join('，')}。`]
      : [
          `${report.year}年，${report.agency}${opening.join('，')}。`,
          `本年度${decisions(report, decided)}；${forward}。`,
        ];
  if (report.feesCollectedYuan !== undefined) {
    sentences.push(
      report.feesCollectedYuan === 0
        ? '本年度未收取信息处理费。'
        : `本年度收取信息处理费${count(report.feesCollectedYuan)}元。`,
    );
  }
  return sentences.join('');
}

/**
 * 办结N件, whether they were answered on time, and what became of them: each
 * outcome family with its count, or 均…予以公开.
 */
function decisions(report: DraftedFrom, decided: number): string {
  if (decided === 0) return '尚无办结的申请';
  const timing = timingOf(report, decided);
  const allOnTime = timing?.late === 0;
  // Some late: the counts in brackets (办结3件（按时答复2件、逾期答复1件）).
  const closed =
    timing === null || allOnTime
      ? `办结${count(decided)}件`
      : `办结${count(decided)}件（${timingCounts(timing)}）`;
  const answered = allOnTime ? '均已按时答复申请人' : '均已答复申请人';
  const families = FAMILIES.map((group) => ({ group, total: familyTotal(report, group) })).filter(
    (family) => family.total !== 0,
  );
  const [only] = families;
  if (families.length === 1 && only?.group === '（一）' && only.total === decided) {
    // The seed's wording; R8 reads 均…予以公开 as "every decided request was disclosed".
    return `${closed}，${answered}，并予以公开`;
  }
  const onTime = allOnTime ? `，${answered}` : '';
  const listed = families.map((family) => `${FAMILY_WORDS[family.group]}${count(family.total)}件`);
  return listed.length === 0
    ? `${closed}${onTime}`
    : `${closed}${onTime}，其中${listed.join('，')}`;
}

/**
 * The year's answers on time and late, when the report knows each of the
 * `decided` requests to be one or the other; null when it does not (some not
 * known, or counts that do not add up to the decided requests).
 */
function timingOf(report: DraftedFrom, decided: number): { onTime: number; late: number } | null {
  const timeliness = report.timeliness;
  if (timeliness?.unknown !== 0 || timeliness.onTime + timeliness.late !== decided) return null;
  return { onTime: timeliness.onTime, late: timeliness.late };
}

/** `按时答复9件、逾期答复2件`: the counts that are not zero. */
function timingCounts(timing: { onTime: number; late: number }): string {
  return [
    timing.onTime === 0 ? '' : `按时答复${count(timing.onTime)}件`,
    `逾期答复${count(timing.late)}件`,
  ]
    .filter(Boolean)
    .join('、');
}

function familyTotal(report: DraftedFrom, group: OutcomeGroup): number {
  let sum = 0;
  for (const row of OUTCOMES) if (row.group === group) sum += report.table3[row.code].total;
  return sum;
}

function draftAppeals(report: DraftedFrom): string {
  const { reconsideration, litigationDirect, litigationAfterReconsideration } = report.table4;
  const litigation = litigationDirect.total + litigationAfterReconsideration.total;
  const opening = `${report.year}年，${report.agency}`;
  if (reconsideration.total === 0 && litigation === 0) {
    return `${opening}未发生政府信息公开行政复议、行政诉讼案件。`;
  }
  const kinds = [
    litigationDirect.total === 0 ? '' : `未经复议直接起诉${count(litigationDirect.total)}件`,
    litigationAfterReconsideration.total === 0
      ? ''
      : `复议后起诉${count(litigationAfterReconsideration.total)}件`,
  ].filter(Boolean);
  const clauses = [
    reconsideration.total === 0
      ? '未发生政府信息公开行政复议'
      : `被申请政府信息公开行政复议${count(reconsideration.total)}件${results(reconsideration)}`,
    litigation === 0
      ? '未发生政府信息公开行政诉讼'
      : `被提起政府信息公开行政诉讼${count(litigation)}件${kinds.length > 0 ? `（${kinds.join('，')}）` : ''}${results(sumBlocks(litigationDirect, litigationAfterReconsideration))}`,
  ];
  return `${opening}${clauses.join('；')}。`;
}

/** `，其中结果维持1件，尚未审结1件`: the block's results that are not zero. */
function results(cells: Table4Cells): string {
  const listed = RESULTS.filter((result) => cells[result] !== 0).map(
    (result) => `${TABLE4_COLUMN_LABELS[result]}${count(cells[result])}件`,
  );
  return listed.length === 0 ? '' : `，其中${listed.join('，')}`;
}

function sumBlocks(a: Table4Cells, b: Table4Cells): Table4Cells {
  return {
    upheld: a.upheld + b.upheld,
    corrected: a.corrected + b.corrected,
    other: a.other + b.other,
    pending: a.pending + b.pending,
    total: a.total + b.total,
  };
}

/** A count or an amount as offices print them in running text: Arabic digits. */
function count(value: number): string {
  return String(value);
}
