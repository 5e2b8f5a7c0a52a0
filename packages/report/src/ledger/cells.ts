import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_COLUMN_LABELS,
  APPLICANT_COLUMNS,
  type AppealKind,
  type AppealResult,
  type ApplicantColumn,
  findOutcome,
  type Message,
  OUTCOME_CODES,
  type OutcomeCode,
  table3RowLabel,
} from '@ogi/schema';

/** A cell as a ledger row carries it: CSV gives text, XLSX also numbers and dates. */
export type LedgerCell = string | number | Date | null;

/** A cell's value or what is wrong with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: Message };

/** The cell as trimmed text ('' when empty); dates as `YYYY-MM-DD`. */
export function cellText(cell: LedgerCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfDate(cell) ?? '';
  return String(cell)
    .replace(/^\uFEFF/, '')
    .trim();
}

const DATE_PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

/** Excel's serial day numbers count from 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A ledger date as `YYYY-MM-DD`: `2023-03-05`, `2023/3/5`, `2023.3.5`,
 * `2023年3月5日`, an Excel date cell, or an Excel serial number; `undefined`
 * when the cell is empty.
 *
 * @example parseLedgerDate('2023年3月5日') // { ok: true, value: '2023-03-05' }
 */
export function parseLedgerDate(cell: LedgerCell): CellResult<string | undefined> {
  if (cell instanceof Date) {
    const iso = isoOfDate(cell);
    return iso ? { ok: true, value: iso } : invalidDate(String(cell));
  }
  if (typeof cell === 'number') {
    // A date cell Excel stored without a date format: a serial day number.
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return invalidDate(String(cell));
    return {
      ok: true,
      value: isoOfDate(new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS)) as string,
    };
  }
  const text = cellText(cell).replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: undefined };
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (
      date.getUTCFullYear() !== year ||
      date.getUTCMonth() !== month - 1 ||
      date.getUTCDate() !== day
    ) {
      return {
        ok: false,
        message: { zh: `日期“${text}”不存在`, en: `"${text}" is not a real date` },
      };
    }
    return { ok: true, value: isoOfDate(date) as string };
  }
  return invalidDate(text);
}

function invalidDate(text: string): CellResult<never> {
  return {
    ok: false,
    message: {
      zh: `日期“${text}”格式不正确，应为2023-03-05、2023/3/5或2023年3月5日`,
      en: `"${text}" is not a date like 2023-03-05, 2023/3/5 or 2023年3月5日`,
    },
  };
}

