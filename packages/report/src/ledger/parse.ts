import { type Message, ReportAppeal, ReportRecord, toFieldErrors } from '@ogi/schema';
import {
  type CellResult,
  cellText,
  type LedgerCell,
  parseAppealKind,
  parseAppealResult,
  parseApplicantType,
  parseFeeCell,
  parseLedgerDate,
  parseOutcomeCell,
} from './cells.js';
import { LedgerFormatError, type LedgerRowError } from './errors.js';
import { sheetRows } from './rows.js';

/** Where a parse is: rows read so far, and how far through the file (0–1) when known. */
export type LedgerProgress = (rowsDone: number, fraction?: number) => void;

export interface LedgerParseOptions {
  /** The file's name: `.xlsx` (or ZIP content) is read as a workbook, anything else as CSV. */
  readonly fileName: string;
  /** Called every `progressEvery` rows and once at the end. */
  readonly onProgress?: LedgerProgress | undefined;
  /** Rows between progress calls; 1000 by default. */
  readonly progressEvery?: number | undefined;
  /**
   * The last day a date may be (today, for an import: a ledger records the
   * past). A later date is a bad row. Absent, any date is taken.
   */
  readonly notAfter?: string | undefined;
}

/** A good row of a request ledger: where it is, its receipt number and what the report counts. */
export interface LedgerEntry {
  readonly row: number;
  readonly receiptNo: string;
  readonly record: ReportRecord;
}

/** A good row of an appeals ledger, with its case number when the ledger has a `case_no` column. */
export interface AppealEntry {
  readonly row: number;
  readonly caseNo?: string;
  readonly appeal: ReportAppeal;
}

/** The longest receipt or case number a ledger may hold. */
export const MAX_LEDGER_NUMBER_LENGTH = 64;

/** A request ledger (依申请公开登记台账) read: the good rows, and every bad row's errors. */
export interface LedgerResult {
  readonly records: ReportRecord[];
  /** The same good rows with their row and receipt numbers, in file order. */
  readonly entries: LedgerEntry[];
  readonly errors: LedgerRowError[];
  /** Data rows read (good and bad, blank rows not counted). */
  readonly rows: number;
  /** The ledger has a fee column: its records carry the fees paid (section 六). */
  readonly hasFees: boolean;
}

/** An appeals ledger (行政复议、行政诉讼台账) read. */
export interface AppealsResult {
  readonly appeals: ReportAppeal[];
  /** The same good rows with their row and case numbers, in file order. */
  readonly entries: AppealEntry[];
  readonly errors: LedgerRowError[];
  readonly rows: number;
}

/** The columns of a request ledger, with the headers accepted for each (after normalising). */
export const LEDGER_COLUMNS = {
  receipt_no: ['receipt_no', 'receiptno', '受理编号', '申请编号', '登记编号', '收文编号', '编号'],
  applicant_type: ['applicant_type', 'applicanttype', '申请人类型', '申请人类别', '申请主体类型'],
  received_on: [
    'received_on',
    'receivedon',
    '收到日期',
    '收到申请日期',
    '收到申请时间',
    '收到时间',
    '申请日期',
  ],
  decided_on: [
    'decided_on',
    'decidedon',
    '办结日期',
    '答复日期',
    '办结时间',
    '答复时间',
    '办理日期',
  ],
  outcome: ['outcome', '办理结果', '处理结果', '答复结果', '答复类型', '办理结果类型'],
  fee_yuan: ['fee_yuan', 'feeyuan', 'fee', '信息处理费', '收费金额', '收取信息处理费', '收费'],
  fee_paid_on: ['fee_paid_on', 'feepaidon', '缴费日期', '收费日期', '缴纳日期'],
} as const;
export type LedgerColumn = keyof typeof LEDGER_COLUMNS;
/** A ledger may leave out the fee columns: then its requests carry no fee. */
const OPTIONAL_LEDGER_COLUMNS: readonly LedgerColumn[] = ['fee_yuan', 'fee_paid_on'];

/** The columns of an appeals ledger (`case_no` may be absent). */
export const APPEAL_COLUMNS = {
  case_no: ['case_no', 'caseno', '案号', '案件编号', '案件号'],
  kind: ['kind', '案件类型', '类型', '救济类型', '类别'],
  filed_on: ['filed_on', 'filedon', '立案日期', '受理日期', '提起日期', '申请日期', '起诉日期'],
  concluded_on: ['concluded_on', 'concludedon', '审结日期', '结案日期', '办结日期'],
  result: ['result', '结果', '审结结果', '审理结果', '复议结果', '判决结果', '案件结果'],
} as const;
export type AppealColumn = keyof typeof APPEAL_COLUMNS;
const OPTIONAL_APPEAL_COLUMNS: readonly AppealColumn[] = ['case_no'];

