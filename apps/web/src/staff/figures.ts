import type { OpenQueueFigures, WorkingDaysBin, YearFigures } from '@ogi/domain';
import { REPORT_YEARS } from '@ogi/schema';
import { MONTHS_EN } from '../dates.js';
import type { Language, TextKey } from '../i18n/catalogue.js';
import { fill } from '../i18n/fill.js';
import type { ChartBar } from './chart-layout.js';

/** `GET /api/staff/stats?year=`'s answer. */
export interface StatsAnswer {
  readonly figures: YearFigures;
  readonly openQueue: OpenQueueFigures;
}

type Translate = (key: TextKey) => string;

/** The years the page offers: this year back to the first an annual report covers. */
export function yearsOffered(current: number): number[] {
  const years: number[] = [];
  for (let year = current; year >= REPORT_YEARS.first; year--) years.push(year);
  return years;
}

/** A share as a percentage with at most one decimal: `80%`, `66.7%`; `—` when there is none. */
export function percent(share: number | null): string {
  if (share === null) return '—';
  return `${Math.round(share * 1000) / 10}%`;
}

/** The requests received each month, January first: `3月`, or `Mar` with `March` in the table. */
export function monthBars(byMonth: readonly number[], language: Language): ChartBar[] {
  return byMonth.map((value, i) => {
    if (language === 'zh') return { label: `${i + 1}月`, value };
    const name = MONTHS_EN[i] ?? String(i + 1);
    return { label: name.slice(0, 3), name, value };
  });
}

const GROUP_TEXT: readonly TextKey[] = [
  'outcomeGroup1',
  'outcomeGroup2',
  'outcomeGroup3',
  'outcomeGroup4',
  'outcomeGroup5',
  'outcomeGroup6',
];

/** The closed requests by table 三 group, the group's number on the axis and its name below. */
export function outcomeBars(outcomes: YearFigures['outcomes'], t: Translate): ChartBar[] {
  return outcomes.map((outcome, i) => {
    const name = t(GROUP_TEXT[i] ?? 'outcomeGroup6');
    const split = /^(（.）|\(\d\))\s*(.*)$/.exec(name);
    return {
      label: split?.[1] ?? name,
      sublabel: split?.[2] ?? '',
      name,
      value: outcome.count,
    };
  });
}

/** The histogram's bars: `0–5` … `41+` on the axis, in words in the table. */
export function dayBars(bins: readonly WorkingDaysBin[], t: Translate): ChartBar[] {
  return bins.map((bin) => {
    const range = bin.to === null ? `${bin.from}+` : `${bin.from}–${bin.to}`;
    const name =
      bin.to === null
        ? fill(t('chartDaysBinOpen'), { n: bin.from - 1 })
        : fill(t('chartDaysBin'), { n: range });
    return { label: range, name, value: bin.count };
  });
}

/** The index of the bin the statutory period ends, for the 20-day line after it; undefined when none does. */
export function periodBinIndex(
  bins: readonly WorkingDaysBin[],
  period: number,
): number | undefined {
  const index = bins.findIndex((bin) => bin.to === period);
  return index === -1 ? undefined : index;
}
