import * as z from 'zod';
import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS } from './applicant.js';
import { IsoDate } from './dates.js';
import {
  type AppealKind,
  AppealKind as AppealKindSchema,
  AppealResult,
  MAX_FEE_YUAN,
} from './events.js';
import { OUTCOME_CODES, OUTCOME_GROUPS, OutcomeCode, outcomeRow } from './outcomes.js';
import { OptionalMultiLineText, SingleLineText } from './text.js';
import { ReportYear } from './vocabulary.js';

/**
 * The annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号) as the
 * project's public JSON interchange format, and the inputs it is assembled
 * from. Labels are verbatim from the template (design/REPORT-TEMPLATE.md).
 *
 * Cells are finite numbers within ±`REPORT_CELL_LIMIT` here: the schema
 * checks the shape (every row, column and block present, no unknown key) and
 * the bound, and the checks R1–R8 judge the values, so a hand-edited report
 * with −1 or 1.5 in a cell gets a check pointing at that cell rather than a
 * parse failure.
 */

// ───────────────────────────── table 三 ─────────────────────────────

/** The columns of table 三: the six applicant columns, then 总计. */
export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

/** Chinese labels of table 三's columns, as the template prints them. */
export const TABLE3_COLUMN_LABELS = {
  ...APPLICANT_COLUMN_LABELS,
  total: '总计',
} as const satisfies Record<Table3Column, string>;

/** The rows of table 三 in the template's order: 一, 二, the 21 outcomes, （七）总计, 四. */
export const TABLE3_ROWS = [
  'received',
  'carriedOver',
  ...OUTCOME_CODES,
  'decidedTotal',
  'carriedForward',
] as const;
export type Table3RowKey = (typeof TABLE3_ROWS)[number];

/** The rows of table 三 that are not outcomes, with their verbatim labels. */
export const TABLE3_SUMMARY_ROW_LABELS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  decidedTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

/**
 * The verbatim label of a row of table 三; an outcome row is prefixed with its
 * group, e.g. `（三）不予公开 1.属于国家秘密`.
 *
 * @example table3RowLabel('unavailable-not-held') // '（四）无法提供 1.本机关不掌握相关政府信息'
 */
export function table3RowLabel(row: Table3RowKey): string {
  if (
    row === 'received' ||
    row === 'carriedOver' ||
    row === 'decidedTotal' ||
    row === 'carriedForward'
  ) {
    return TABLE3_SUMMARY_ROW_LABELS[row];
  }
  const outcome = outcomeRow(row);
  return outcome.item === undefined
    ? `${outcome.group}${outcome.label}`
    : `${outcome.group}${OUTCOME_GROUPS[outcome.group]} ${outcome.item}.${outcome.label}`;
}

/** The header note of table 三 that states R1. */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/**
 * The largest magnitude of a report cell: 一亿. More requests, documents or
 * decisions than any agency counts in a year, more 万元 (一万亿元) of
 * administrative fees and more yuan of processing fees than any collects;
 * and small enough that some ninety million cells add up exactly (below
 * 2^53), so no check's sum and no roll-up of many agencies can overflow. A
 * cell beyond it would not even be stored: DynamoDB's client refuses numbers
 * beyond the safe integers.
 */
export const REPORT_CELL_LIMIT = 100_000_000;

/**
 * A cell of the report: a count, or (table 二's fee, section 六's fees) an
 * amount. Negative and fractional values pass, for R5 to judge.
 */
export const ReportCell = z.number().min(-REPORT_CELL_LIMIT).max(REPORT_CELL_LIMIT);

/** One row of table 三: a count per applicant column and the row's 总计. */
export const Table3Cells = z.strictObject({
  naturalPerson: ReportCell,
  commercial: ReportCell,
  research: ReportCell,
  publicInterest: ReportCell,
  legalService: ReportCell,
  otherOrg: ReportCell,
  total: ReportCell,
});
export type Table3Cells = z.infer<typeof Table3Cells>;

