import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fromDayNumber,
  type HolidayNotice,
  NATIONAL_NOTICES,
  parseHolidayNotice,
  toDayNumber,
  WorkingCalendar,
} from '../src/index.js';
import {
  changeLine,
  FIXTURES,
  nationalNotice,
  problemsOf,
  published,
} from './notice-text-support.js';

/** The fixtures' names, by year, each year's notice (`YYYY`) before its amendments (`YYYY-…`). */
function publishedNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort(
      (a, b) =>
        a.slice(0, 4).localeCompare(b.slice(0, 4)) || a.length - b.length || a.localeCompare(b),
    );
}

/** The years whose notice was never amended. */
function unamendedYears(): number[] {
  return NATIONAL_NOTICES.filter((notice) => !notice.amendments).map((notice) => notice.year);
}

/** Every published notice read from its text, amendments applied after their year's notice. */
function parseAllPublished(): HolidayNotice[] {
  const notices: HolidayNotice[] = [];
  for (const name of publishedNames()) {
    const { notice } = parseHolidayNotice(published(name), notices);
    const index = notices.findIndex((each) => each.year === notice.year);
    if (index >= 0) notices[index] = notice;
    else notices.push(notice);
  }
  return notices;
}

describe('Function: parseHolidayNotice', () => {
  describe('published notices', () => {
    it('has the published text of every year in NATIONAL_NOTICES, and of each amendment', () => {
      // Prepare
      const names = publishedNames();
      // Assess
      for (const notice of NATIONAL_NOTICES) {
        expect(names).toContain(String(notice.year));
        const amendments = names.filter((name) => name.startsWith(`${notice.year}-`));
        expect(amendments).toHaveLength(notice.amendments?.length ?? 0);
      }
    });

    it.each(unamendedYears())(
      'reproduces the %i notice of NATIONAL_NOTICES from its published text',
      (year) => {
        // Act
        const parsed = parseHolidayNotice(published(String(year)));
        // Assess
        expect(parsed.kind).toBe('notice');
        expect(parsed.notice).toEqual(nationalNotice(year));
      },
    );

    it('reads the 2019 notice as first published, with Labour Day one day', () => {
      // Act
      const { notice } = parseHolidayNotice(published('2019'));
      // Assess
      expect(notice.holidays).toContainEqual({
        name: '劳动节',
        from: '2019-05-01',
        to: '2019-05-01',
      });
      expect(notice.holidays[0]).toEqual({ name: '元旦', from: '2018-12-30', to: '2019-01-01' });
      expect(notice.makeUpWorkdays[0]).toEqual({ on: '2018-12-29', for: '元旦' });
      expect(notice.amendments).toBeUndefined();
    });

    it('applies the 2019 Labour Day amendment: 1 to 4 May, with two make-up Sundays', () => {
      // Prepare
      const first = parseHolidayNotice(published('2019')).notice;
      // Act
      const amended = parseHolidayNotice(published('2019-labour-day'), [first]);
      // Assess
      expect(amended.kind).toBe('amendment');
      expect(amended.notice).toEqual(nationalNotice(2019));
    });

    it('extends the 2020 Spring Festival to 2 February and cancels the make-up Saturday 1 February', () => {
      // Prepare
      const first = parseHolidayNotice(published('2020')).notice;
      // Act
      const amended = parseHolidayNotice(published('2020-spring-festival'), [first]);
      // Assess
      expect(first.makeUpWorkdays).toContainEqual({ on: '2020-02-01', for: '春节' });
      expect(amended.notice).toEqual(nationalNotice(2020));
    });

    it("builds NATIONAL_NOTICES, and a calendar equal to today's day by day and of the same version", () => {
      // Prepare
      const today = new WorkingCalendar();
      const notices = parseAllPublished();
      const parsed = new WorkingCalendar({ notices });
      const differences: string[] = [];
      // Act
      for (let day = toDayNumber('2019-01-01'); day <= toDayNumber(today.coverage.to); day++) {
        const date = fromDayNumber(day);
        if (JSON.stringify(parsed.dayInfo(date)) !== JSON.stringify(today.dayInfo(date))) {
          differences.push(date);
        }
      }
      // Assess
      expect(notices).toEqual(NATIONAL_NOTICES);
      expect(today.coverage.to >= '2026-12-31').toBe(true);
      expect(differences).toEqual([]);
      expect(parsed.coverage).toEqual(today.coverage);
      expect(parsed.version).toBe(today.version);
    });

    it('reads the ASCII punctuation of reposted copies', () => {
      // Prepare
      const ascii = published('2026').replace(/[（），：]/g, (mark) => {
        return { '（': '(', '）': ')', '，': ',', '：': ':' }[mark] ?? mark;
      });
      // Act
      const { notice } = parseHolidayNotice(ascii);
      // Assess
      expect(notice).toEqual(nationalNotice(2026));
    });
  });

  describe('forms of dates', () => {
    const noticeOf = (line: string) =>
      `国务院办公厅关于2023年部分节假日安排的通知\n\n一、${line}\n\n国务院办公厅\n2022年12月8日\n`;

    it('reads a period across the year end written without years as starting the December before', () => {
      // Act
      const { notice } = parseHolidayNotice(
        noticeOf('元旦：12月31日（周六）至1月2日（周一）放假调休，共3天。'),
      );
      // Assess
      expect(notice.holidays).toEqual([{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }]);
    });

    it('puts a make-up day written without its year in the year nearest its holiday', () => {
      // Act
      const { notice } = parseHolidayNotice(
        noticeOf('元旦：2022年12月31日至2023年1月2日放假调休，共3天。12月25日（星期日）上班。'),
      );
      // Assess
      expect(notice.makeUpWorkdays).toEqual([{ on: '2022-12-25', for: '元旦' }]);
    });

    it('reads a period that crosses a month, its end written without the month where it is the same', () => {
      // Act
      const { notice } = parseHolidayNotice(
        noticeOf('春节：1月21日（星期六）至27日（星期五）放假调休，共7天。'),
      );
      // Assess
      expect(notice.holidays).toEqual([{ name: '春节', from: '2023-01-21', to: '2023-01-27' }]);
    });
  });

  describe('refusals', () => {
    it('refuses 2月30日, a date that does not exist, naming its line', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2026'),
        '2月28日（周六）上班',
        '2月30日（周六）上班',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2月30日不存在：2026年2月只有28天',
          en: '2月30日 does not exist: month 2 of 2026 has 28 days',
        },
      ]);
    });

    it('refuses a weekday label that is not the weekday of its date, naming its line', () => {
      // Prepare
      const { text, line } = changeLine(published('2026'), '1月1日（周四）', '1月1日（周五）');
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '1月1日标注为周五，但2026-01-01是星期四',
          en: '1月1日 is labelled 周五, but 2026-01-01 is a Thursday',
        },
      ]);
    });

    it('refuses a 共N天 that is not the length of its period, naming its line', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2025'),
        '放假调休，共8天。1月26日',
        '放假调休，共7天。1月26日',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '写明共7天，但2025-01-28至2025-02-04是8天',
          en: 'says 7 days (共7天), but 2025-01-28 to 2025-02-04 is 8 days',
        },
      ]);
    });

    it('refuses a day both rest and work, naming the line of the working day', () => {
      // Prepare: 10月3日 is inside 国庆节's 10月1日至7日.
      const { text, line } = changeLine(
        published('2026'),
        '10月10日（周六）上班',
        '10月3日（周六）上班',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: `2026-10-03既是国庆节的放假日（第${line}行），又是上班日`,
          en: `2026-10-03 is both a rest day of 国庆节 (line ${line}) and a working day`,
        },
      ]);
    });

    it('refuses a day both rest and work across lines, naming each place', () => {
      // Prepare: 清明节 moved onto 5月9日, the Saturday the Labour Day line names as a working day.
      const holiday = changeLine(
        published('2026'),
        '4月4日（周六）至6日（周一）',
        '5月8日（周五）至10日（周日）',
      );
      const { text } = holiday;
      const workLine =
        text.split('\n').findIndex((each) => each.includes('5月9日（周六）上班')) + 1;
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line: workLine,
          zh: `2026-05-09既是清明节的放假日（第${holiday.line}行），又是上班日`,
          en: `2026-05-09 is both a rest day of 清明节 (line ${holiday.line}) and a working day`,
        },
      ]);
    });

    it('refuses two holidays that claim the same day', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2026'),
        '9月25日（周五）至27日（周日）放假，共3天',
        '9月25日（周五）至10月1日（周四）放假，共7天',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems.map((problem) => problem.line)).toEqual([line + 2]);
      expect(problems[0]?.en).toContain('2026-10-01 is already a rest day of 中秋节');
    });

    it('refuses 与周末连休 for a day that does not touch a weekend', () => {
      // Prepare: 2024-06-12 is a Wednesday.
      const { text, line } = changeLine(
        published('2024'),
        '6月10日放假，与周末连休',
        '6月12日放假，与周末连休',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2024-06-12（周三）不与周末相连，却写“与周末连休”',
          en: '2024-06-12 is a Wednesday, not next to a weekend, yet the line says 与周末连休',
        },
      ]);
    });

    it('refuses a sentence it cannot read instead of dropping a day', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2026'),
        '5月9日（周六）上班',
        '5月9日（周六）补休',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '无法识别“5月9日(周六)补休”：放假日期之后应为“M月D日（周X）上班”',
          en: 'cannot read "5月9日(周六)补休": after the rest period, expected e.g. M月D日（周X）上班',
        },
      ]);
    });

    it('refuses a date outside the notice year', () => {
      // Prepare
      const { text, line } = changeLine(
        published('2026'),
        '1月4日（周日）上班',
        '2027年1月3日（周日）上班',
      );
      // Act
      const problems = problemsOf(text);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2027-01-03不在2026年（及上一年12月）之内',
          en: '2027-01-03 is outside 2026 (and the December before it)',
        },
      ]);
    });

    it('reports every problem at once, in line order', () => {
      // Prepare
      const first = changeLine(published('2026'), '1月1日（周四）', '1月1日（周五）');
      const second = changeLine(first.text, '共7天。9月20日', '共6天。9月20日');
      // Act
      const problems = problemsOf(second.text);
      // Assess
      expect(problems.map((problem) => problem.line)).toEqual([first.line, second.line]);
    });

    it('refuses an amendment of a year whose notice is not there yet', () => {
      // Act
      const problems = problemsOf(published('2019-labour-day'), []);
      // Assess
      expect(problems).toEqual([
        {
          line: 1,
          zh: '尚无2019年的节假日安排通知，无法调整：请先添加该年的通知',
          en: "there is no 2019 notice to amend: add that year's notice first",
        },
      ]);
    });

    it('refuses an amendment already applied', () => {
      // Act
      const problems = problemsOf(published('2020-spring-festival'), NATIONAL_NOTICES);
      // Assess
      expect(problems[0]?.en).toBe('the 2020 notice already has this amendment');
    });

    it('refuses an extension whose first working day is not the day after it', () => {
      // Prepare
      const first = parseHolidayNotice(published('2020')).notice;
      const { text, line } = changeLine(
        published('2020-spring-festival'),
        '2月3日（星期一）起正常上班',
        '2月4日（星期二）起正常上班',
      );
      // Act
      const problems = problemsOf(text, [first]);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2020-02-04起上班，但假期延长至2020-02-02，应为2020-02-03起上班',
          en: 'work resumes on 2020-02-04, but the holiday now ends on 2020-02-02: it resumes on 2020-02-03',
        },
      ]);
    });
  });
});
