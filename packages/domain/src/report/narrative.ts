import {
  type AnnualReport,
  type Check,
  type Message,
  NARRATIVE_SECTIONS,
  type Narrative,
  type NarrativeSection,
  OUTCOMES,
  type OutcomeGroup,
  type ReportTimeliness,
} from '@ogi/schema';
import { describeNarrative } from './cells.js';

/**
 * A figure the narrative can state, and the table cells it must agree with:
 * - `received`: 共收到申请N件 → 一 总计 (also 一 + 二 when the text says 收到和办理);
 * - `carriedOver`: 上年结转N件 → 二 总计; `carriedForward`: 结转（下年度）N件,
 *   无下年度结转 (0) → 四 总计;
 * - `disclosed`, `partlyDisclosed`, `withheld`, `unavailable`, `notProcessed`,
 *   `otherProcessing`: 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 /
 *   其他处理 N件 → the 总计 of （一）, （二） and of all the rows of （三）…（六）;
 * - `reconsideration`: 行政复议N件 → 表四 复议 总计; `litigation`: 行政诉讼N件 →
 *   both lawsuit blocks' 总计 together;
 * - `allNaturalPersons`: 均为自然人 → every request in 一 came from natural persons;
 * - `allDisclosed`: 均…予以公开 → every request decided in the year is in （一）;
 * - `allUpheld`: 均（被）维持 → every case of table 四 is 结果维持 (none pending);
 * - 未发生行政复议 / 无行政诉讼 → 0 cases;
 * - `feesYuan`: 收取信息处理费N元, 未收取信息处理费 (0) → section 六's fees;
 * - `answeredOnTime`: 按时答复N件; `answeredLate`: 逾期答复N件, 未按时答复N件,
 *   无逾期答复 (0); `allAnsweredOnTime`: 均（已）按时答复, 均在法定期限内答复 →
 *   the report's timeliness of the year's answers (Art. 33), when it states
 *   one: the answers not known either way may be either.
 */
export type NarrativeFigure =
  | 'received'
  | 'receivedAndHandled'
  | 'carriedOver'
  | 'carriedForward'
  | 'disclosed'
  | 'partlyDisclosed'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'otherProcessing'
  | 'reconsideration'
  | 'litigation'
  | 'allNaturalPersons'
  | 'allDisclosed'
  | 'allUpheld'
  | 'feesYuan'
  | 'answeredOnTime'
  | 'answeredLate'
  | 'allAnsweredOnTime';

