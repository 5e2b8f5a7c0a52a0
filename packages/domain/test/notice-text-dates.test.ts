import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../src/index.js';
import { changeLine, nationalNotice, problemsOf, published } from './notice-text-support.js';

// How notices write dates, weekdays and periods, and the ones they may not write. The 2026
// notice (国办发明电〔2025〕7号) and the 2025 one (国办发明电〔2024〕12号), each with one line changed.

/** The 2026 notice as published, with `search` replaced by `replacement`. */
const changed2026 = (search: string, replacement: string) =>
  changeLine(published('2026'), search, replacement);

describe('Function: parseHolidayNotice, dates and weekday labels', () => {
  describe('forms it reads', () => {
    it.each([
      ['星期天 for a Sunday', '1月4日（周日）上班', '1月4日（星期天）上班'],
      ['a period written with its month at both ends', '至3日（周六）', '至1月3日（周六）'],
      ['a make-up day written without its month', '、2月28日（周六）上班', '、28日（周六）上班'],
      ['a sentence after a space', '共3天。1月4日', '共3天。 1月4日'],
    ])('reads %s as the published notice', (_form, search, replacement) => {
      // Prepare
      const { text } = changed2026(search, replacement);
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice).toEqual(nationalNotice(2026));
    });

    it('reads a period written from a day to the same day as that day', () => {
      // Prepare
      const { text } = changed2026(
        '1月1日（周四）至3日（周六）放假调休，共3天',
        '1月1日（周四）至1日（周四）放假，共1天',
      );
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice.holidays[0]).toEqual({ name: '元旦', from: '2026-01-01', to: '2026-01-01' });
    });

    it('reads a holiday of ten days or more', () => {
      // Prepare
      const { text } = changed2026(
        '10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班',
        '10月1日（周四）至10日（周六）放假调休，共10天。9月20日（周日）上班',
      );
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice.holidays).toContainEqual({
        name: '国庆节',
        from: '2026-10-01',
        to: '2026-10-10',
      });
    });
  });

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

    it.each([
      ['13月4日', '13月4日不存在：没有13月', '13月4日 does not exist: there is no month 13'],
      ['0月4日', '0月4日不存在：没有0月', '0月4日 does not exist: there is no month 0'],
      [
        '1月0日',
        '1月0日不存在：2026年1月只有31天',
        '1月0日 does not exist: month 1 of 2026 has 31 days',
      ],
    ])('refuses %s, naming why it does not exist', (date, zh, en) => {
      // Prepare
      const { text, line } = changed2026('1月4日（周日）上班', `${date}上班`);
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([{ line, zh, en }]);
    });

    it.each([
      ['a single rest day', '6月19日（周五）至21日（周日）放假，共3天', '6月31日放假'],
      ['the end of a period', '6月19日（周五）至21日（周日）', '6月19日（周五）至31日（周三）'],
      ['the start of a period', '6月19日（周五）至21日（周日）', '6月31日至7月2日（周四）'],
    ])(
      'refuses a day that does not exist as %s, and nothing more of its line',
      (_where, search, replacement) => {
        // Prepare
        const { text, line } = changed2026(search, replacement);
        // Act
        const problems = problemsOf(text);
        // Assess
        expect(problems).toEqual([
          {
            line,
            zh: '6月31日不存在：2026年6月只有30天',
            en: '6月31日 does not exist: month 6 of 2026 has 30 days',
          },
        ]);
      },
    );
  });

  describe('periods', () => {
    it('refuses a rest period whose start has no month', () => {
      // Prepare
      const { text, line } = changed2026('1月1日（周四）至3日（周六）', '1日（周四）至3日（周六）');
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([{ line, zh: '1日缺少月份', en: '1日 needs its month' }]);
    });

    it('refuses a rest period that ends before it starts', () => {
      // Prepare
      const { text, line } = changed2026(
        '1月1日（周四）至3日（周六）',
        '1月3日（周六）至1日（周四）',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '放假结束日2026-01-01早于开始日2026-01-03',
          en: 'the rest period ends on 2026-01-01, before it starts on 2026-01-03',
        },
      ]);
    });

    it('refuses a day count written after 放假 that is not the length of its period', () => {
      // Prepare: 元旦 2025 was one day, 1月1日（周三）放假1天，不调休.
      const { text, line } = changeLine(published('2025'), '放假1天，不调休', '放假2天，不调休');
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '写明共2天，但2025-01-01至2025-01-01是1天',
          en: 'says 2 days (共2天), but 2025-01-01 to 2025-01-01 is 1 days',
        },
      ]);
    });

    it('refuses a clause after the rest period other than 共N天, 与周末连休 or 不调休', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2025'),
        '放假1天，不调休',
        '放假1天，视情况调休',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '无法识别“视情况调休”：应为“共N天”“与周末连休”或“不调休”',
          en: 'cannot read "视情况调休": expected 共N天, 与周末连休 or 不调休',
        },
      ]);
    });
  });

  describe("the notice's year", () => {
    it.each([
      ['2025年12月1日（周一）', '2025-12-01'],
      ['2026年12月31日（周四）', '2026-12-31'],
    ])(
      "accepts %s, from the first day of the December before to the year's last",
      (written, on) => {
        // Prepare
        const { text } = changed2026('9月20日（周日）、10月10日', `${written}、10月10日`);
        // Act
        const { notice } = parseHolidayNotice(text);
        // Assess
        expect(notice.makeUpWorkdays).toContainEqual({ on, for: '国庆节' });
      },
    );

    it.each([
      ['2025年11月30日（周日）', '2025-11-30'],
      ['2027年1月1日（周五）', '2027-01-01'],
    ])('refuses %s, a day before or after them', (written, on) => {
      // Prepare
      const { text, line } = changed2026('9月20日（周日）、10月10日', `${written}、10月10日`);
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: `${on}不在2026年（及上一年12月）之内`,
          en: `${on} is outside 2026 (and the December before it)`,
        },
      ]);
    });
  });
});
