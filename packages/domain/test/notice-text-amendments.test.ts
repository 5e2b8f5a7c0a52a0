import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../src/index.js';
import { changeLine, problemsOf, published } from './notice-text-support.js';

// The amendments of a year's notice: 调整 (the 2019 Labour Day notice, 国办发明电〔2019〕3号)
// replaces a festival's dates; 延长 (the 2020 Spring Festival notice, 国办发明电〔2020〕1号)
// extends its holiday.

const notice2020 = parseHolidayNotice(published('2020')).notice;

/** The 2020 Spring Festival extension with its numbered line replaced by `line`. */
function extension2020(line: string): { text: string; line: number } {
  return changeLine(
    published('2020-spring-festival'),
    '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
    line,
  );
}

describe('Function: parseHolidayNotice, amendments', () => {
  describe('延长: extending a holiday', () => {
    it("refuses an extension beyond its notice's year, as it refuses any day of a year's notice", () => {
      // Prepare: 国庆节 is the year's last holiday, so no later holiday stands in the way.
      const { text, line } = changeLine(
        published('2020-spring-festival').replaceAll('春节假期', '国庆节假期'),
        '延长2020年国庆节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
        '延长2020年国庆节假期至2021年1月5日（星期二），2021年1月6日（星期三）起正常上班。',
      );
      // Act
      const problems = problemsOf(text, [notice2020]);
      // Assess
      expect(problems).toEqual([
        {
          line,
          zh: '2021-01-05不在2020年（及上一年12月）之内',
          en: '2021-01-05 is outside 2020 (and the December before it)',
        },
      ]);
    });
  });
});