/** A figure quoted in a narrative: the phrase as written and the number it states. */
export interface QuotedFigure {
  readonly figure: NarrativeFigure;
  /** The phrase exactly as the narrative writes it. */
  readonly phrase: string;
  /** The number stated; null for a claim without one (均为自然人). */
  readonly value: number | null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a number written in Arabic digits (half- or full-width) or in
 * Chinese numerals (十一, 二十三, 一百零五, 两千, 一万二千, 二〇二三); null if
 * `text` is not a number.
 *
 * @example parseChineseNumber('二十三') // 23
 */
export function parseChineseNumber(text: string): number | null {
  const s = toAsciiDigits(text.trim());
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let number = 0;
  let previousWasDigit = false;
  for (const ch of s) {
    const digit = CN_DIGITS[ch];
    const unit = CN_UNITS[ch];
    if (digit !== undefined) {
      // Digit after digit (二〇二三) is positional; 零 after a unit is a placeholder.
      number = previousWasDigit ? number * 10 + digit : digit;
      previousWasDigit = true;
    } else if (unit !== undefined) {
      section += (previousWasDigit ? number : 1) * unit;
      number = 0;
      previousWasDigit = false;
    } else {
      total += (section + number || 1) * 10_000;
      section = 0;
      number = 0;
      previousWasDigit = false;
    }
  }
  return total + section + number;
}

/** A number, after optional spaces: Arabic digits (either width) or Chinese numerals. */
const NUM = '\\s*([0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)';
/** 申请, 申请数量为, 申请共计: the word before the number of requests. */
const APPLICATIONS = '申请(?:数量)?[为共计达]*';
/** Digits and numerals a figure's number may start with. */
const NUMBER_START = '[0-9０-９零〇一二两三四五六七八九十]';
/**
 * Words between a keyword and its number: no punctuation, digit, list or
 * conjunction, and no minus sign, which belongs to the number (行政诉讼-1件 is
 * not 1 case).
 */
const GAP = '[^，。；：、,.;:！!？?（）()\\s0-9０-９和及与或\\-−－]{0,15}?';
const COUNT = '\\s*(?:件|份)';
const CASES = '\\s*(?:件|起|宗)';

interface Pattern {
  readonly figure: NarrativeFigure;
  readonly regex: RegExp;
  /** The value a claim without a number states. */
  readonly fixed?: number | null;
  /** May share text with another figure's phrase (未发生行政复议、行政诉讼 states two). */
  readonly sharesText?: boolean;
}

const PATTERNS: readonly Pattern[] = [
  {
    figure: 'receivedAndHandled',
    regex: new RegExp(
      `(?:共|累计)?(?:收到|受理)(?:和|并|及)办理${GAP}${APPLICATIONS}${NUM}${COUNT}`,
      'g',
    ),
  },
  {
    figure: 'received',
    regex: new RegExp(`(?:共|累计)?(?:收到|受理|新收)${GAP}${APPLICATIONS}${NUM}${COUNT}`, 'g'),
  },
  { figure: 'received', regex: new RegExp(`共收到${NUM}${COUNT}`, 'g') },
  {
    figure: 'received',
    regex: /(?:未|没有)(?:收到|受理)[^，。；,;]{0,12}?申请/g,
    fixed: 0,
  },
  { figure: 'carriedOver', regex: new RegExp(`上一?年度?结转${GAP}${NUM}${COUNT}`, 'g') },
  {
    figure: 'carriedForward',
    regex: new RegExp(`(?<!上一?年度?)结转${GAP}${NUM}${COUNT}`, 'g'),
  },
  {
    figure: 'carriedOver',
    regex: /(?:无|没有)上一?年度?结转|上一?年度?(?:无|没有)结转/g,
    fixed: 0,
  },
  {
    figure: 'carriedForward',
    regex: new RegExp(`(?:无|没有)(?:下一?年度?)?结转(?!\\s*${NUMBER_START})(?:下一?年度?)?`, 'g'),
    fixed: 0,
  },
  { figure: 'disclosed', regex: new RegExp(`(?<!部分|不)予以公开${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'partlyDisclosed', regex: new RegExp(`部分(?:予以)?公开${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'withheld', regex: new RegExp(`不予(?:以)?公开${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'unavailable', regex: new RegExp(`无法提供${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'notProcessed', regex: new RegExp(`不予处理${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'otherProcessing', regex: new RegExp(`其他处理${GAP}${NUM}${COUNT}`, 'g') },
  { figure: 'reconsideration', regex: new RegExp(`行政复议${GAP}${NUM}${CASES}`, 'g') },
  { figure: 'litigation', regex: new RegExp(`行政诉讼${GAP}${NUM}${CASES}`, 'g') },
  {
    figure: 'reconsideration',
    regex: /(?:未发生|没有发生|无)[^，。；,;]{0,12}?行政复议/g,
    fixed: 0,
    sharesText: true,
  },
  {
    figure: 'litigation',
    regex: /(?:未发生|没有发生|无)[^，。；,;]{0,16}?行政诉讼/g,
    fixed: 0,
    sharesText: true,
  },
  { figure: 'allNaturalPersons', regex: /均为自然人|全部为自然人|全部来自自然人/g, fixed: null },
  {
    figure: 'allDisclosed',
    // Only in a sentence about requests (申请, 答复): 均…主动予以公开 is about proactive disclosure.
    regex: new RegExp(
      `(?:均|全部)(?=[^。；;]{0,30}?(?:申请|答复))[^。；;]{0,25}?(?<!部分|不|主动)予以公开(?!\\s*${NUMBER_START})`,
      'g',
    ),
    fixed: null,
  },
  {
    figure: 'allUpheld',
    // Only after 复议 or 诉讼 in the same sentence: 均维持在较高水平 is no claim about cases.
    regex: /(?<=(?:复议|诉讼)[^。；;]{0,20}?)(?:均|全部)(?:被)?(?:予以)?维持/g,
    fixed: null,
  },
  {
    figure: 'answeredOnTime',
    regex: new RegExp(`(?<!未|未能|没有|不)按时(?:予以)?答复${GAP}${NUM}${COUNT}`, 'g'),
  },
  {
    figure: 'answeredLate',
    regex: new RegExp(
      `(?:(?<!无|没有|未出现|未发生|不存在)逾期(?:予以)?答复|(?:未|未能|没有)按时(?:予以)?答复)${GAP}${NUM}${COUNT}`,
      'g',
    ),
  },
  {
    figure: 'answeredLate',
    regex: /(?:无|没有|未出现|未发生|不存在)逾期(?:予以)?答复/g,
    fixed: 0,
  },
  {
    figure: 'allAnsweredOnTime',
    // Shares its text with 均…予以公开 (均已按时答复申请人，并予以公开 states both).
    regex: /(?:均|全部)(?:已|已经)?(?:按时|按期|在法定期限内|在规定期限内)(?:予以|作出)?答复/g,
    fixed: null,
    sharesText: true,
  },
  {
    figure: 'feesYuan',
    regex: /(?:收取|收缴)(?:政府信息公开)?信息处理费\s*([0-9０-９]+(?:\.[0-9０-９]+)?)\s*元/g,
  },
  {
    figure: 'feesYuan',
    regex:
      /(?:未|没有|无|不)(?:收取|收缴)(?:任何)?(?:政府信息公开)?信息处理费|信息处理费[为共计]*\s*(?:0|０|零)\s*元/g,
    fixed: 0,
  },
];

/**
 * The figures a narrative states about tables 三 and 四 and section 六's
 * fees, in order of appearance. Numbers in other sentences (公开各类政府信息216条,
 * 浏览量560万) are not figures.
 *
 * @example quotedFigures('2023年，大场镇共收到和办理政府信息公开申请11件')
 * // [{ figure: 'receivedAndHandled', phrase: '共收到和办理政府信息公开申请11件', value: 11 }]
 */
export function quotedFigures(text: string): QuotedFigure[] {
  const found: { index: number; quoted: QuotedFigure }[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      // The first pattern to claim a stretch of text wins (收到和办理 before 收到).
      if (!pattern.sharesText && taken.some(([from, to]) => start < to && from < end)) continue;
      const value =
        pattern.fixed === undefined ? parseChineseNumber(match[1] ?? '') : pattern.fixed;
      if (pattern.fixed === undefined && value === null) continue;
      if (!pattern.sharesText) taken.push([start, end]);
      found.push({ index: start, quoted: { figure: pattern.figure, phrase: match[0], value } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.quoted);
}

/** What a quoted figure is compared with: the table value(s) that agree, and where they are. */
interface Expectation {
  /** The values that agree with the tables. */
  readonly accepted: readonly number[];
  /** Every value from the one accepted up to this one agrees too (answers not known either way). */
  readonly upTo?: number;
  /** Where the compared value is, for the message. */
  readonly source: Message;
  /** For claims without a number: the table's side, e.g. `自然人9件，总计11件`. */
  readonly actual?: Message;
}

function groupTotal(report: AnnualReport, group: OutcomeGroup): number {
  let sum = 0;
  for (const row of OUTCOMES) if (row.group === group) sum += report.table3[row.code].total;
  return sum;
}

function table3Total(zh: string, en: string, accepted: readonly number[]): Expectation {
  return {
    accepted: [...new Set(accepted)],
    source: { zh: `表三“${zh}”总计`, en: `table 3, ${en}, total` },
  };
}

/** A claim without a number: agrees (1) or not (0). */
function claim(holds: boolean, source: Message, actual: Message): Expectation {
  return { accepted: holds ? [1] : [], source, actual };
}

function expectationOf(report: AnnualReport, figure: NarrativeFigure): Expectation | null {
  const t3 = report.table3;
  const t4 = report.table4;
  switch (figure) {
    case 'received':
      return table3Total('一、本年新收政府信息公开申请数量', 'received', [t3.received.total]);
    case 'receivedAndHandled':
      return table3Total(
        '一、本年新收政府信息公开申请数量',
        'received (or received + carriedOver)',
        [t3.received.total, t3.received.total + t3.carriedOver.total],
      );
    case 'carriedOver':
      return table3Total('二、上年结转政府信息公开申请数量', 'carriedOver', [t3.carriedOver.total]);
    case 'carriedForward':
      return table3Total('四、结转下年度继续办理', 'carriedForward', [t3.carriedForward.total]);
    case 'disclosed':
      return table3Total('（一）予以公开', 'disclosed', [t3.disclosed.total]);
    case 'partlyDisclosed':
      return table3Total('（二）部分公开', 'partly-disclosed', [t3['partly-disclosed'].total]);
    case 'withheld':
      return table3Total('（三）不予公开', 'the rows of （三）', [groupTotal(report, '（三）')]);
    case 'unavailable':
      return table3Total('（四）无法提供', 'the rows of （四）', [groupTotal(report, '（四）')]);
    case 'notProcessed':
      return table3Total('（五）不予处理', 'the rows of （五）', [groupTotal(report, '（五）')]);
    case 'otherProcessing':
      return table3Total('（六）其他处理', 'the rows of （六）', [groupTotal(report, '（六）')]);
    case 'reconsideration':
      return {
        accepted: [t4.reconsideration.total],
        source: { zh: '表四“行政复议”总计', en: 'table 4, reconsideration, total' },
      };
    case 'litigation':
      return {
        accepted: [t4.litigationDirect.total + t4.litigationAfterReconsideration.total],
        source: {
          zh: '表四“行政诉讼”两项总计之和',
          en: 'table 4, litigationDirect.total + litigationAfterReconsideration.total',
        },
      };
    case 'allNaturalPersons': {
      const { naturalPerson, total } = t3.received;
      return claim(
        naturalPerson === total,
        { zh: '表三“一、本年新收政府信息公开申请数量”', en: 'table 3, received' },
        {
          zh: `自然人${naturalPerson}件，总计${total}件`,
          en: `naturalPerson ${naturalPerson}, total ${total}`,
        },
      );
    }
    case 'allDisclosed': {
      const disclosed = t3.disclosed.total;
      const decided = t3.decidedTotal.total;
      return claim(
        disclosed === decided,
        { zh: '表三“三、本年度办理结果”', en: 'table 3, outcomes' },
        {
          zh: `予以公开${disclosed}件，（七）总计${decided}件`,
          en: `disclosed ${disclosed}, decidedTotal ${decided}`,
        },
      );
    }
    case 'allUpheld': {
      const upheld =
        t4.reconsideration.upheld +
        t4.litigationDirect.upheld +
        t4.litigationAfterReconsideration.upheld;
      const cases =
        t4.reconsideration.total +
        t4.litigationDirect.total +
        t4.litigationAfterReconsideration.total;
      return claim(
        upheld === cases,
        { zh: '表四', en: 'table 4' },
        { zh: `结果维持${upheld}件，总计${cases}件`, en: `upheld ${upheld} of ${cases} cases` },
      );
    }
    case 'answeredOnTime':
    case 'answeredLate':
    case 'allAnsweredOnTime':
      return report.timeliness ? timelinessExpectation(report.timeliness, figure) : null;
    case 'feesYuan':
      return report.feesCollectedYuan === undefined
        ? null
        : {
            accepted: [report.feesCollectedYuan],
            source: { zh: '六、信息处理费收取金额（元）', en: 'feesCollectedYuan' },
          };
  }
}

function timelinessExpectation(
  timeliness: ReportTimeliness,
  figure: 'answeredOnTime' | 'answeredLate' | 'allAnsweredOnTime',
): Expectation {
  const { onTime, late, unknown } = timeliness;
  const source: Message = {
    zh: '本年度办结申请的答复时限记录',
    en: 'the timeliness of the answers',
  };
  if (figure === 'allAnsweredOnTime') {
    return claim(late === 0, source, {
      zh: `按时答复${onTime}件，逾期答复${late}件${unknown === 0 ? '' : `，未记载${unknown}件`}`,
      en: `${onTime} on time, ${late} late${unknown === 0 ? '' : `, ${unknown} not known`}`,
    });
  }
  const known = figure === 'answeredOnTime' ? onTime : late;
  return {
    accepted: [known],
    ...(unknown === 0 ? {} : { upTo: known + unknown }),
    source:
      figure === 'answeredOnTime'
        ? { zh: `${source.zh}中按时答复的件数`, en: `${source.en}: on time` }
        : { zh: `${source.zh}中逾期答复的件数`, en: `${source.en}: late` },
  };
}

/** Whether a quoted value agrees: one of the accepted values, or within the range they open. */
function agreesWith(expectation: Expectation, value: number | null): boolean {
  const { accepted, upTo } = expectation;
  if (value === null) return accepted.length > 0;
  if (accepted.includes(value)) return true;
  const [least] = accepted;
  return upTo !== undefined && least !== undefined && value >= least && value <= upTo;
}

/**
 * R8: every figure quoted in the narrative (sections 一, 五, 六) that
 * contradicts the tables, one warning each, pointing at the section and
 * quoting the phrase. Fees, and whether answers were on time, are compared
 * only when the report states them.
 */
export function checkNarrative(report: AnnualReport, narrative: Narrative | undefined): Check[] {
  const checks: Check[] = [];
  for (const section of NARRATIVE_SECTIONS) {
    const text = narrative?.[section];
    if (!text) continue;
    const seen = new Set<string>();
    for (const quoted of quotedFigures(text)) {
      const expectation = expectationOf(report, quoted.figure);
      if (!expectation) continue;
      const agrees = agreesWith(expectation, quoted.value);
      const key = `${quoted.figure}:${quoted.phrase}`;
      if (agrees || seen.has(key)) continue;
      seen.add(key);
      checks.push(warning(section, quoted, expectation));
    }
  }
  return checks;
}

function warning(section: NarrativeSection, quoted: QuotedFigure, expectation: Expectation): Check {
  const where = describeNarrative(section);
  const { source, actual, upTo } = expectation;
  const stated = {
    zh:
      upTo === undefined ? expectation.accepted.join('或') : `${expectation.accepted[0]}至${upTo}`,
    en:
      upTo === undefined
        ? expectation.accepted.join(' or ')
        : `${expectation.accepted[0]} to ${upTo}`,
  };
  const message: Message = actual
    ? {
        zh: `${where.zh}写“${quoted.phrase}”，但${source.zh}为${actual.zh}`,
        en: `${where.en} says "${quoted.phrase}", but ${source.en} has ${actual.en}`,
      }
    : {
        zh: `${where.zh}写“${quoted.phrase}”（${quoted.value}），但${source.zh}为${stated.zh}`,
        en: `${where.en} says "${quoted.phrase}" (${quoted.value}), but ${source.en} is ${stated.en}`,
      };
  return { id: 'R8', severity: 'warning', cell: `narrative.${section}`, message };
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
