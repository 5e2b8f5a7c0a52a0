import {
  type AnnualReport,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
  type Table2,
} from '@ogi/schema';
import { checkReport } from './checks.js';
import { draftNarrative } from './drafts.js';
import { ReportError } from './errors.js';
import { emptyTable3, emptyTable4 } from './tables.js';

/**
 * One report adding up several agencies' reports of the same year, cell by
 * cell (a district summing its towns), then checked like any other (R1–R5,
 * R6/R7 against `previous`, the district's own report of the year before).
 * Totals are summed, not recomputed, so an input's broken total shows in the
 * roll-up's checks instead of being silently repaired. Table 二, the fees and
 * the answers' timeliness are summed only when every input has them (a
 * partial sum would pass for the whole); the narrative is the district's own to write and is not carried,
 * but the roll-up drafts its sentences that restate the summed tables.
 *
 * @example rollUp([townA, townB], { agency: '青岛西海岸新区' }).table3.received.total
 */
export function rollUp(
  reports: readonly AnnualReport[],
  options: { agency?: string; previous?: AnnualReport | undefined } = {},
): AnnualReport {
  const first = reports[0];
  if (!first) throw new ReportError('a roll-up needs at least one report');
  const years = [...new Set(reports.map((report) => report.year))];
  if (years.length > 1) {
    throw new ReportError(`a roll-up adds reports of one year, not of ${years.join(', ')}`);
  }
  const table3 = emptyTable3();
  const table4 = emptyTable4();
  for (const report of reports) {
    for (const row of TABLE3_ROWS) {
      for (const column of TABLE3_COLUMNS) table3[row][column] += report.table3[row][column];
    }
    for (const block of TABLE4_BLOCKS) {
      for (const column of TABLE4_COLUMNS) table4[block][column] += report.table4[block][column];
    }
  }
  const table2 = sumTable2(reports);
  const fees = reports.every((report) => report.feesCollectedYuan !== undefined)
    ? reports.reduce((sum, report) => sum + (report.feesCollectedYuan ?? 0), 0)
    : undefined;
  const timeliness = reports.every((report) => report.timeliness !== undefined)
    ? {
        onTime: sum(reports.map((report) => report.timeliness?.onTime ?? 0)),
        late: sum(reports.map((report) => report.timeliness?.late ?? 0)),
        unknown: sum(reports.map((report) => report.timeliness?.unknown ?? 0)),
      }
    : undefined;
  const agency = (options.agency ?? reports.map((report) => report.agency).join('、')).trim();
  if (!agency) throw new ReportError('the roll-up needs the agency name');
  const summed: Omit<AnnualReport, 'checks'> = {
    year: first.year,
    agency,
    ...(table2 ? { table2 } : {}),
    table3,
    table4,
    ...(fees === undefined ? {} : { feesCollectedYuan: fees }),
    ...(timeliness === undefined ? {} : { timeliness }),
  };
  const rolled: AnnualReport = { ...summed, drafts: draftNarrative(summed), checks: [] };
  rolled.checks = checkReport(rolled, { previous: options.previous });
  return rolled;
}

function sumTable2(reports: readonly AnnualReport[]): Table2 | undefined {
  const tables = reports.map((report) => report.table2);
  if (!tables.every((table): table is Table2 => table !== undefined)) return undefined;
  const documents = (row: 'regulations' | 'normativeDocuments') => ({
    issued: sum(tables.map((table) => table[row].issued)),
    repealed: sum(tables.map((table) => table[row].repealed)),
    inForce: sum(tables.map((table) => table[row].inForce)),
  });
  return {
    regulations: documents('regulations'),
    normativeDocuments: documents('normativeDocuments'),
    licensing: { decisions: sum(tables.map((table) => table.licensing.decisions)) },
    penalties: { decisions: sum(tables.map((table) => table.penalties.decisions)) },
    enforcement: { decisions: sum(tables.map((table) => table.enforcement.decisions)) },
    // 万元 with decimals: round away binary noise (0.1 + 0.2) at a millionth of a 万元 (0.01 yuan).
    administrativeFees: {
      wanYuan:
        Math.round(sum(tables.map((table) => table.administrativeFees.wanYuan)) * 1_000_000) /
        1_000_000,
    },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
