import {
  type AnnualReport,
  type Check,
  type Message,
  type Narrative,
  OUTCOME_CODES,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCK_LABELS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  type Table2,
  table3RowLabel,
} from '@ogi/schema';
import {
  describeTable2Cell,
  describeTable3Cell,
  describeTable4Cell,
  table3Cell,
  table4Cell,
} from './cells.js';
import { ReportError } from './errors.js';
import { checkNarrative } from './narrative.js';
import { sumOfColumns, sumOfResults } from './tables.js';

/** What the checks compare the report with, besides itself. */
export interface CheckOptions {
  /** Last year's report of the same agency: enables R6 and R7. */
  readonly previous?: AnnualReport | undefined;
  /** Narrative text to check (R8) instead of, section by section, the report's own. */
  readonly narrative?: Narrative | undefined;
}

/**
 * The checks of REPORT-TEMPLATE.md, in order R1…R8, each pointing at a cell:
 * - R1 (error) per column: 一 + 二 = （七） + 四; points at 四 of the column;
 * - R2 (error) per row: 总计 = the sum of the six applicant columns; points at the row's 总计;
 * - R3 (error) per column: （七）总计 = the sum of the 21 outcome rows; points at （七）;
 * - R4 (error) per block of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结;
 * - R5 (error) every cell a non-negative integer (表二's 万元 a non-negative number);
 * - R6 (warning, with `previous`) per column: 二 = last year's 四;
 * - R7 (warning, with `previous` and both tables 二): 现行有效 = last year's + 制发 − 废止;
 * - R8 (warning): figures quoted in the narrative that contradict the tables.
 * Throws `ReportError` when `previous` is not the report of the year before.
 *
 * @example checkReport(report).filter((check) => check.severity === 'error') // what blocks publication
 */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Check[] {
  const { previous } = options;
  if (previous && previous.year !== report.year - 1) {
    throw new ReportError(
      `the previous report is for ${previous.year}, not ${report.year - 1}, the year before ${report.year}`,
    );
  }
  const narrative =
    options.narrative || report.narrative
      ? { ...report.narrative, ...options.narrative }
      : undefined;
  return [
    ...checkR1(report),
    ...checkR2(report),
    ...checkR3(report),
    ...checkR4(report),
    ...checkR5(report),
    ...(previous ? checkR6(report, previous) : []),
    ...(previous ? checkR7(report, previous) : []),
    ...checkNarrative(report, narrative),
  ];
}

/** Whether any check blocks publication (an R1–R5 error). */
export function hasErrors(checks: readonly Check[]): boolean {
  return checks.some((check) => check.severity === 'error');
}

function error(id: Check['id'], cell: string, message: Message): Check {
  return { id, severity: 'error', cell, message };
}

function warning(id: Check['id'], cell: string, message: Message): Check {
  return { id, severity: 'warning', cell, message };
}

function checkR1({ table3 }: AnnualReport): Check[] {
  const checks: Check[] = [];
  for (const column of TABLE3_COLUMNS) {
    const received = table3.received[column];
    const carriedOver = table3.carriedOver[column];
    const decided = table3.decidedTotal[column];
    const carriedForward = table3.carriedForward[column];
    const opened = received + carriedOver;
    const closed = decided + carriedForward;
    if (opened === closed) continue;
    checks.push(
      error('R1', table3Cell('carriedForward', column), {
        zh: `“${TABLE3_COLUMN_LABELS[column]}”列：一（${received}）＋二（${carriedOver}）＝${opened}，不等于三（七）总计（${decided}）＋四（${carriedForward}）＝${closed}。本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和`,
        en: `column "${column}": received (${received}) + carriedOver (${carriedOver}) = ${opened}, but decidedTotal (${decided}) + carriedForward (${carriedForward}) = ${closed}`,
      }),
    );
  }
  return checks;
}

function checkR2({ table3 }: AnnualReport): Check[] {
  const checks: Check[] = [];
  for (const row of TABLE3_ROWS) {
    const total = table3[row].total;
    const sum = sumOfColumns(table3[row]);
    if (total === sum) continue;
    const where = describeTable3Cell(row, 'total');
    checks.push(
      error('R2', table3Cell(row, 'total'), {
        zh: `${where.zh}为${total}，但该行各申请人列之和为${sum}`,
        en: `${where.en} is ${total}, but the row's applicant columns add up to ${sum}`,
      }),
    );
  }
  return checks;
}

function checkR3({ table3 }: AnnualReport): Check[] {
  const checks: Check[] = [];
  for (const column of TABLE3_COLUMNS) {
    const total = table3.decidedTotal[column];
    let sum = 0;
    for (const code of OUTCOME_CODES) sum += table3[code][column];
    if (total === sum) continue;
    const where = describeTable3Cell('decidedTotal', column);
    checks.push(
      error('R3', table3Cell('decidedTotal', column), {
        zh: `${where.zh}为${total}，但（一）至（六）各项办理结果之和为${sum}`,
        en: `${where.en} is ${total}, but the outcome rows of the column add up to ${sum}`,
      }),
    );
  }
  return checks;
}

