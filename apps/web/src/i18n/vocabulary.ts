import type { TextKey } from './catalogue.js';
import { language, t } from './language.js';

/**
 * A label the API gives in Chinese only (a status, a step of the history),
 * as the page shows it: the API's own words on a Chinese page; on an
 * English one the catalogue's word for the code (`words`, e.g. the staff
 * console's `STATUS_TEXT`), or the API's Chinese, marked as Chinese for
 * screen readers, where the catalogue has no word for it.
 */
export function labelOf(
  words: Readonly<Record<string, TextKey>>,
  code: string,
  chinese: string,
): { readonly text: string; readonly lang: 'zh-CN' | undefined } {
  const key = words[code];
  if (language.value === 'zh') return { text: chinese, lang: undefined };
  return key === undefined ? { text: chinese, lang: 'zh-CN' } : { text: t(key), lang: undefined };
}

/**
 * On an English page, the catalogue's word for `code` as a heading (first
 * letter capital), to stand before Chinese the page keeps (a letter's
 * title); `undefined` on a Chinese page or for a code it has no word for.
 */
export function englishNameOf(
  words: Readonly<Record<string, TextKey>>,
  code: string | undefined,
): string | undefined {
  const key = code === undefined ? undefined : words[code];
  if (language.value === 'zh' || key === undefined) return undefined;
  const word = t(key);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
