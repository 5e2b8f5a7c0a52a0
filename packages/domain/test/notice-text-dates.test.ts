import { describe, expect, it } from 'vitest';
import { changeLine, problemsOf, published } from './notice-text-support.js';

// How notices write dates and weekdays, and the dates they may not write.

describe('Function: parseHolidayNotice, dates and weekday labels', () => {
  describe('weekday labels', () => {
    it('checks a weekday label set off from the rest of its note by a space only', () => {
      // Prepare: 2025-01-28, 农历除夕, was a Tuesday.
      const { text, line } = changeLine(
        published('2025'),
        '1月28日（农历除夕、周二）',
        '1月28日（农历除夕　周三）',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '1月28日标注为周三，但2025-01-28是星期二',
          en: '1月28日 is labelled 周三, but 2025-01-28 is a Tuesday',
        },
      ]);
    });
  });

  describe('days that do not exist', () => {
    it('refuses 2月29日 in a year that has none, instead of moving it to the leap year before', () => {
      // Prepare: 2025 has no 29 February; 2024, the year before, had one.
      const { text, line } = changeLine(
        published('2025'),
        '2月8日（周六）上班',
        '2月29日（周六）上班',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2月29日不存在：2025年2月只有28天',
          en: '2月29日 does not exist: month 2 of 2025 has 28 days',
        },
      ]);
    });
  });
});
