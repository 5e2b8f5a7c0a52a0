import { emptyForm, type FormState } from './model.js';

const STORAGE_KEY = 'ogi.request-draft';

/** A pending attempt: the body last sent and its `Idempotency-Key`, kept so a retry after a reload reuses it. */
export interface PendingAttempt {
  readonly key: string;
  readonly body: string;
}

interface StoredDraft {
  readonly form: Partial<FormState>;
  readonly attempt?: PendingAttempt;
}

/** Keeps the form (and the pending attempt) in this browser only, for a reload. */
export function saveDraft(form: FormState, attempt?: PendingAttempt, storage = localStorage): void {
  const draft: StoredDraft = attempt ? { form, attempt } : { form };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the form still works, only without a draft.
  }
}

/**
 * The draft kept by `saveDraft`, on top of an empty form: only fields of the
 * right type are taken, so an old or tampered draft never breaks the form.
 */
export function loadDraft(storage = localStorage): { form: FormState; attempt?: PendingAttempt } {
  const form = emptyForm();
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return { form };
  }
  if (!isObject(stored) || !isObject(stored.form)) return { form };
  const draft = stored.form;
  const target = form as unknown as Record<string, unknown>;
  for (const [field, initial] of Object.entries(form)) {
    const value = draft[field];
    const sameShape = Array.isArray(initial)
      ? Array.isArray(value) && value.every((item) => typeof item === 'string')
      : typeof value === typeof initial;
    if (sameShape) target[field] = value;
  }
  const attempt = stored.attempt;
  return isObject(attempt) && typeof attempt.key === 'string' && typeof attempt.body === 'string'
    ? { form, attempt: { key: attempt.key, body: attempt.body } }
    : { form };
}

/** Forgets the draft: after a submission, no personal data stays in the browser. */
export function clearDraft(storage = localStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
