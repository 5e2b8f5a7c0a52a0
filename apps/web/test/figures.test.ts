import { ANSWER_DAY_BINS } from '@ogi/domain';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/i18n/catalogue.js';
import { fill } from '../src/i18n/fill.js';
import { layBars, tickStep } from '../src/staff/chart-layout.js';
import {
  dayBars,
  monthBars,
  outcomeBars,
  percent,
  periodBinIndex,
  yearsOffered,
} from '../src/staff/figures.js';

const zh = (key: keyof typeof CATALOGUE.zh) => CATALOGUE.zh[key];
const en = (key: keyof typeof CATALOGUE.en) => CATALOGUE.en[key];
const bins = ANSWER_DAY_BINS.map((bin, i) => ({ ...bin, count: i }));

describe('Function: layBars', () => {
  it('stands every bar on the axis, the largest reaching the top tick at or above it', () => {
    // Act
    const layout = layBars(
      [
        { label: 'a', value: 3 },
        { label: 'b', value: 0 },
        { label: 'c', value: 7 },
      ],
      { width: 336, height: 280 },
    );

    // Assess: steps of 2 up to 8; the plot runs from y 36 to y 236, three slots of 96 from x 40.
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8]);
    expect(layout.bars.map((bar) => bar.y + bar.height)).toEqual([236, 236, 236]);
    expect(layout.bars.map((bar) => bar.height)).toEqual([75, 0, 175]);
    expect(layout.bars.map((bar) => bar.centre)).toEqual([88, 184, 280]);
    expect(layout.lineX).toBeNull();
  });

  it('draws the marker line between the bar it follows and the next', () => {
    // Act
    const layout = layBars(dayBars(bins, zh), { width: 948, lineAfter: 3 });

    // Assess: nine slots of 100 from x 40: the line at the end of the 4th.
    expect(layout.lineX).toBe(440);
  });

  it('keeps a scale of one request for a chart of zeros', () => {
    // Act
    const layout = layBars([{ label: 'a', value: 0 }]);

    // Assess
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(layout.bars[0]?.height).toBe(0);
  });
});

describe('Function: tickStep', () => {
  it.each([
    [0, 1],
    [3, 1],
    [7, 2],
    [20, 5],
    [35_000, 10_000],
    [1234, 500],
  ])('picks for a largest value of %i a step of %i', (max, step) => {
    // Act & Assess
    expect(tickStep(max)).toBe(step);
  });
});

describe('Figures page: the charts’ bars', () => {
  it('labels the months in Chinese and English, the English table naming them in full', () => {
    // Act
    const chinese = monthBars([0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 0], 'zh');
    const english = monthBars([0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 0], 'en');

    // Assess
    expect(chinese[2]).toEqual({ label: '3月', value: 5 });
    expect(english[10]).toEqual({ label: 'Nov', name: 'November', value: 1 });
  });

  it('puts each outcome group’s number on the axis and its name below it', () => {
    // Act
    const bars = outcomeBars(
      ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'].map((group, count) => ({
        group: group as '（一）',
        count,
      })),
      zh,
    );

    // Assess
    expect(bars[0]).toEqual({
      label: '（一）',
      sublabel: '予以公开',
      name: '（一）予以公开',
      value: 0,
    });
    expect(outcomeBars([{ group: '（四）', count: 2 }], en)[0]).toMatchObject({
      label: '(1)',
      sublabel: 'Disclosed',
    });
  });

  it('names the working-day bins, the last one open, and finds the bin the 20-day line follows (Art. 33 ¶2)', () => {
    // Act
    const bars = dayBars(bins, zh);

    // Assess
    expect(bars.map((bar) => bar.label)).toEqual([
      '0–5',
      '6–10',
      '11–15',
      '16–20',
      '21–25',
      '26–30',
      '31–35',
      '36–40',
      '41+',
    ]);
    expect(bars[0]?.name).toBe('0–5个工作日');
    expect(bars[8]?.name).toBe('40个工作日以上');
    expect(dayBars(bins, en)[8]?.name).toBe('over 40 working days');
    expect(periodBinIndex(bins, 20)).toBe(3);
    expect(periodBinIndex(bins, 19)).toBeUndefined();
  });
});

describe('Figures page: numbers in words', () => {
  it('writes shares as percentages with one decimal at most, and a dash for none', () => {
    // Act & Assess
    expect([percent(0.8), percent(2 / 3), percent(1), percent(null)]).toEqual([
      '80%',
      '66.7%',
      '100%',
      '—',
    ]);
  });

  it('fills a catalogue text’s placeholders and leaves unknown ones', () => {
    // Act & Assess
    expect(fill(zh('figuresOnTimeDetail'), { n: 4, m: 5 })).toBe('已知的5件中按时4件');
    expect(fill('{n} of {x}', { n: 1 })).toBe('1 of {x}');
  });

  it('offers the years from this one back to 2008, the first annual report', () => {
    // Act
    const years = yearsOffered(2026);

    // Assess
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2008);
    expect(years).toHaveLength(19);
  });
});
