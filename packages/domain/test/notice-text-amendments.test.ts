import { describe, expect, it } from 'vitest';
import { type HolidayNotice, parseHolidayNotice } from '../src/index.js';
import { changeLine, nationalNotice, problemsOf, published } from './notice-text-support.js';

// The amendments of a year's notice: 调整 (as the 2019 Labour Day notice, 国办发明电〔2019〕3号)
// replaces a festival's dates; 延长 (as the 2020 Spring Festival notice, 国办发明电〔2020〕1号)
// extends its holiday. Either is checked as a whole with the year's notice it amends.

const notice2019 = parseHolidayNotice(published('2019')).notice;
const notice2020 = parseHolidayNotice(published('2020')).notice;

/** The line an amendment's numbered line stands on in `amendmentText`. */
const ITEM_LINE = 8;

/** An amendment of `year`'s `festival` as the State Council writes one, its dated line `一、<line>`. */
function amendmentText(action: '调整' | '延长', year: number, festival: string, line: string) {
  return [
    `国务院办公厅关于${action}${year}年${festival}${action === '调整' ? '假期安排' : '假期'}的通知`,
    `国办发明电〔${year}〕9号`,
    '',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '',
    `经国务院批准，现将${action}${year}年${festival}假期的具体安排通知如下。`,
    '',
    `一、${line}`,
    '',
    '二、各地区、各部门要抓紧做好落实工作。',
    '',
    '国务院办公厅',
    `${year}年1月20日`,
  ].join('\n');
}

const citationOf = (action: '调整' | '延长', year: number, festival: string) =>
  `国务院办公厅关于${action}${year}年${festival}${action === '调整' ? '假期安排' : '假期'}的通知（国办发明电〔${year}〕9号）`;

/** The notice `text` amends `base` into. */
function amended(text: string, base: HolidayNotice): HolidayNotice {
  return parseHolidayNotice(text, [base]).notice;
}

