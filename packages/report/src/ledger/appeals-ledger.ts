import { ReportAppeal } from '@ogi/schema';
import { parseAppealKind, parseAppealResult } from './cells.js';
import { LedgerNumbers, type RowChecks } from './checks.js';
import { columnMap } from './columns.js';
import type { LedgerRowError } from './errors.js';
import { type LedgerParseOptions, readLedger } from './read-ledger.js';
import type { TableRow } from './table.js';

/** The columns of an appeals ledger (`case_no` may be absent). */
export const APPEAL_COLUMNS = {
  case_no: ['case_no', 'caseno', '案号', '案件编号', '案件号'],
  kind: ['kind', '案件类型', '类型', '救济类型', '类别'],
  filed_on: ['filed_on', 'filedon', '立案日期', '受理日期', '提起日期', '申请日期', '起诉日期'],
  concluded_on: ['concluded_on', 'concludedon', '审结日期', '结案日期', '办结日期'],
  result: ['result', '结果', '审结结果', '审理结果', '复议结果', '判决结果', '案件结果'],
} as const;
export type AppealColumn = keyof typeof APPEAL_COLUMNS;

const APPEALS_LEDGER = columnMap(APPEAL_COLUMNS, ['case_no']);

/** A good row of an appeals ledger, with its case number when the ledger has a `case_no` column. */
export interface AppealEntry {
  readonly row: number;
  readonly caseNo?: string;
  readonly appeal: ReportAppeal;
}

/** An appeals ledger (行政复议、行政诉讼台账) read. */
export interface AppealsResult {
  readonly appeals: ReportAppeal[];
  /** The same good rows with their row and case numbers, in file order. */
  readonly entries: AppealEntry[];
  readonly errors: LedgerRowError[];
  readonly rows: number;
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
  const caseNumbers = new LedgerNumbers({ zh: '案号', en: 'case number' }, false);
  const { entries, errors, rows } = await readLedger(
    bytes,
    options,
    APPEALS_LEDGER,
    (row, checks) => checkAppealRow(row, checks, caseNumbers),
  );
  return { appeals: entries.map((entry) => entry.appeal), entries, errors, rows };
}

/** One message whichever of the two a concluded case lacks. */
const CONCLUDED_TOGETHER = {
  zh: '已审结的案件须同时填写审结日期和结果（尚未审结的两项均应为空）',
  en: 'a concluded case needs both the date concluded and the result (a pending one has neither)',
};

/** One row of an appeals ledger as an entry, or undefined with its errors in `checks`. */
function checkAppealRow(
  row: TableRow<AppealColumn>,
  checks: RowChecks<AppealColumn>,
  caseNumbers: LedgerNumbers,
): AppealEntry | undefined {
  const caseNo = caseNumbers.read(checks, 'case_no', row.cell('case_no'));
  const kind = checks.take('kind', parseAppealKind(row.cell('kind')));
  const filedOn = checks.date('filed_on', row.cell('filed_on'));
  const concludedOn = checks.date('concluded_on', row.cell('concluded_on'));
  const result = checks.take('result', parseAppealResult(row.cell('result')));

  checks.require('filed_on', filedOn, { zh: '立案日期', en: 'date filed' });
  checks.together('concluded_on', concludedOn, 'result', result, {
    first: CONCLUDED_TOGETHER,
    second: CONCLUDED_TOGETHER,
  });
  checks.notBefore(
    'concluded_on',
    { zh: '审结日期', en: 'concluded on', value: concludedOn },
    { zh: '立案日期', en: 'it was filed on', value: filedOn },
  );

  if (!checks.passed || kind === undefined || filedOn === undefined) return undefined;
  const appeal = checks.conform(ReportAppeal, {
    kind,
    filedOn,
    ...(concludedOn === undefined ? {} : { concludedOn, result }),
  });
  if (appeal === undefined) return undefined;
  caseNumbers.remember(caseNo, row.row);
  return { row: row.row, ...(caseNo === '' ? {} : { caseNo }), appeal };
}