/**
 * Reads a request ledger (CSV in UTF-8, with or without BOM, or GB18030; or
 * the first worksheet of an XLSX workbook) into the records the annual
 * report is assembled from. Columns: `receipt_no, applicant_type,
 * received_on, decided_on, outcome`, or their Chinese headers (受理编号,
 * 申请人类型, 收到日期, 办结日期, 办理结果, …). A bad row (unknown applicant
 * type, a date that is not one, a decision without an outcome, a duplicate
 * receipt number) is reported with its row number and skipped whole; the
 * rest load. Throws `LedgerFormatError` only when the file cannot be read.
 *
 * @example
 * const { records, errors } = await parseLedger(bytes, { fileName: '台账.xlsx' });
 * assembleAnnualReport({ year: 2023, agency, records });
 */
export async function parseLedger(
  bytes: Uint8Array,
  options: LedgerParseOptions,
): Promise<LedgerResult> {
  const entries: LedgerEntry[] = [];
  const errors: LedgerRowError[] = [];
  const seen = new Map<string, number>();
  let hasFees = false;
  const rows = await readTable(
    bytes,
    options,
    LEDGER_COLUMNS,
    OPTIONAL_LEDGER_COLUMNS,
    (row, cell, has) => {
      hasFees ||= has('fee_yuan');
      const rowErrors: LedgerRowError[] = [];
      const take = <T>(column: LedgerColumn, result: CellResult<T>): T | undefined => {
        if (result.ok) return result.value;
        rowErrors.push({ row, column, message: result.message });
        return undefined;
      };
      const receiptNo = cellText(cell('receipt_no'));
      if (receiptNo === '') {
        rowErrors.push({
          row,
          column: 'receipt_no',
          message: { zh: '受理编号不能为空', en: 'the receipt number is required' },
        });
      } else if (receiptNo.length > MAX_LEDGER_NUMBER_LENGTH) {
        rowErrors.push(tooLong(row, 'receipt_no', '受理编号'));
      } else if (seen.has(receiptNo)) {
        rowErrors.push({
          row,
          column: 'receipt_no',
          message: {
            zh: `受理编号“${receiptNo}”与第${seen.get(receiptNo)}行重复`,
            en: `receipt number "${receiptNo}" repeats row ${seen.get(receiptNo)}`,
          },
        });
      }
      const applicantColumn = take('applicant_type', parseApplicantType(cell('applicant_type')));
      const receivedOn = take(
        'received_on',
        notAfter(parseLedgerDate(cell('received_on')), options),
      );
      const decidedOn = take('decided_on', notAfter(parseLedgerDate(cell('decided_on')), options));
      const outcome = take('outcome', parseOutcomeCell(cell('outcome')));
      const feeYuan = take('fee_yuan', parseFeeCell(cell('fee_yuan')));
      const feePaidOn = take(
        'fee_paid_on',
        notAfter(parseLedgerDate(cell('fee_paid_on')), options),
      );
      if (receivedOn === undefined && !rowErrors.some((error) => error.column === 'received_on')) {
        rowErrors.push({
          row,
          column: 'received_on',
          message: { zh: '收到日期不能为空', en: 'the date received is required' },
        });
      }
      const decidedOk = !rowErrors.some((error) => error.column === 'decided_on');
      const outcomeOk = !rowErrors.some((error) => error.column === 'outcome');
      if (decidedOk && outcomeOk && (decidedOn === undefined) !== (outcome === undefined)) {
        rowErrors.push(
          decidedOn === undefined
            ? {
                row,
                column: 'decided_on',
                message: {
                  zh: '有办理结果的申请须填写办结日期（未办结的申请两项均应为空）',
                  en: 'a request with an outcome needs the date decided (an open one has neither)',
                },
              }
            : {
                row,
                column: 'outcome',
                message: {
                  zh: '已办结的申请须填写办理结果（未办结的申请两项均应为空）',
                  en: 'a decided request needs its outcome (an open one has neither)',
                },
              },
        );
      }
      if (receivedOn && decidedOn && decidedOn < receivedOn) {
        rowErrors.push({
          row,
          column: 'decided_on',
          message: {
            zh: `办结日期${decidedOn}早于收到日期${receivedOn}`,
            en: `decided on ${decidedOn}, before it was received on ${receivedOn}`,
          },
        });
      }
      // A fee is paid before the answer: without its own date it is dated the day decided.
      const paidOn = feePaidOn ?? decidedOn;
      if (feeYuan !== undefined && paidOn === undefined) {
        rowErrors.push({
          row,
          column: 'fee_paid_on',
          message: {
            zh: '有收费金额的申请须填写缴费日期或办结日期',
            en: 'a fee needs the day it was paid (or the day decided)',
          },
        });
      }
      if (feeYuan !== undefined && paidOn !== undefined && receivedOn && paidOn < receivedOn) {
        rowErrors.push({
          row,
          column: 'fee_paid_on',
          message: {
            zh: `缴费日期${paidOn}早于收到日期${receivedOn}`,
            en: `fee paid on ${paidOn}, before the request was received on ${receivedOn}`,
          },
        });
      }
      if (rowErrors.length > 0 || applicantColumn === undefined || receivedOn === undefined) {
        errors.push(...rowErrors);
        return;
      }
      const parsed = ReportRecord.safeParse({
        receivedOn,
        applicantColumn,
        ...(decidedOn === undefined ? {} : { closedOn: decidedOn, outcome }),
        ...(feeYuan === undefined || paidOn === undefined
          ? {}
          : { feePaid: { on: paidOn, yuan: feeYuan } }),
      });
      if (!parsed.success) {
        errors.push(...schemaErrors(row, parsed.error));
        return;
      }
      seen.set(receiptNo, row);
      entries.push({ row, receiptNo, record: parsed.data });
    },
  );
  return { records: entries.map((entry) => entry.record), entries, errors, rows, hasFees };
}