/** Table 三 (收到和处理政府信息公开申请情况): every row, keyed as `TABLE3_ROWS`. */
export const Table3 = z.record(z.enum(TABLE3_ROWS), Table3Cells);
export type Table3 = z.infer<typeof Table3>;

// ───────────────────────────── table 四 ─────────────────────────────

/** The three blocks of table 四, in the template's order. */
export const TABLE4_BLOCKS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const;
export type Table4Block = (typeof TABLE4_BLOCKS)[number];

/** Chinese labels of table 四's blocks (the 行政诉讼 blocks under their group heading). */
export const TABLE4_BLOCK_LABELS = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼·未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼·复议后起诉',
} as const satisfies Record<Table4Block, string>;

/** The block of table 四 an appeal case of each kind is counted in. */
export const TABLE4_BLOCK_OF_KIND = {
  reconsideration: 'reconsideration',
  'litigation-direct': 'litigationDirect',
  'litigation-after-reconsideration': 'litigationAfterReconsideration',
} as const satisfies Record<AppealKind, Table4Block>;

/** The columns of each block of table 四. */
export const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number];

/** Chinese labels of table 四's columns, as the template prints them. */
export const TABLE4_COLUMN_LABELS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
} as const satisfies Record<Table4Column, string>;

/** One block of table 四. */
export const Table4Cells = z.strictObject({
  upheld: ReportCell,
  corrected: ReportCell,
  other: ReportCell,
  pending: ReportCell,
  total: ReportCell,
});
export type Table4Cells = z.infer<typeof Table4Cells>;

/** Table 四 (政府信息公开行政复议、行政诉讼情况). */
export const Table4 = z.strictObject({
  reconsideration: Table4Cells,
  litigationDirect: Table4Cells,
  litigationAfterReconsideration: Table4Cells,
});
export type Table4 = z.infer<typeof Table4>;

// ───────────────────────────── table 二 ─────────────────────────────

/** 第二十条第（一）项: documents made, repealed and in force. */
export const Table2Documents = z.strictObject({
  /** 本年制发件数 */
  issued: ReportCell,
  /** 本年废止件数 */
  repealed: ReportCell,
  /** 现行有效件数 */
  inForce: ReportCell,
});
export type Table2Documents = z.infer<typeof Table2Documents>;

/** 第二十条第（五）（六）项: 本年处理决定数量. */
export const Table2Decisions = z.strictObject({ decisions: ReportCell });
export type Table2Decisions = z.infer<typeof Table2Decisions>;

/**
 * Table 二 (主动公开政府信息情况), supplied by staff: the records cannot know it.
 * `administrativeFees.wanYuan` is in 万元 and may be a decimal.
 */
export const Table2 = z.strictObject({
  /** 规章 */
  regulations: Table2Documents,
  /** 行政规范性文件 */
  normativeDocuments: Table2Documents,
  /** 行政许可 */
  licensing: Table2Decisions,
  /** 行政处罚 */
  penalties: Table2Decisions,
  /** 行政强制 */
  enforcement: Table2Decisions,
  /** 行政事业性收费: 本年收费金额（单位：万元） */
  administrativeFees: z.strictObject({ wanYuan: ReportCell }),
});
export type Table2 = z.infer<typeof Table2>;

/** Chinese labels of table 二's rows and cells, verbatim. */
export const TABLE2_LABELS = {
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  penalties: '行政处罚',
  enforcement: '行政强制',
  administrativeFees: '行政事业性收费',
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  wanYuan: '本年收费金额（单位：万元）',
} as const;

// ──────────────────────────── narrative ─────────────────────────────

/** The sections staff write: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
export const NARRATIVE_SECTIONS = ['一', '五', '六'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** The headings of the narrative sections, verbatim. */
export const NARRATIVE_HEADINGS = {
  一: '一、总体情况',
  五: '五、存在的主要问题及改进情况',
  六: '六、其他需要报告的事项',
} as const satisfies Record<NarrativeSection, string>;