describe('Function: parseHolidayNotice, amendments', () => {
  describe('调整: replacing a festival’s dates', () => {
    it.each([
      ['without its name', '2026年5月1日至3日放假，共3天。'],
      ['after its name', '劳动节：5月1日至3日放假，共3天。'],
    ])(
      "replaces the festival's rest days and drops its make-up day, keeping the other festivals' (line %s)",
      (_form, line) => {
        // Prepare: the 2026 notice gives 劳动节 5月1日至5日 and the make-up Saturday 5月9日.
        const base = nationalNotice(2026);
        // Act
        const notice = amended(amendmentText('调整', 2026, '劳动节', line), base);
        // Assess
        expect(notice.holidays).toEqual(
          base.holidays.map((holiday) =>
            holiday.name === '劳动节' ? { ...holiday, to: '2026-05-03' } : holiday,
          ),
        );
        expect(notice.makeUpWorkdays).toEqual(
          base.makeUpWorkdays.filter((day) => day.on !== '2026-05-09'),
        );
        expect(notice.amendments).toEqual([
          {
            notice: citationOf('调整', 2026, '劳动节'),
            issuedOn: '2026-01-20',
            change: '劳动节 5月1日至3日放假',
          },
        ]);
      },
    );

    it('amends one festival of a merged holiday, keeping its name and the make-up days it now gives', () => {
      // Prepare: 2025 merged 国庆节、中秋节 (10月1日至8日), make-up days 9月28日 and 10月11日 for 国庆节.
      const base = nationalNotice(2025);
      const line = '10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）上班。';
      // Act
      const notice = amended(amendmentText('调整', 2025, '中秋节', line), base);
      // Assess
      expect(notice.holidays).toEqual(base.holidays);
      expect(notice.makeUpWorkdays.filter((day) => day.for === '国庆节')).toEqual([
        { on: '2025-09-28', for: '国庆节' },
      ]);
      expect(notice.amendments?.[0]?.change).toBe('中秋节 10月1日至8日放假，9月28日（周日）上班');
    });

    it.each([
      [2026, '劳动节', '5月1日（周五）放假，共1天。', '劳动节 5月1日放假'],
      [
        2026,
        '劳动节',
        '4月30日（周四）至5月4日（周一）放假调休，共5天。5月9日（周六）上班。',
        '劳动节 4月30日至5月4日放假，5月9日（周六）上班',
      ],
      [
        2019,
        '元旦',
        '2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
        '元旦 2018年12月30日至1月1日放假，12月29日（周六）上班',
      ],
      [2019, '元旦', '2018年12月29日至31日放假调休，共3天。', '元旦 2018年12月29日至31日放假'],
    ] as const)(
      'sums up a change to the %i %s as the notice writes its days: %s',
      (year, festival, line, change) => {
        // Prepare
        const base = year === 2019 ? notice2019 : nationalNotice(year);
        // Act
        const notice = amended(amendmentText('调整', year, festival, line), base);
        // Assess
        expect(notice.amendments?.map((amendment) => amendment.change)).toEqual([change]);
      },
    );

    it('keeps earlier amendments, in order, and refuses one already among them', () => {
      // Prepare: the 2019 Labour Day amendment, then a second one of 国庆节.
      const labourDay = published('2019-labour-day');
      const once = amended(labourDay, notice2019);
      const nationalDay = amendmentText(
        '调整',
        2019,
        '国庆节',
        '10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
      );
      // Act
      const twice = amended(nationalDay, once);
      const again = problemsOf(labourDay, [twice]);
      // Assess
      expect(twice.amendments?.map((amendment) => amendment.notice)).toEqual([
        '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）',
        citationOf('调整', 2019, '国庆节'),
      ]);
      expect(again).toEqual([
        {
          line: 1,
          zh: '2019年的通知已按本通知调整过',
          en: 'the 2019 notice already has this amendment',
        },
      ]);
    });

    it('refuses to amend a festival the year’s notice does not have', () => {
      // Act
      const problems = problemsOf(
        amendmentText('调整', 2026, '除夕', '2月16日（周一）放假，共1天。'),
        [nationalNotice(2026)],
      );
      // Assess
      expect(problems).toEqual([
        { line: 1, zh: '2026年的通知中没有除夕', en: 'the 2026 notice has no 除夕' },
      ]);
    });

    it('refuses an amendment without a dated line, at its title', () => {
      // Prepare
      const text = amendmentText('调整', 2026, '劳动节', '劳动节假期另行通知。');
      // Act
      const problems = problemsOf(text, [nationalNotice(2026)]);
      // Assess
      expect(problems).toEqual([
        {
          line: 1,
          zh: '调整通知应有且只有一个写明日期的编号行，本通知有0个',
          en: 'an amendment has exactly one numbered line with dates, this one has 0',
        },
      ]);
    });

    it('refuses an amendment with two dated lines, at the first', () => {
      // Prepare
      const { text } = changeLine(
        amendmentText('调整', 2026, '劳动节', '5月1日（周五）至3日（周日）放假，共3天。'),
        '二、各地区',
        '二、5月9日（周六）上班。各地区',
      );
      // Act
      const problems = problemsOf(text, [nationalNotice(2026)]);
      // Assess
      expect(problems).toEqual([
        {
          line: ITEM_LINE,
          zh: '调整通知应有且只有一个写明日期的编号行，本通知有2个',
          en: 'an amendment has exactly one numbered line with dates, this one has 2',
        },
      ]);
    });

    it('refuses a rest period it cannot read', () => {
      // Act
      const problems = problemsOf(amendmentText('调整', 2026, '劳动节', '5月1日起放假。'), [
        nationalNotice(2026),
      ]);
      // Assess
      expect(problems).toEqual([
        {
          line: ITEM_LINE,
          zh: '无法识别放假日期“5月1日起放假”：应如“1月1日（周四）至3日（周六）放假调休，共3天”',
          en: 'cannot read the rest period "5月1日起放假": expected e.g. 1月1日（周四）至3日（周六）放假调休，共3天',
        },
      ]);
    });

    it("refuses new dates that take another festival's days, naming that festival's notice", () => {
      // Prepare: 清明节 2026 is 4月4日至6日.
      const line = '4月5日（周日）至6日（周一）放假，共2天。';
      // Act
      const problems = problemsOf(amendmentText('调整', 2026, '劳动节', line), [
        nationalNotice(2026),
      ]);
      // Assess
      expect(problems).toEqual([
        {
          line: ITEM_LINE,
          zh: '2026-04-05已是清明节的放假日（2026年通知），劳动节不能再占用',
          en: '2026-04-05 is already a rest day of 清明节 (the 2026 notice), 劳动节 cannot take it too',
        },
      ]);
    });

    it("refuses new dates that take another festival's make-up day, at the amendment's line", () => {
      // Prepare: 9月20日 is a make-up Sunday of 国庆节 2026.
      const line = '9月19日（周六）至27日（周日）放假，共9天。';
      // Act
      const problems = problemsOf(amendmentText('调整', 2026, '中秋节', line), [
        nationalNotice(2026),
      ]);
      // Assess
      expect(problems).toEqual([
        {
          line: ITEM_LINE,
          zh: `2026-09-20既是中秋节的放假日（第${ITEM_LINE}行），又是上班日`,
          en: `2026-09-20 is both a rest day of 中秋节 (line ${ITEM_LINE}) and a working day`,
        },
      ]);
    });
  });

  describe('延长: extending a holiday', () => {
    it('cancels the make-up days the extension covers, its last day included', () => {
      // Prepare: 春节 2023 ran 1月21日至27日, with make-up days 1月28日 and 1月29日.
      const line = '延长2023年春节假期至1月29日（星期日），1月30日（星期一）起正常上班。';
      // Act
      const notice = amended(amendmentText('延长', 2023, '春节', line), nationalNotice(2023));
      // Assess
      expect(notice.holidays).toContainEqual({
        name: '春节',
        from: '2023-01-21',
        to: '2023-01-29',
      });
      expect(notice.makeUpWorkdays.filter((day) => day.for === '春节')).toEqual([]);
      expect(notice.amendments?.[0]?.change).toBe(
        '春节假期延长至1月29日，原定1月28日（周六）、1月29日（周日）上班取消',
      );
    });

    it('keeps the make-up days outside the extension', () => {
      // Prepare: 春节 2026 runs 2月15日至23日, with make-up days 2月14日 and 2月28日.
      const line = '延长2026年春节假期至2月24日（星期二），2月25日（星期三）起正常上班。';
      // Act
      const notice = amended(amendmentText('延长', 2026, '春节', line), nationalNotice(2026));
      // Assess
      expect(notice.makeUpWorkdays).toEqual(nationalNotice(2026).makeUpWorkdays);
      expect(notice.amendments?.[0]?.change).toBe('春节假期延长至2月24日');
    });

    it('reads an extension line without its final full stop, and a date with its year', () => {
      // Prepare
      const line = '延长2020年春节假期至2020年2月2日（星期日），2月3日（星期一）起正常上班';
      // Act
      const notice = amended(amendmentText('延长', 2020, '春节', line), notice2020);
      // Assess
      expect(notice.holidays).toContainEqual({
        name: '春节',
        from: '2020-01-24',
        to: '2020-02-02',
      });
    });

    it("refuses an extension beyond its notice's year, as it refuses any day of a year's notice", () => {
      // Prepare: 国庆节 is the year's last holiday, so no later holiday stands in the way.
      const line =
        '延长2020年国庆节假期至2021年1月5日（星期二），2021年1月6日（星期三）起正常上班。';
      // Act
      const problems = problemsOf(amendmentText('延长', 2020, '国庆节', line), [notice2020]);
      // Assess
      expect(problems).toEqual([
        {
          line: ITEM_LINE,
          zh: '2021-01-05不在2020年（及上一年12月）之内',
          en: '2021-01-05 is outside 2020 (and the December before it)',
        },
      ]);
    });

    it.each([
      [
        '延长2020年春节假期至2月2日，具体复工时间另行通知。',
        '无法识别本行：应如“延长2020年春节假期至2月2日（星期日），2月3日（星期一）起正常上班。”',
        'cannot read this line: expected e.g. 延长2020年春节假期至2月2日（星期日），2月3日（星期一）起正常上班。',
      ],
      [
        '延长2019年春节假期至2月2日（星期日），2月3日（星期一）起正常上班。',
        '本行延长的是2019年春节假期，标题却是2020年春节',
        'this line extends the 2019 春节 holiday, the title the 2020 春节 one',
      ],
      [
        '延长2020年元旦假期至2月2日（星期日），2月3日（星期一）起正常上班。',
        '本行延长的是2020年元旦假期，标题却是2020年春节',
        'this line extends the 2020 元旦 holiday, the title the 2020 春节 one',
      ],
      [
        '延长2020年春节假期至2日（星期日），2月3日（星期一）起正常上班。',
        '2日缺少月份',
        '2日 needs its month',
      ],
      [
        '延长2020年春节假期至1月30日（星期四），1月31日（星期五）起正常上班。',
        '延长至2020-01-30，但春节原已放假至2020-01-30',
        'extends to 2020-01-30, but 春节 already ran to 2020-01-30',
      ],
      [
        '延长2020年春节假期至2月2日（农历正月初九，星期六），2月3日（星期一）起正常上班。',
        '2月2日标注为星期六，但2020-02-02是星期日',
        '2月2日 is labelled 星期六, but 2020-02-02 is a Sunday',
      ],
    ])('refuses the extension line %s', (line, zh, en) => {
      // Act
      const problems = problemsOf(amendmentText('延长', 2020, '春节', line), [notice2020]);
      // Assess
      expect(problems).toEqual([{ line: ITEM_LINE, zh, en }]);
    });
  });
});
