import { weekdayZh } from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';

/**
 * A date as 公文 print it (GB/T 9704-2012: Arabic numerals, no leading zeros).
 *
 * @example dateZh('2026-09-08') // '2026年9月8日'
 */
export function dateZh(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * A deadline with its weekday, so the reader need not look it up.
 *
 * @example deadlineZh('2026-11-27') // '2026年11月27日（星期五）'
 */
export function deadlineZh(date: IsoDate): string {
  return `${dateZh(date)}（${weekdayZh(date)}）`;
}