/**
 * The longest a narrative section may be. A published version is one
 * DynamoDB item (at most 400 KB): three sections of 30,000 characters take
 * at most 270 KB in UTF-8, beside the tables. Published reports run to a few
 * thousand characters a section.
 */
export const NARRATIVE_MAX_LENGTH = 30_000;

const section = OptionalMultiLineText(NARRATIVE_MAX_LENGTH);

/** The narrative sections' text, each optional while the report is a draft (publishing requires them). */
export const Narrative = z.strictObject({ 一: section, 五: section, 六: section });
export type Narrative = z.infer<typeof Narrative>;

/**
 * The sentences of the narrative that restate the tables, drafted from them
 * (`draftNarrative` in `@ogi/domain`) for staff to take into section 一 and
 * edit: `applications` is the （二）依申请公开 paragraph (table 三 and the
 * fees), `appeals` the sentence on 行政复议 and 行政诉讼 (table 四). Only
 * what staff write into the narrative is published.
 */
export const NarrativeDrafts = z.strictObject({
  applications: z.string().max(NARRATIVE_MAX_LENGTH),
  appeals: z.string().max(NARRATIVE_MAX_LENGTH),
});
export type NarrativeDrafts = z.infer<typeof NarrativeDrafts>;

/** What staff supply because the records cannot know it. */
export const ReportInputs = z.strictObject({
  table2: Table2.optional(),
  narrative: Narrative.optional(),
  /** Section 六: information processing fees (信息处理费) collected in the year, in yuan. */
  feesCollectedYuan: ReportCell.optional(),
});
export type ReportInputs = z.infer<typeof ReportInputs>;

// ──────────────────────────── timeliness ────────────────────────────

/** A count of answers: a whole number from 0 to `REPORT_CELL_LIMIT`. */
const AnswerCount = z.number().int().min(0).max(REPORT_CELL_LIMIT);

/**
 * Whether the year's answers came within the answer period (Art. 33): the
 * requests closed in the year (table 三's （七）总计) by what their records
 * say, on time, late, or not known (a record kept before ogi judged it, a
 * ledger row without the column). Not a cell of the template: the fact the
 * narrative needs to say 均已按时答复, and R8 to check that it may.
 */
export const ReportTimeliness = z.strictObject({
  onTime: AnswerCount,
  late: AnswerCount,
  unknown: AnswerCount,
});
export type ReportTimeliness = z.infer<typeof ReportTimeliness>;

// ────────────────────────────── checks ──────────────────────────────

/**
 * The checks of REPORT-TEMPLATE.md: R1–R5 are errors (they block
 * publication), R6–R8 warnings.
 */
export const CHECK_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'] as const;
export const CheckId = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckId>;

export const CheckSeverity = z.enum(['error', 'warning']);
export type CheckSeverity = z.infer<typeof CheckSeverity>;

/**
 * One finding of the checks. `cell` is a stable pointer into the report
 * (`table3.received.total`, `table4.reconsideration.total`,
 * `table2.regulations.inForce`, `narrative.一`, `feesCollectedYuan`).
 */
export const Check = z.strictObject({
  id: CheckId,
  severity: CheckSeverity,
  cell: z.string().min(1),
  message: z.strictObject({ zh: z.string(), en: z.string() }),
});
export type Check = z.infer<typeof Check>;

// ───────────────────────────── the report ───────────────────────────

/**
 * The annual report as JSON: `year`, `agency`, `table3`, `table4` and `checks`
 * always; table 二, the narrative and the fees when staff supplied them; the
 * timeliness of the year's answers when the records know it; the
 * drafts of the sentences that restate the tables when the report was
 * assembled (a report written by hand, or published before drafts existed,
 * has none).
 */
