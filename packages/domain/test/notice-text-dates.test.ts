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
});