function checkR4({ table4 }: AnnualReport): Check[] {
  const checks: Check[] = [];
  for (const block of TABLE4_BLOCKS) {
    const cells = table4[block];
    const sum = sumOfResults(cells);
    if (cells.total === sum) continue;
    const where = describeTable4Cell(block, 'total');
    checks.push(
      error('R4', table4Cell(block, 'total'), {
        zh: `${where.zh}为${cells.total}，但“${TABLE4_BLOCK_LABELS[block]}”的结果维持、结果纠正、其他结果、尚未审结之和为${sum}`,
        en: `${where.en} is ${cells.total}, but upheld + corrected + other + pending = ${sum}`,
      }),
    );
  }
  return checks;
}

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isAmount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function checkR5(report: AnnualReport): Check[] {
  const checks: Check[] = [];
  const count = (cell: string, where: Message, value: unknown) => {
    if (isCount(value)) return;
    checks.push(
      error('R5', cell, {
        zh: `${where.zh}应为非负整数（无数据填0），现为${String(value)}`,
        en: `${where.en} must be a non-negative whole number (0 when there is none), not ${String(value)}`,
      }),
    );
  };
  for (const row of TABLE3_ROWS) {
    for (const column of TABLE3_COLUMNS) {
      count(table3Cell(row, column), describeTable3Cell(row, column), report.table3[row][column]);
    }
  }
  for (const block of TABLE4_BLOCKS) {
    for (const column of TABLE4_COLUMNS) {
      count(
        table4Cell(block, column),
        describeTable4Cell(block, column),
        report.table4[block][column],
      );
    }
  }
  const table2 = report.table2;
  if (table2) {
    for (const row of ['regulations', 'normativeDocuments'] as const) {
      for (const column of ['issued', 'repealed', 'inForce'] as const) {
        count(`table2.${row}.${column}`, describeTable2Cell(row, column), table2[row][column]);
      }
    }
    for (const row of ['licensing', 'penalties', 'enforcement'] as const) {
      count(`table2.${row}.decisions`, describeTable2Cell(row, 'decisions'), table2[row].decisions);
    }
    const fee = table2.administrativeFees.wanYuan;
    if (!isAmount(fee)) {
      const where = describeTable2Cell('administrativeFees', 'wanYuan');
      checks.push(
        error('R5', 'table2.administrativeFees.wanYuan', {
          zh: `${where.zh}应为非负数（单位：万元，可有小数），现为${String(fee)}`,
          en: `${where.en} must be a non-negative amount in 万元 (decimals allowed), not ${String(fee)}`,
        }),
      );
    }
  }
  if (report.feesCollectedYuan !== undefined) {
    count(
      'feesCollectedYuan',
      {
        zh: '六、信息处理费收取金额（元）',
        en: 'the information processing fees collected (yuan)',
      },
      report.feesCollectedYuan,
    );
  }
  return checks;
}

function checkR6(report: AnnualReport, previous: AnnualReport): Check[] {
  const checks: Check[] = [];
  for (const column of TABLE3_COLUMNS) {
    const carriedOver = report.table3.carriedOver[column];
    const lastForward = previous.table3.carriedForward[column];
    if (carriedOver === lastForward) continue;
    const where = describeTable3Cell('carriedOver', column);
    checks.push(
      warning('R6', table3Cell('carriedOver', column), {
        zh: `${where.zh}为${carriedOver}，但${previous.year}年度报告“${table3RowLabel('carriedForward')}”的“${TABLE3_COLUMN_LABELS[column]}”列为${lastForward}`,
        en: `${where.en} is ${carriedOver}, but the ${previous.year} report carried ${lastForward} forward in that column`,
      }),
    );
  }
  return checks;
}

function checkR7(report: AnnualReport, previous: AnnualReport): Check[] {
  const now = report.table2;
  const before = previous.table2;
  if (!now || !before) return [];
  const checks: Check[] = [];
  for (const row of [
    'regulations',
    'normativeDocuments',
  ] as const satisfies readonly (keyof Table2)[]) {
    const { issued, repealed, inForce } = now[row];
    const expected = before[row].inForce + issued - repealed;
    if (inForce === expected) continue;
    const where = describeTable2Cell(row, 'inForce');
    checks.push(
      warning('R7', `table2.${row}.inForce`, {
        zh: `${where.zh}为${inForce}，但上年现行有效件数（${before[row].inForce}）＋本年制发件数（${issued}）－本年废止件数（${repealed}）＝${expected}`,
        en: `${where.en} is ${inForce}, but last year's ${before[row].inForce} + ${issued} issued − ${repealed} repealed = ${expected}`,
      }),
    );
  }
  return checks;
}