export const AnnualReport = z.strictObject({
  /** The calendar year reported on. */
  year: ReportYear,
  agency: SingleLineText(200),
  table2: Table2.optional(),
  table3: Table3,
  table4: Table4,
  narrative: Narrative.optional(),
  feesCollectedYuan: ReportCell.optional(),
  /** Absent when no answer's timeliness is known (a ledger without it, a report typed by hand). */
  timeliness: ReportTimeliness.optional(),
  drafts: NarrativeDrafts.optional(),
  checks: z.array(Check).default([]),
});
export type AnnualReport = z.infer<typeof AnnualReport>;
export type AnnualReportInput = z.input<typeof AnnualReport>;

// ─────────────────────────── assembly inputs ────────────────────────

/**
 * One request as the report needs it. `receivedOn` is null for a request
 * never received (an online submission never confirmed, Art. 31(3)); such a
 * request is not counted. `closedOn` and `outcome` come together: the day it
 * was decided, withdrawn (`other`) or deemed withdrawn (`other-correction-lapsed`,
 * `other-fee-unpaid`), and the table-三 row that closing gives it.
 */
export const ReportRecord = z
  .strictObject({
    receivedOn: IsoDate.nullable(),
    applicantColumn: z.enum(APPLICANT_COLUMNS),
    closedOn: IsoDate.optional(),
    outcome: OutcomeCode.optional(),
    /**
     * The request was closed after its answer deadline (Art. 33): true late,
     * false on time; absent when not known (a ledger row, a record kept
     * before ogi judged it). A withdrawal is late only when it came after the
     * deadline had passed; a deemed withdrawal never is.
     */
    answeredLate: z.boolean().optional(),
    /**
     * The day the answer period was extended (Art. 33 ¶2: once, by at most 20
     * working days, with the head's approval); absent when it was not, or
     * when that is not known (a ledger row, a record kept before ogi stored it).
     */
    extendedOn: IsoDate.optional(),
    /** The information processing fee paid for this request, and when (section 六). */
    feePaid: z
      .strictObject({ on: IsoDate, yuan: z.number().int().min(0).max(MAX_FEE_YUAN) })
      .optional(),
  })
  .superRefine((record, ctx) => {
    if ((record.closedOn === undefined) !== (record.outcome === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [record.closedOn === undefined ? 'closedOn' : 'outcome'],
        message: 'a closed request has both a closing date and an outcome; an open one has neither',
      });
    }
    if (record.answeredLate !== undefined && record.closedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['answeredLate'],
        message: 'only a closed request was answered on time or late',
      });
    }
    if (
      record.extendedOn !== undefined &&
      (record.receivedOn === null || record.extendedOn < record.receivedOn)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['extendedOn'],
        message: 'an answer period is extended after the request was received',
      });
    }
    if (record.receivedOn && record.closedOn && record.closedOn < record.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn'],
        message: 'a request cannot be closed before it was received',
      });
    }
  });
export type ReportRecord = z.infer<typeof ReportRecord>;

/**
 * One reconsideration or lawsuit about this agency's answers. `concludedOn`
 * and `result` come together; a case without them is pending (尚未审结).
 */
export const ReportAppeal = z
  .strictObject({
    kind: AppealKindSchema,
    filedOn: IsoDate,
    concludedOn: IsoDate.optional(),
    result: AppealResult.optional(),
  })
  .superRefine((appeal, ctx) => {
    if ((appeal.concludedOn === undefined) !== (appeal.result === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [appeal.concludedOn === undefined ? 'concludedOn' : 'result'],
        message:
          'a concluded case has both a conclusion date and a result; a pending one has neither',
      });
    }
    if (appeal.concludedOn && appeal.concludedOn < appeal.filedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['concludedOn'],
        message: 'a case cannot be concluded before it was filed',
      });
    }
  });
export type ReportAppeal = z.infer<typeof ReportAppeal>;
