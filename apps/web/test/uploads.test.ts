import { describe, expect, it } from 'vitest';
import { dateInWords } from '../src/dates.js';
import { fileProblem, formatSize } from '../src/form/uploads.js';

describe('Function: fileProblem', () => {
  it.each([
    [{ type: 'application/pdf', size: 1000 }, undefined],
    [{ type: 'image/png', size: 10 * 1024 * 1024 }, undefined],
    [{ type: 'text/html', size: 1000 }, 'uploadTypeRefused'],
    [{ type: 'image/jpeg', size: 10 * 1024 * 1024 + 1 }, 'uploadTooLarge'],
    [{ type: 'image/jpeg', size: 0 }, 'uploadTooLarge'],
  ])('judges %o as %s', (file, problem) => {
    // Act
    const found = fileProblem(file);

    // Assess
    expect(found).toBe(problem);
  });
});

describe('Function: formatSize', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [1536 * 1024, '1.5 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    // Act
    const written = formatSize(bytes);

    // Assess
    expect(written).toBe(text);
  });
});

describe('Function: dateInWords', () => {
  it('writes a date as a Chinese letter prints it', () => {
    // Act
    const zh = dateInWords('2026-01-05', 'zh');

    // Assess
    expect(zh).toBe('2026年1月5日');
  });

  it('writes a date in English words', () => {
    // Act
    const en = dateInWords('2026-11-27', 'en');

    // Assess
    expect(en).toBe('27 November 2026');
  });
});
