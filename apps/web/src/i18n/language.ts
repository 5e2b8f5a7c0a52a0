import { ref } from 'vue';
import { CATALOGUE, type Language, type TextKey } from './catalogue.js';

const STORAGE_KEY = 'ogi.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The page's language: Chinese unless the applicant switched. */
export const language = ref<Language>(initialLanguage());

/** The catalogue's text for `key` in the current language. */
export function t(key: TextKey): string {
  return CATALOGUE[language.value][key];
}

/** Switches the page's language and remembers the choice in this browser. */
export function setLanguage(next: Language): void {
  language.value = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the switch still works for this page.
  }
}

/** The colon after a label, as the page's language writes it: `办理人：`, `By: `. */
export function colon(): string {
  return language.value === 'zh' ? '：' : ': ';
}

/**
 * `text` in brackets, as the page's language writes them: `（选填）`, or
 * ` (optional)` with the space English puts before them (a line's start drops it).
 */
export function bracketed(text: string): string {
  return language.value === 'zh' ? `（${text}）` : ` (${text})`;
}
