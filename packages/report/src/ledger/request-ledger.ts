import { ReportRecord } from '@ogi/schema';
import { parseApplicantType, parseFeeCell, parseOutcomeCell } from './cells.js';
import { LedgerNumbers, type RowChecks } from './checks.js';
import { columnMap } from './columns.js';
import type { LedgerRowError } from './errors.js';
import { type LedgerParseOptions, readLedger } from './read-ledger.js';
import type { TableRow } from './table.js';

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
const REQUEST_LEDGER = columnMap(LEDGER_COLUMNS, ['fee_yuan', 'fee_paid_on']);

/** A good row of a request ledger: where it is, its receipt number and what the report counts. */
export interface LedgerEntry {
  readonly row: number;
  readonly receiptNo: string;
  readonly record: ReportRecord;
}

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
  const receiptNumbers = new LedgerNumbers({ zh: '受理编号', en: 'receipt number' }, true);
  const { entries, errors, rows, present } = await readLedger(
    bytes,
    options,
    REQUEST_LEDGER,
    (row, checks) => checkRequestRow(row, checks, receiptNumbers),
  );
  return {
    records: entries.map((entry) => entry.record),
    entries,
    errors,
    rows,
    // Fees come with rows: a fee column over no rows says nothing of fees.
    hasFees: rows > 0 && present.has('fee_yuan'),
  };
}

/** One row of a request ledger as an entry, or undefined with its errors in `checks`. */
function checkRequestRow(
  row: TableRow<LedgerColumn>,
  checks: RowChecks<LedgerColumn>,
  receiptNumbers: LedgerNumbers,
): LedgerEntry | undefined {
  const receiptNo = receiptNumbers.read(checks, 'receipt_no', row.cell('receipt_no'));
  const applicantColumn = checks.take(
    'applicant_type',
    parseApplicantType(row.cell('applicant_type')),
  );
  const receivedOn = checks.date('received_on', row.cell('received_on'));
  const decidedOn = checks.date('decided_on', row.cell('decided_on'));
  const outcome = checks.take('outcome', parseOutcomeCell(row.cell('outcome')));
  const feeYuan = checks.take('fee_yuan', parseFeeCell(row.cell('fee_yuan')));
  const feePaidOn = checks.date('fee_paid_on', row.cell('fee_paid_on'));

  checks.require('received_on', receivedOn, { zh: '收到日期', en: 'date received' });
  checks.together('decided_on', decidedOn, 'outcome', outcome, {
    first: {
      zh: '有办理结果的申请须填写办结日期（未办结的申请两项均应为空）',
      en: 'a request with an outcome needs the date decided (an open one has neither)',
    },
    second: {
      zh: '已办结的申请须填写办理结果（未办结的申请两项均应为空）',
      en: 'a decided request needs its outcome (an open one has neither)',
    },
  });
  checks.notBefore(
    'decided_on',
    { zh: '办结日期', en: 'decided on', value: decidedOn },
    { zh: '收到日期', en: 'it was received on', value: receivedOn },
  );
  // A fee is paid before the answer: without its own date it is dated the day decided.
  const paidOn = feePaidOn ?? decidedOn;
  if (feeYuan !== undefined && paidOn === undefined) {
    checks.fail('fee_paid_on', {
      zh: '有收费金额的申请须填写缴费日期或办结日期',
      en: 'a fee needs the day it was paid (or the day decided)',
    });
  }
  if (feeYuan !== undefined) {
    checks.notBefore(
      'fee_paid_on',
      { zh: '缴费日期', en: 'fee paid on', value: paidOn },
      { zh: '收到日期', en: 'the request was received on', value: receivedOn },
    );
  }

  if (!checks.passed || applicantColumn === undefined || receivedOn === undefined) return undefined;
  const record = checks.conform(ReportRecord, {
    receivedOn,
    applicantColumn,
    ...(decidedOn === undefined ? {} : { closedOn: decidedOn, outcome }),
    ...(feeYuan === undefined || paidOn === undefined
      ? {}
      : { feePaid: { on: paidOn, yuan: feeYuan } }),
  });
  if (record === undefined) return undefined;
  receiptNumbers.remember(receiptNo, row.row);
  return { row: row.row, receiptNo, record };
}
