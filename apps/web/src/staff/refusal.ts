import type { FieldError } from '@ogi/schema';
import type { ApiError } from '../api/client.js';
import { CATALOGUE } from '../i18n/catalogue.js';

/**
 * A refused answer's messages by form field, placed by `byField`; when the
 * API names no field (or never answered), one message for the whole form
 * under `''`, in both languages so the language switch changes it too.
 */
export function errorsOfRefusal(
  error: ApiError | undefined,
  byField: (fields: readonly FieldError[]) => Map<string, FieldError>,
): Map<string, FieldError> {
  if (error && error.fields.length > 0) return byField(error.fields);
  const whole = error ?? {
    code: 'network',
    zh: CATALOGUE.zh.actionFailed,
    en: CATALOGUE.en.actionFailed,
  };
  return new Map([['', { path: '', code: whole.code, zh: whole.zh, en: whole.en }]]);
}
