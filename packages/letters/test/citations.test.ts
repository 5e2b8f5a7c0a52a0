import { OUTCOMES } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { ARTICLES, articleZh, cite, letterNumber } from '../src/index.js';

describe('Function: cite', () => {
  it.each([
    ['Art. 36(4)', '《中华人民共和国政府信息公开条例》第三十六条第（四）项'],
    ['Art. 16 ¶2', '《中华人民共和国政府信息公开条例》第十六条第二款'],
    ['Art. 39 ¶1', '《中华人民共和国政府信息公开条例》第三十九条第一款'],
    ['Art. 36(1)–(2)', '《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项'],
    ['Art. 14', '《中华人民共和国政府信息公开条例》第十四条'],
    ['Art. 51', '《中华人民共和国政府信息公开条例》第五十一条'],
    [
      'Art. 42; 国办函〔2020〕109号',
      '《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    ],
  ])('cites %s as %s', (reference, expected) => {
    // Act
    const text = cite(reference);

    // Assess
    expect(text).toBe(expected);
  });

  it('cites every article OUTCOMES records, and none for other', () => {
    // Act
    const cited = OUTCOMES.map((row) => [row.code, cite(row.article)] as const);

    // Assess
    for (const [code, text] of cited) {
      if (code === 'other') expect(text).toBeNull();
      else expect(text).toMatch(/^《中华人民共和国政府信息公开条例》第[一二三四五六七八九十]+条/);
    }
  });

  it('cites every article the letters name beyond OUTCOMES', () => {
    // Act
    const cited = Object.values(ARTICLES).map(articleZh);

    // Assess
    expect(cited).toEqual([
      '第三十条',
      '第三十一条',
      '第三十二条',
      '第三十三条第二款',
      '第四十二条',
      '第三十六条第（一）项',
      '第三十六条第（二）项',
      '第三十六条第（五）项',
      '第五十一条',
    ]);
  });

  it.each(['Article 36', 'Art. 100', 'Art. 36(4', '国办函〔2019〕1号'])(
    'throws on %s',
    (reference) => {
      // Act
      const act = () => cite(reference);

      // Assess
      expect(act).toThrow(RangeError);
    },
  );
});

describe('Function: letterNumber', () => {
  it('fills in the year and the number', () => {
    // Act
    const number = letterNumber('大场依申〔{year}〕第{n}号', 2026, 12);

    // Assess
    expect(number).toBe('大场依申〔2026〕第12号');
  });

  it.each([
    [2026, 0],
    [2026, 1.5],
    [26, 1],
  ])('throws on year %i and number %s', (year, n) => {
    // Act
    const act = () => letterNumber('大场依申〔{year}〕第{n}号', year, n);

    // Assess
    expect(act).toThrow(RangeError);
  });
});
