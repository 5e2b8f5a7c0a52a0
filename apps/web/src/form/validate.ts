import { type FieldError, fieldErrorsOrData, fieldLabel, Submission } from '@ogi/schema';
import type { Language } from '../i18n/catalogue.js';
import { type FieldId, type FormState, fieldOfPath, toSubmission } from './model.js';

/** A field error placed on the form: the field it belongs to, if any. */
export interface PlacedError extends FieldError {
  readonly field: FieldId | undefined;
}

/** The form checked with the API's own schema: the submission, or every error placed on its field. */
export function checkForm(
  form: FormState,
): { ok: true; body: Record<string, unknown> } | { ok: false; errors: PlacedError[] } {
  const body = toSubmission(form);
  const result = fieldErrorsOrData(Submission, body);
  if (result.ok) return { ok: true, body };
  return { ok: false, errors: placeErrors(result.errors, form) };
}

/** Places field errors (the schema's or the API's) on the form's fields. */
export function placeErrors(errors: readonly FieldError[], form: FormState): PlacedError[] {
  return errors.map((error) => ({ ...error, field: fieldOfPath(error.path, form.kind) }));
}

/**
 * The first error of each field, for the messages beside the fields (a field
 * shows one problem at a time; the summary lists them all once).
 */
export function firstErrorPerField(errors: readonly PlacedError[]): Map<FieldId, PlacedError> {
  const byField = new Map<FieldId, PlacedError>();
  for (const error of errors) {
    if (error.field !== undefined && !byField.has(error.field)) byField.set(error.field, error);
  }
  return byField;
}

/**
 * The message of an error without the schema's field name in front
 * (`证件号码：校验位不正确` → `校验位不正确`): the form puts its own label there.
 */
export function bareMessage(error: FieldError, language: Language): string {
  if (language === 'en') return error.en;
  const label = fieldLabel(error.path.split('.'));
  const prefix = label ? `${label}：` : '';
  return prefix && error.zh.startsWith(prefix) ? error.zh.slice(prefix.length) : error.zh;
}

/** The submission's own errors with the paths the form knows (`submission.applicant.name` → `applicant.name`). */
export function submissionErrors(errors: readonly FieldError[]): FieldError[] {
  return errors
    .filter((error) => error.path.startsWith('submission.'))
    .map((error) => ({ ...error, path: error.path.slice('submission.'.length) }));
}
