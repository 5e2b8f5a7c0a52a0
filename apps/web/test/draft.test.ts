import { describe, expect, it } from 'vitest';
import { attemptFor } from '../src/form/attempt.js';
import { clearDraft, loadDraft, saveDraft } from '../src/form/draft.js';
import { emptyForm } from '../src/form/model.js';

describe('Function: loadDraft', () => {
  it('returns what saveDraft kept, with the pending attempt', () => {
    // Prepare
    const form = { ...emptyForm(), name: '张三', retrieval: ['post' as const] };
    saveDraft(form, { key: 'k'.repeat(32), body: '{}' });

    // Act
    const draft = loadDraft();

    // Assess
    expect(draft.form).toEqual(form);
    expect(draft.attempt).toEqual({ key: 'k'.repeat(32), body: '{}' });
  });

  it('returns the empty form after clearDraft', () => {
    // Prepare
    saveDraft({ ...emptyForm(), idNumber: '11010519491231002X' });

    // Act
    clearDraft();

    // Assess
    expect(loadDraft().form).toEqual(emptyForm());
    expect(localStorage.getItem('ogi.request-draft')).toBeNull();
  });

  it('ignores fields of the wrong type in a damaged draft', () => {
    // Prepare
    localStorage.setItem(
      'ogi.request-draft',
      JSON.stringify({ form: { name: 42, phone: '13800138000', deliveryForm: 'email' } }),
    );

    // Act
    const { form, attempt } = loadDraft();

    // Assess
    expect(form).toEqual({ ...emptyForm(), phone: '13800138000' });
    expect(attempt).toBeUndefined();
  });

  it('returns the empty form for a draft that is not JSON', () => {
    // Prepare
    localStorage.setItem('ogi.request-draft', '{oops');

    // Act
    const { form } = loadDraft();

    // Assess
    expect(form).toEqual(emptyForm());
  });
});

describe('Function: attemptFor', () => {
  it('reuses the pending key for the same body, so a retry creates one request', () => {
    // Prepare
    const first = attemptFor('{"a":1}');

    // Act
    const retry = attemptFor('{"a":1}', first);

    // Assess
    expect(retry.key).toBe(first.key);
    expect(first.key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('returns a new key once the body changed', () => {
    // Prepare
    const first = attemptFor('{"a":1}');

    // Act
    const changed = attemptFor('{"a":2}', first);

    // Assess
    expect(changed.key).not.toBe(first.key);
  });
});
