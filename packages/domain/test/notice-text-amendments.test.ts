import { describe, expect, it } from 'vitest';
import { type HolidayNotice, parseHolidayNotice } from '../src/index.js';
import { nationalNotice, published } from './notice-text-support.js';

// The amendments of a year's notice: 调整 (as the 2019 Labour Day notice, 国办发明电〔2019〕3号)
// replaces a festival's dates; 延长 (as the 2020 Spring Festival notice, 国办发明电〔2020〕1号)
// extends its holiday. Either is checked as a whole with the year's notice it amends.

const notice2019 = parseHolidayNotice(published('2019')).notice;
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

/** The notice `text` amends `base` into. */
function amended(text: string, base: HolidayNotice): HolidayNotice {
  return parseHolidayNotice(text, [base]).notice;
}

describe('Function: parseHolidayNotice, amendments', () => {
  describe('调整: replacing a festival’s dates', () => {
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
  });
});
