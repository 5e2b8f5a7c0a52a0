import { describe, expect, it } from 'vitest';
import { dateWithWeekdayZh, weekdayZh, workingDaysLeftZh } from '../src/index.js';

describe('Function: weekdayZh', () => {
  it.each([
    ['2026-10-04', '星期日'],
    ['2026-10-05', '星期一'],
    ['2026-10-06', '星期二'],
    ['2026-10-07', '星期三'],
    ['2026-10-08', '星期四'],
    ['2026-10-09', '星期五'],
    ['2026-10-10', '星期六'],
  ])('names %s %s', (date, weekday) => {
    // Act
    const name = weekdayZh(date);
    // Assess
    expect(name).toBe(weekday);
  });

  it('names the weekday of a make-up working day as it falls, not as worked', () => {
    // Act
    const shown = dateWithWeekdayZh('2026-02-28');
    // Assess
    expect(shown).toBe('2026-02-28（星期六）');
  });
});

describe('Function: workingDaysLeftZh', () => {
  it.each([
    [3, '还剩3个工作日'],
    [1, '还剩1个工作日'],
    [0, '今天到期'],
    [-2, '已超过2个工作日'],
  ])('says %i working days left as %s', (left, words) => {
    // Act
    const text = workingDaysLeftZh(left);
    // Assess
    expect(text).toBe(words);
  });
});
