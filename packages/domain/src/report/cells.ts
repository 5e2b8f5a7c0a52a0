import {
  type Message,
  NARRATIVE_HEADINGS,
  type NarrativeSection,
  TABLE2_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE4_BLOCK_LABELS,
  TABLE4_COLUMN_LABELS,
  type Table3Column,
  type Table3RowKey,
  type Table4Block,
  type Table4Column,
  table3RowLabel,
} from '@ogi/schema';

/** The pointer of a table-三 cell, e.g. `table3.received.total`. */
export function table3Cell(row: Table3RowKey, column: Table3Column): string {
  return `table3.${row}.${column}`;
}

/** The pointer of a table-四 cell, e.g. `table4.reconsideration.total`. */
export function table4Cell(block: Table4Block, column: Table4Column): string {
  return `table4.${block}.${column}`;
}

/** Where a table-三 cell is, for people: the row's and column's labels. */
export function describeTable3Cell(row: Table3RowKey, column: Table3Column): Message {
  return {
    zh: `表三“${table3RowLabel(row)}”行“${TABLE3_COLUMN_LABELS[column]}”列`,
    en: `table 3, row "${row}", column "${column}"`,
  };
}

/** Where a table-四 cell is, for people. */
export function describeTable4Cell(block: Table4Block, column: Table4Column): Message {
  return {
    zh: `表四“${TABLE4_BLOCK_LABELS[block]}”的“${TABLE4_COLUMN_LABELS[column]}”`,
    en: `table 4, ${block}, "${column}"`,
  };
}

/** Where a table-二 cell is, for people. */
export function describeTable2Cell(
  row: keyof typeof TABLE2_LABELS,
  column: keyof typeof TABLE2_LABELS,
): Message {
  return {
    zh: `表二“${TABLE2_LABELS[row]}”的“${TABLE2_LABELS[column]}”`,
    en: `table 2, ${row}, "${column}"`,
  };
}

/** Where a narrative section is, for people. */
export function describeNarrative(section: NarrativeSection): Message {
  return { zh: `正文“${NARRATIVE_HEADINGS[section]}”`, en: `narrative section ${section}` };
}
