import type { LayoutTable } from '@ogi/report/layout';
import type { Check } from '@ogi/schema';

/** The id of the table cell that shows the report cell `pointer`. */
export const cellId = (pointer: string): string => `report-cell-${pointer}`;

/** The id of the form field that edits `path` (`narrative.一`, `table2.licensing.decisions`). */
export const fieldId = (path: string): string => `report-input-${path}`;

/** The id of the `index`th check in the list of checks, which a marked cell refers to. */
export const checkItemId = (index: number): string => `report-check-${index}`;

/** A line to show with a link to where it points, if anywhere. */
export interface LinkedLine {
  readonly key: string;
  readonly text: string;
  readonly target?: string | undefined;
}

/** The report cells the laid-out tables show, by their pointers. */
export function pointersOf(tables: readonly LayoutTable[]): Set<string> {
  const pointers = new Set<string>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) if (cell.pointer) pointers.add(cell.pointer);
    }
  }
  return pointers;
}

/** One cell's findings: the checks pointing at it, with their places in the list. */
export interface CellFindings {
  readonly severity: Check['severity'];
  readonly ids: readonly Check['id'][];
  /** The ids of the list items that describe them. */
  readonly items: readonly string[];
}

/** The findings of each cell a check points at; an error outranks a warning on the same cell. */
export function findingsByCell(checks: readonly Check[]): Map<string, CellFindings> {
  const byCell = new Map<string, CellFindings>();
  checks.forEach((check, index) => {
    const known = byCell.get(check.cell);
    byCell.set(check.cell, {
      severity: known?.severity === 'error' ? 'error' : check.severity,
      ids: [...(known?.ids ?? []), check.id],
      items: [...(known?.items ?? []), checkItemId(index)],
    });
  });
  return byCell;
}

/**
 * Where a link to the report cell or part `pointer` goes: the table cell
 * when the tables show it, else the form field that edits it when the form
 * is shown (`editable`), else nowhere. `table2` (a gap: the whole table)
 * goes to its first field.
 */
export function targetOf(
  pointer: string,
  shown: ReadonlySet<string>,
  editable: boolean,
): string | undefined {
  if (shown.has(pointer)) return cellId(pointer);
  if (!editable) return undefined;
  if (pointer === 'table2') return fieldId('table2.regulations.issued');
  if (pointer.startsWith('narrative.') || pointer === 'feesCollectedYuan') return fieldId(pointer);
  return undefined;
}
