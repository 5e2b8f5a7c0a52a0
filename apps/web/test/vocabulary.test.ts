import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n/language.js';
import { englishNameOf, labelOf } from '../src/i18n/vocabulary.js';
import { EVENT_TEXT, LETTER_KIND_TEXT, STATUS_TEXT } from '../src/staff/labels.js';

describe('Function: labelOf', () => {
  afterEach(() => setLanguage('zh'));

  it('returns the API’s own Chinese on a Chinese page', () => {
    // Act
    const shown = labelOf(STATUS_TEXT, 'submitted', '已提交，待确认收到');

    // Assess
    expect(shown).toEqual({ text: '已提交，待确认收到', lang: undefined });
  });

  it('returns the catalogue’s English for a known code on an English page', () => {
    // Prepare
    setLanguage('en');

    // Act
    const status = labelOf(STATUS_TEXT, 'decided', '已答复');
    const step = labelOf(EVENT_TEXT, 'extended', '延长答复期限');

    // Assess
    expect(status).toEqual({ text: 'Answered', lang: undefined });
    expect(step).toEqual({ text: 'Deadline extended', lang: undefined });
  });

  it('keeps the API’s Chinese, marked as Chinese, for a code the catalogue lacks', () => {
    // Prepare
    setLanguage('en');

    // Act
    const shown = labelOf(EVENT_TEXT, 'a-step-from-a-newer-api', '新步骤');

    // Assess
    expect(shown).toEqual({ text: '新步骤', lang: 'zh-CN' });
  });
});

describe('Function: englishNameOf', () => {
  afterEach(() => setLanguage('zh'));

  it('returns the kind of letter in English with a capital, on an English page only', () => {
    // Act
    const onChinese = englishNameOf(LETTER_KIND_TEXT, 'extension-notice');
    setLanguage('en');
    const onEnglish = englishNameOf(LETTER_KIND_TEXT, 'extension-notice');
    const unknown = englishNameOf(LETTER_KIND_TEXT, undefined);

    // Assess
    expect(onChinese).toBeUndefined();
    expect(onEnglish).toBe('Extension notice');
    expect(unknown).toBeUndefined();
  });
});
