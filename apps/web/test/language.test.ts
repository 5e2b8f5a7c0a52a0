import { afterEach, describe, expect, it } from 'vitest';
import { bracketed, colon, setLanguage } from '../src/i18n/language.js';

describe('Function: colon', () => {
  afterEach(() => setLanguage('zh'));

  it('returns the full-width colon on a Chinese page and ": " on an English one', () => {
    // Act
    const chinese = colon();
    setLanguage('en');
    const english = colon();

    // Assess
    expect(chinese).toBe('：');
    expect(english).toBe(': ');
  });
});

describe('Function: bracketed', () => {
  afterEach(() => setLanguage('zh'));

  it('returns full-width brackets on a Chinese page', () => {
    // Act
    const shown = bracketed('选填');

    // Assess
    expect(shown).toBe('（选填）');
  });

  it('returns ASCII brackets after a space on an English page', () => {
    // Prepare
    setLanguage('en');

    // Act
    const shown = bracketed('clerk-he');

    // Assess
    expect(shown).toBe(' (clerk-he)');
  });
});
