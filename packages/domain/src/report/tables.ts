import {
  APPLICANT_COLUMNS,
  OUTCOME_CODES,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  type Table3,
  type Table3Cells,
  type Table4,
  type Table4Cells,
} from '@ogi/schema';

/** A table-三 row of zeros. */
export function zeroTable3Cells(): Table3Cells {
  return {
    naturalPerson: 0,
    commercial: 0,
    research: 0,
    publicInterest: 0,
    legalService: 0,
    otherOrg: 0,
    total: 0,
  };
}

/** A table-四 block of zeros. */
export function zeroTable4Cells(): Table4Cells {
  return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
}

/** Table 三 with every cell 0, rows in the template's order. */
export function emptyTable3(): Table3 {
  return Object.fromEntries(TABLE3_ROWS.map((row) => [row, zeroTable3Cells()])) as Table3;
}

/** Table 四 with every cell 0. */
export function emptyTable4(): Table4 {
  return {
    reconsideration: zeroTable4Cells(),
    litigationDirect: zeroTable4Cells(),
    litigationAfterReconsideration: zeroTable4Cells(),
  };
}

/** The sum of a table-三 row's applicant columns (what its 总计 should be). */
export function sumOfColumns(cells: Table3Cells): number {
  let sum = 0;
  for (const column of APPLICANT_COLUMNS) sum += cells[column];
  return sum;
}

/** The sum of a table-四 block's result columns (what its 总计 should be). */
export function sumOfResults(cells: Table4Cells): number {
  return cells.upheld + cells.corrected + cells.other + cells.pending;
}

/**
 * Fills in what the template computes: each row's 总计, the （七）总计 row
 * (the sum of the 21 outcome rows, per column) and each table-四 block's 总计.
 * Mutates and returns its arguments.
 */
export function completeTotals(table3: Table3, table4: Table4): { table3: Table3; table4: Table4 } {
  const decided = zeroTable3Cells();
  for (const code of OUTCOME_CODES) {
    for (const column of APPLICANT_COLUMNS) decided[column] += table3[code][column];
  }
  table3.decidedTotal = decided;
  for (const row of TABLE3_ROWS) table3[row].total = sumOfColumns(table3[row]);
  for (const block of TABLE4_BLOCKS) table4[block].total = sumOfResults(table4[block]);
  return { table3, table4 };
}
