import {
  type FieldError,
  fieldErrorsOrData,
  NARRATIVE_SECTIONS,
  type ReportInputs,
  ReportInputsCommand,
} from '@ogi/schema';

/**
 * The report's staff-written parts as a form: one text per field, keyed by
 * the same pointer the checks use for the cell (`table2.regulations.inForce`,
 * `narrative.一`, `feesCollectedYuan`), so a check finds its field.
 */
export type InputValues = Record<string, string>;

/** Table 二's rows and the cells of each, in the template's order. */
export const TABLE2_ROWS = [
  ['regulations', ['issued', 'repealed', 'inForce']],
  ['normativeDocuments', ['issued', 'repealed', 'inForce']],
  ['licensing', ['decisions']],
  ['penalties', ['decisions']],
  ['enforcement', ['decisions']],
  ['administrativeFees', ['wanYuan']],
] as const;

/** Every cell of table 二 as a field path. */
export const TABLE2_FIELDS: readonly string[] = TABLE2_ROWS.flatMap(([row, cells]) =>
  cells.map((cell) => `table2.${row}.${cell}`),
);

/** The narrative sections as field paths. */
export const NARRATIVE_FIELDS: readonly string[] = NARRATIVE_SECTIONS.map(
  (section) => `narrative.${section}`,
);

/** Section 六's fee total, in yuan. */
export const FEES_FIELD = 'feesCollectedYuan';

const ALL_FIELDS = [...TABLE2_FIELDS, ...NARRATIVE_FIELDS, FEES_FIELD];
/** A number as staff type it: digits, a sign, a decimal point, thousands separators. */
const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** The form as the saved inputs fill it; an empty field where nothing was saved. */
export function valuesOf(inputs: ReportInputs | undefined): InputValues {
  const values: InputValues = Object.fromEntries(ALL_FIELDS.map((field) => [field, '']));
  const table2 = inputs?.table2 as Record<string, Record<string, number>> | undefined;
  for (const [row, cells] of TABLE2_ROWS) {
    for (const cell of cells) {
      const value = table2?.[row]?.[cell];
      if (value !== undefined) values[`table2.${row}.${cell}`] = String(value);
    }
  }
  for (const section of NARRATIVE_SECTIONS) {
    values[`narrative.${section}`] = inputs?.narrative?.[section] ?? '';
  }
  if (inputs?.feesCollectedYuan !== undefined) {
    values[FEES_FIELD] = String(inputs.feesCollectedYuan);
  }
  return values;
}

/** Whether two forms hold the same text in every field. */
export function sameValues(a: InputValues, b: InputValues): boolean {
  return ALL_FIELDS.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

/** A typed number as a number; other text as it is, for the schema to name; blank as nothing. */
function numberOf(text: string | undefined): number | string | undefined {
  const typed = (text ?? '').trim();
  if (typed === '') return undefined;
  return NUMBER.test(typed) ? Number(typed.replace(/,/g, '')) : typed;
}

/**
 * The inputs the form describes (unchecked): table 二 when any of its cells
 * is filled (then every cell is needed: the template wants 0, not a blank),
 * each narrative section with text, the fee total when typed (else the
 * records' sum stands).
 */
export function inputsOf(values: InputValues): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  if (TABLE2_FIELDS.some((field) => (values[field] ?? '').trim() !== '')) {
    inputs.table2 = Object.fromEntries(
      TABLE2_ROWS.map(([row, cells]) => [
        row,
        Object.fromEntries(cells.map((cell) => [cell, numberOf(values[`table2.${row}.${cell}`])])),
      ]),
    );
  }
  const narrative = Object.fromEntries(
    NARRATIVE_SECTIONS.filter(
      (section) => (values[`narrative.${section}`] ?? '').trim() !== '',
    ).map((section) => [section, values[`narrative.${section}`]]),
  );
  if (Object.keys(narrative).length > 0) inputs.narrative = narrative;
  const fees = numberOf(values[FEES_FIELD]);
  if (fees !== undefined) inputs.feesCollectedYuan = fees;
  return inputs;
}

/**
 * `PUT …/inputs`' body, checked with the API's own `ReportInputsCommand`,
 * or the first error of each field (`inputs.table2.regulations.issued` →
 * `table2.regulations.issued`; '' for an error of no field).
 */
export function inputsCommandOf(
  values: InputValues,
  expectedVersion: number,
):
  | { ok: true; body: { expectedVersion: number; inputs: ReportInputs } }
  | { ok: false; errors: Map<string, FieldError> } {
  const result = fieldErrorsOrData(ReportInputsCommand, {
    expectedVersion,
    inputs: inputsOf(values),
  });
  if (result.ok) return { ok: true, body: result.data };
  return { ok: false, errors: inputErrorsByField(result.errors) };
}

/** The first error of each field of the form, from errors whose paths start with `inputs.`. */
export function inputErrorsByField(errors: readonly FieldError[]): Map<string, FieldError> {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const path = error.path.replace(/^inputs\./, '');
    const field = ALL_FIELDS.includes(path) ? path : '';
    if (!byField.has(field)) byField.set(field, error);
  }
  return byField;
}