/**
 * Reads an appeals ledger: `kind` (reconsideration, litigation-direct,
 * litigation-after-reconsideration, or 行政复议, 行政诉讼, 复议后行政诉讼),
 * `filed_on`, `concluded_on` and `result` (upheld, corrected, other, or 维持,
 * 纠正, 其他; both empty while pending). Bad rows are reported and skipped,
 * as by `parseLedger`.
 *
 * @example (await parseAppeals(bytes, { fileName: 'appeals.csv' })).appeals
 */
export async function parseAppeals(
  bytes: Uint8Array,
  options: LedgerParseOptions,
): Promise<AppealsResult> {
  const entries: AppealEntry[] = [];
  const errors: LedgerRowError[] = [];
  const seen = new Map<string, number>();
  const rows = await readTable(
    bytes,
    options,
    APPEAL_COLUMNS,
    OPTIONAL_APPEAL_COLUMNS,
    (row, cell) => {
      const rowErrors: LedgerRowError[] = [];
      const take = <T>(column: AppealColumn, result: CellResult<T>): T | undefined => {
        if (result.ok) return result.value;
        rowErrors.push({ row, column, message: result.message });
        return undefined;
      };
      const caseNo = cellText(cell('case_no'));
      if (caseNo.length > MAX_LEDGER_NUMBER_LENGTH) {
        rowErrors.push(tooLong(row, 'case_no', '案号'));
      } else if (caseNo !== '' && seen.has(caseNo)) {
        rowErrors.push({
          row,
          column: 'case_no',
          message: {
            zh: `案号“${caseNo}”与第${seen.get(caseNo)}行重复`,
            en: `case number "${caseNo}" repeats row ${seen.get(caseNo)}`,
          },
        });
      }
      const kind = take('kind', parseAppealKind(cell('kind')));
      const filedOn = take('filed_on', notAfter(parseLedgerDate(cell('filed_on')), options));
      const concludedOn = take(
        'concluded_on',
        notAfter(parseLedgerDate(cell('concluded_on')), options),
      );
      const result = take('result', parseAppealResult(cell('result')));
      if (filedOn === undefined && !rowErrors.some((error) => error.column === 'filed_on')) {
        rowErrors.push({
          row,
          column: 'filed_on',
          message: { zh: '立案日期不能为空', en: 'the date filed is required' },
        });
      }
      const concludedOk = !rowErrors.some((error) => error.column === 'concluded_on');
      const resultOk = !rowErrors.some((error) => error.column === 'result');
      if (concludedOk && resultOk && (concludedOn === undefined) !== (result === undefined)) {
        rowErrors.push({
          row,
          column: concludedOn === undefined ? 'concluded_on' : 'result',
          message: {
            zh: '已审结的案件须同时填写审结日期和结果（尚未审结的两项均应为空）',
            en: 'a concluded case needs both the date concluded and the result (a pending one has neither)',
          },
        });
      }
      if (filedOn && concludedOn && concludedOn < filedOn) {
        rowErrors.push({
          row,
          column: 'concluded_on',
          message: {
            zh: `审结日期${concludedOn}早于立案日期${filedOn}`,
            en: `concluded on ${concludedOn}, before it was filed on ${filedOn}`,
          },
        });
      }
      if (rowErrors.length > 0 || kind === undefined || filedOn === undefined) {
        errors.push(...rowErrors);
        return;
      }
      const parsed = ReportAppeal.safeParse({
        kind,
        filedOn,
        ...(concludedOn === undefined ? {} : { concludedOn, result }),
      });
      if (!parsed.success) {
        errors.push(...schemaErrors(row, parsed.error));
        return;
      }
      if (caseNo !== '') seen.set(caseNo, row);
      entries.push({ row, ...(caseNo === '' ? {} : { caseNo }), appeal: parsed.data });
    },
  );
  return { appeals: entries.map((entry) => entry.appeal), entries, errors, rows };
}

