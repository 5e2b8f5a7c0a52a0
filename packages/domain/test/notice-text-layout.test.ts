import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../src/index.js';
import {
  changeLine,
  lineOf,
  nationalNotice,
  noticeWith,
  problemsOf,
  published,
  refusalOf,
} from './notice-text-support.js';

// A notice's layout as pasted from the government's site or a news agency: its title, its
// date of issue, its numbered lines; and how a refusal reports what it found.

describe('Function: parseHolidayNotice, layout and reporting', () => {
  describe('title and date of issue', () => {
    it('reads lines indented with full-width spaces, as official layouts print them', () => {
      // Prepare
      const indented = published('2026')
        .split('\n')
        .map((line) => `　　${line}`)
        .join('\n');
      // Act
      const { notice } = parseHolidayNotice(indented);
      // Assess
      expect(notice).toEqual(nationalNotice(2026));
    });

    it("takes the date alone on its line as the date of issue, not a page's dates around it", () => {
      // Prepare: a posting date above the title, a time stamp and a source line below the signature.
      const text = `2025年11月5日\n${published('2026')}\n发布时间：2025年11月5日\n2025年11月5日 10:23 来源：新华社\n`;
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice.issuedOn).toBe('2025-11-04');
    });

    it("cites the document number on its own line, not a page's 发文字号 field above it", () => {
      // Prepare: the gov.cn page's details, copied with the notice.
      const text = `发文字号：国办发明电〔2024〕12号\n${published('2025')}`;
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice.notice).toBe(
        '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
      );
    });

    it('refuses a date of issue that does not exist, at its line', () => {
      // Prepare
      const { text, line } = changeLine(published('2026'), '2025年11月4日', '2025年11月31日');
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '11月31日不存在：2025年11月只有30天',
          en: '11月31日 does not exist: month 11 of 2025 has 30 days',
        },
      ]);
    });

    it('refuses a text without a title at its first line, and one without a date at its last', () => {
      // Prepare
      const untitled = published('2026').replace(
        '国务院办公厅关于2026年部分节假日安排的通知',
        '通知',
      );
      const undated = published('2026').replace('2025年11月4日', '（此件公开发布）');
      // Act
      const withoutTitle = problemsOf(untitled);
      const withoutDate = problemsOf(undated);
      // Assess
      expect(withoutTitle).toEqual([
        {
          line: 1,
          zh: '找不到通知标题，如“国务院办公厅关于2027年部分节假日安排的通知”或“国务院办公厅关于调整2019年劳动节假期安排的通知”',
          en: 'no title found, such as 国务院办公厅关于2027年部分节假日安排的通知 or 国务院办公厅关于调整2019年劳动节假期安排的通知',
        },
      ]);
      expect(withoutDate).toEqual([
        {
          line: undated.split('\n').length,
          zh: '找不到成文日期：通知末尾应单独一行写明日期，如“2025年11月4日”',
          en: 'no date of issue: the notice ends with its date on a line of its own, such as 2025年11月4日',
        },
      ]);
    });

    it("names the title's own line when a news agency's lead line comes before it", () => {
      // Prepare
      const text = `新华社北京3月22日电\n${published('2019-labour-day')}`;
      // Act
      const problems = problemsOf(text, []);
      // Assess
      expect(problems.map((problem) => problem.line)).toEqual([2]);
    });
  });

  describe('numbered lines', () => {
    it('reads a holiday name with spaces around its colon', () => {
      // Prepare
      const { text } = changeLine(published('2026'), '一、元旦：', '一、 元旦 ：');
      // Act
      const { notice } = parseHolidayNotice(text);
      // Assess
      expect(notice).toEqual(nationalNotice(2026));
    });

    it.each([
      ['without a holiday name', '一、'],
      ['naming the holiday after its year', '一、2026年元旦：'],
    ])('refuses a numbered line with dates %s', (_form, replacement) => {
      // Prepare
      const { text, line } = changeLine(published('2026'), '一、元旦：', replacement);
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '无法识别本行：应为“X、节日名：日期放假……”，如“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。”',
          en: 'cannot read this line: expected "X、<holiday>：<dates>放假…", such as 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。',
        },
      ]);
    });

    it('refuses a notice without holiday lines, at its title', () => {
      // Prepare
      const text = `新华社北京11月4日电\n${noticeWith(2027, [])}`;
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line: 2,
          zh: '找不到各节日的放假安排（“一、元旦：……”等编号各行）',
          en: 'no holiday lines found (the numbered lines 一、元旦：… and so on)',
        },
      ]);
    });

    it('refuses an unreadable only holiday line without also saying no holiday line was found', () => {
      // Prepare
      const text = noticeWith(2027, ['元旦：1月1日起放假。']);
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line: 3,
          zh: '无法识别放假日期“1月1日起放假”：应如“1月1日（周四）至3日（周六）放假调休，共3天”',
          en: 'cannot read the rest period "1月1日起放假": expected e.g. 1月1日（周四）至3日（周六）放假调休，共3天',
        },
      ]);
    });
  });

  describe('days two lines claim', () => {
    it('refuses two holidays that share several days once, naming both lines', () => {
      // Prepare: 中秋节 stretched over 国庆节's first three days.
      const { text, line } = changeLine(
        published('2026'),
        '9月25日（周五）至27日（周日）放假，共3天',
        '9月25日（周五）至10月3日（周六）放假，共9天',
      );
      const nationalDay = lineOf(text, '七、国庆节');
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line: nationalDay,
          zh: `2026-10-01已是中秋节的放假日（第${line}行），国庆节不能再占用`,
          en: `2026-10-01 is already a rest day of 中秋节 (line ${line}), 国庆节 cannot take it too`,
        },
      ]);
    });

    it('refuses each pair of holidays that share a day', () => {
      // Prepare: 清明节 moved onto 劳动节, and 中秋节 onto 国庆节.
      const first = changeLine(
        published('2026'),
        '4月4日（周六）至6日（周一）',
        '5月1日（周五）至3日（周日）',
      );
      const second = changeLine(
        first.text,
        '9月25日（周五）至27日（周日）',
        '9月29日（周二）至10月1日（周四）',
      );
      // Act
      const problems = problemsOf(second.text);
      // Assess
      expect(problems.map((problem) => problem.en)).toEqual([
        `2026-05-01 is already a rest day of 清明节 (line ${first.line}), 劳动节 cannot take it too`,
        `2026-10-01 is already a rest day of 中秋节 (line ${second.line}), 国庆节 cannot take it too`,
      ]);
    });
  });

  describe('the refusal', () => {
    it('lists its problems in line order, also those found only once every line was read, and says them in its message', () => {
      // Prepare: a make-up day inside its own holiday (found last) above a wrong weekday (found first).
      const rest = changeLine(published('2026'), '5月9日（周六）上班', '5月3日（周日）上班');
      const weekday = changeLine(rest.text, '10月1日（周四）', '10月1日（周五）');
      // Act
      const refusal = refusalOf(weekday.text);
      // Assess
      expect(refusal.name).toBe('NoticeTextError');
      expect(refusal.problems.map((problem) => problem.line)).toEqual([rest.line, weekday.line]);
      expect(refusal.message).toBe(
        `line ${rest.line}: 2026-05-03 is both a rest day of 劳动节 (line ${rest.line}) and a working day; ` +
          `line ${weekday.line}: 10月1日 is labelled 周五, but 2026-10-01 is a Thursday`,
      );
    });
  });
});