/** `YYYY-MM-DD` of a date cell. Excel's dates carry no zone: exceljs gives them as UTC. */
function isoOfDate(date: Date): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  // A time of day a few seconds short of midnight (float noise) belongs to the next day.
  const rounded = new Date(Math.round(time / 60_000) * 60_000);
  const year = rounded.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined;
  const month = String(rounded.getUTCMonth() + 1).padStart(2, '0');
  const day = String(rounded.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

const APPLICANT_BY_TEXT = new Map<string, ApplicantColumn>([
  ...APPLICANT_COLUMNS.map((column) => [column.toLowerCase(), column] as const),
  ...APPLICANT_COLUMNS.map((column) => [APPLICANT_COLUMN_LABELS[column], column] as const),
  ['natural-person', 'naturalPerson'],
  ['public-interest', 'publicInterest'],
  ['legal-service', 'legalService'],
  ['other', 'otherOrg'],
  ['公民', 'naturalPerson'],
  ['个人', 'naturalPerson'],
  ['其他组织', 'otherOrg'],
]);

/**
 * The table-三 column of an applicant type: 自然人, 商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他, or a column key (`naturalPerson`, …).
 */
export function parseApplicantType(cell: LedgerCell): CellResult<ApplicantColumn> {
  return choiceCell(
    cell,
    (text) => lookUp(APPLICANT_BY_TEXT, text),
    () => missing({ zh: '申请人类型', en: 'applicant type' }),
    (text) => {
      const labels = APPLICANT_COLUMNS.map((key) => APPLICANT_COLUMN_LABELS[key]).join('、');
      return {
        zh: `申请人类型“${text}”无法识别，应为${labels}之一`,
        en: `applicant type "${text}" is not one of ${labels} or ${APPLICANT_COLUMNS.join(', ')}`,
      };
    },
  );
}

/** Outcome rows also by their full table-三 label, e.g. `（三）不予公开 1.属于国家秘密`. */
const OUTCOME_BY_ROW_LABEL = new Map<string, OutcomeCode>(
  OUTCOME_CODES.map((code) => [table3RowLabel(code).replace(/\s+/g, ''), code]),
);

/**
 * An outcome code of `@ogi/schema`, from the code itself or the template's
 * verbatim Chinese label (`予以公开`, `本机关不掌握相关政府信息`, …);
 * `undefined` when the cell is empty.
 */
export function parseOutcomeCell(cell: LedgerCell): CellResult<OutcomeCode | undefined> {
  return choiceCell(
    cell,
    (text) =>
      findOutcome(text)?.code ??
      findOutcome(text.toLowerCase())?.code ??
      OUTCOME_BY_ROW_LABEL.get(text.replace(/\s+/g, '')),
    empty,
    (text) => ({
      zh: `办理结果“${text}”无法识别，应为年度报告表三的某一结果名称（如“予以公开”）`,
      en: `outcome "${text}" is neither an outcome code nor a label of table 3 (e.g. 予以公开)`,
    }),
  );
}

const APPEAL_KIND_BY_TEXT = new Map<string, AppealKind>([
  ...APPEAL_KINDS.map((kind) => [kind, kind] as const),
  ['行政复议', 'reconsideration'],
  ['复议', 'reconsideration'],
  ['行政诉讼', 'litigation-direct'],
  ['直接起诉', 'litigation-direct'],
  ['未经复议直接起诉', 'litigation-direct'],
  ['复议后行政诉讼', 'litigation-after-reconsideration'],
  ['复议后起诉', 'litigation-after-reconsideration'],
  ['复议后诉讼', 'litigation-after-reconsideration'],
]);

/** The kind of an appeal case: a code of `@ogi/schema`, 行政复议, 行政诉讼 or 复议后行政诉讼. */
export function parseAppealKind(cell: LedgerCell): CellResult<AppealKind> {
  return choiceCell(
    cell,
    (text) => lookUp(APPEAL_KIND_BY_TEXT, text),
    () => missing({ zh: '案件类型', en: 'kind of case' }),
    (text) => ({
      zh: `案件类型“${text}”无法识别，应为行政复议、行政诉讼或复议后行政诉讼`,
      en: `kind "${text}" is not one of ${APPEAL_KINDS.join(', ')}`,
    }),
  );
}

const APPEAL_RESULT_BY_TEXT = new Map<string, AppealResult>([
  ...APPEAL_RESULTS.map((result) => [result, result] as const),
  ['维持', 'upheld'],
  ['结果维持', 'upheld'],
  ['纠正', 'corrected'],
  ['结果纠正', 'corrected'],
  ['其他', 'other'],
  ['其他结果', 'other'],
]);

/** The result of a concluded case: upheld, corrected, other, or 维持, 纠正, 其他; `undefined` if empty. */
export function parseAppealResult(cell: LedgerCell): CellResult<AppealResult | undefined> {
  return choiceCell(
    cell,
    (text) => lookUp(APPEAL_RESULT_BY_TEXT, text),
    empty,
    (text) => ({
      zh: `审结结果“${text}”无法识别，应为维持、纠正或其他`,
      en: `result "${text}" is not one of ${APPEAL_RESULTS.join(', ')}`,
    }),
  );
}

/**
 * An information processing fee (信息处理费) in whole yuan: `300`, `300元`,
 * `300.00`, `￥300`, or a number cell; `undefined` when the cell is empty or 0
 * (no fee). 109号 fees are whole yuan.
 */
export function parseFeeCell(cell: LedgerCell): CellResult<number | undefined> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/^[￥¥]|元$/g, '');
  if (text === '') return { ok: true, value: undefined };
  const match = /^(\d{1,7})(?:\.0{1,2})?$/.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      message: {
        zh: `收费金额“${cellText(cell)}”应为不超过千万的整数元（如300或300元）`,
        en: `fee "${cellText(cell)}" is not a whole number of yuan (e.g. 300 or 300元)`,
      },
    };
  }
  const yuan = Number(match[1]);
  return { ok: true, value: yuan === 0 ? undefined : yuan };
}

/** A cell's name in messages: `受理编号`, `receipt number`. */
export interface CellName {
  readonly zh: string;
  readonly en: string;
}

/** The message for an empty cell that must be filled. */
export function requiredMessage(name: CellName): Message {
  return { zh: `${name.zh}不能为空`, en: `the ${name.en} is required` };
}

function empty(): CellResult<undefined> {
  return { ok: true, value: undefined };
}

function missing(name: CellName): CellResult<never> {
  return { ok: false, message: requiredMessage(name) };
}

/**
 * A cell naming one of a set of values: `find` looks its text up; an empty
 * cell gives `ifEmpty()` (no value, or a required-cell error), an unknown
 * text `unknown(text)`.
 */
function choiceCell<T, E>(
  cell: LedgerCell,
  find: (text: string) => T | undefined,
  ifEmpty: () => CellResult<E>,
  unknown: (text: string) => Message,
): CellResult<T | E> {
  const text = cellText(cell);
  if (text === '') return ifEmpty();
  const value = find(text);
  return value === undefined ? { ok: false, message: unknown(text) } : { ok: true, value };
}

/** A text as written, else in lower case (`Reconsideration`, `UPHELD`). */
function lookUp<T>(byText: ReadonlyMap<string, T>, text: string): T | undefined {
  return byText.get(text) ?? byText.get(text.toLowerCase());
}
