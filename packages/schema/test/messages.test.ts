import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldLabel, isMessageKey, MESSAGES, messageIssue } from '../src/index.js';

describe('Constant: MESSAGES', () => {
  it.each(Object.entries(MESSAGES))('has Chinese and English text for %s', (_key, message) => {
    // Assess
    expect(message.zh.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the same placeholders in both languages', () => {
    // Prepare
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const englishOnly = new Set(['invalidOption']); // lists the option codes, which are English

    // Act
    const mismatched = Object.entries(MESSAGES).filter(
      ([key, message]) =>
        !englishOnly.has(key) &&
        placeholders(message.zh).join() !== placeholders(message.en).join(),
    );

    // Assess
    expect(mismatched).toEqual([]);
  });
});

describe('Function: messageIssue', () => {
  it('returns the English text as message and the key as params.messageKey', () => {
    // Act
    const issue = messageIssue('confirmationRequired');

    // Assess
    expect(issue).toEqual({
      message: 'an online or fax request is received on the day both sides confirm it: say how',
      params: { messageKey: 'confirmationRequired' },
    });
  });
});

describe('Function: isMessageKey', () => {
  it.each([
    ['phone', true],
    ['toString', false],
    ['__proto__', false],
    [42, false],
  ])('returns %s → %s', (key, expected) => {
    // Act
    const known = isMessageKey(key);

    // Assess
    expect(known).toBe(expected);
  });
});

describe('Function: fieldLabel', () => {
  it.each([
    [['applicant', 'idNumber'], '证件号码'],
    [['applicant', 'kind'], '申请人类型'],
    [['events', 2, 'kind'], '类型'],
    [['attachments', 0, 'purpose'], '附件用途'],
    [['information', 'purpose'], '用途'],
    [['events', 2, 'on'], '日期'],
    [['attachments', 3], '附件'],
    [['unknownField'], undefined],
    [['constructor'], undefined],
    [[], undefined],
  ])('returns the label of %j', (path, expected) => {
    // Act
    const label = fieldLabel(path);

    // Assess
    expect(label).toBe(expected);
  });

  it('has a non-empty Chinese label for every field', () => {
    // Assess
    for (const label of Object.values(FIELD_LABELS)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });
});