/** Rows above the header a ledger may have (a title, a date line). */
const MAX_ROWS_BEFORE_HEADER = 10;

/**
 * Finds the header row (the first of the first rows naming every column),
 * then hands each non-blank data row to `onRow` with a cell getter. Returns
 * the number of data rows.
 */
async function readTable<K extends string>(
  bytes: Uint8Array,
  options: LedgerParseOptions,
  columns: Record<K, readonly string[]>,
  optional: readonly NoInfer<K>[],
  onRow: (row: number, cell: (column: K) => LedgerCell, has: (column: K) => boolean) => void,
): Promise<number> {
  const keys = Object.keys(columns) as K[];
  const every = Math.max(1, options.progressEvery ?? 1000);
  let indexOf: Map<K, number> | undefined;
  let firstHeader: readonly LedgerCell[] | undefined;
  let rowsBeforeHeader = 0;
  let rows = 0;
  let fraction: number | undefined;
  for await (const sheetRow of sheetRows(bytes, options.fileName)) {
    if (sheetRow.cells.every((value) => cellText(value) === '')) continue;
    if (indexOf === undefined) {
      firstHeader ??= sheetRow.cells;
      indexOf = headerIndex(sheetRow.cells, columns, optional);
      if (indexOf === undefined && ++rowsBeforeHeader >= MAX_ROWS_BEFORE_HEADER) break;
      continue;
    }
    const cells = sheetRow.cells;
    const found = indexOf;
    onRow(
      sheetRow.row,
      (column) => {
        const position = found.get(column);
        return position === undefined ? null : (cells[position] ?? null);
      },
      (column) => found.has(column),
    );
    rows += 1;
    fraction = sheetRow.fraction;
    if (rows % every === 0) options.onProgress?.(rows, fraction);
  }
  if (indexOf === undefined) {
    const present = headerIndex(firstHeader ?? [], columns, optional, true) ?? new Map<K, number>();
    const missing = keys.filter((key) => !present.has(key) && !optional.includes(key));
    throw new LedgerFormatError(
      options.fileName,
      firstHeader === undefined
        ? { zh: '文件为空，没有表头行', en: 'the file is empty: no header row' }
        : {
            zh: `表头缺少以下列：${missing.map((key) => `${key}（${chineseHeader(columns[key]) ?? key}）`).join('、')}`,
            en: `the header row lacks the column(s) ${missing.join(', ')}`,
          },
      missing[0],
    );
  }
  options.onProgress?.(rows, 1);
  return rows;
}

/** The first Chinese header accepted for a column, to name it in messages. */
function chineseHeader(aliases: readonly string[]): string | undefined {
  return aliases.find((alias) => /\p{Script=Han}/u.test(alias));
}

/** Column positions by key, or undefined when a required column is missing (unless `partial`). */
function headerIndex<K extends string>(
  cells: readonly LedgerCell[],
  columns: Record<K, readonly string[]>,
  optional: readonly K[],
  partial = false,
): Map<K, number> | undefined {
  const index = new Map<K, number>();
  const keys = Object.keys(columns) as K[];
  cells.forEach((value, position) => {
    const header = normaliseHeader(cellText(value));
    const key = keys.find((candidate) => columns[candidate].includes(header));
    if (key !== undefined && !index.has(key)) index.set(key, position);
  });
  const complete = keys.every((key) => index.has(key) || optional.includes(key));
  return partial || complete ? index : undefined;
}

/** A date after `options.notAfter` as a cell error. */
function notAfter(
  result: CellResult<string | undefined>,
  options: LedgerParseOptions,
): CellResult<string | undefined> {
  if (!result.ok || result.value === undefined || options.notAfter === undefined) return result;
  if (result.value <= options.notAfter) return result;
  return {
    ok: false,
    message: {
      zh: `日期${result.value}晚于${options.notAfter}：台账只能记录已发生的事项`,
      en: `${result.value} is after ${options.notAfter}: a ledger records what has happened`,
    },
  };
}

function tooLong(row: number, column: string, zh: string): LedgerRowError {
  return {
    row,
    column,
    message: {
      zh: `${zh}不能超过${MAX_LEDGER_NUMBER_LENGTH}个字符`,
      en: `at most ${MAX_LEDGER_NUMBER_LENGTH} characters`,
    },
  };
}

/** `Received On` → `received_on`, `收到日期（年月日）` → `收到日期`, `* 办理结果` → `办理结果`. */
function normaliseHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊:：]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function schemaErrors(row: number, error: Parameters<typeof toFieldErrors>[0]): LedgerRowError[] {
  return toFieldErrors(error).map((field) => ({
    row,
    message: { zh: field.zh, en: field.en } satisfies Message,
  }));
}
