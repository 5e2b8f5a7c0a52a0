import { docxParagraphs } from '@ogi/report/testing';
import { type LetterDocument, LetterDocument as LetterDocumentSchema } from '@ogi/schema';
import { expect } from 'vitest';
import { type LetterStep, lettersForStep, renderLetterDocx } from '../../src/index.js';
import { DISTRICT } from './cases.js';

/** The 文号 the tests give an issued letter. */
export const NUMBER = '大场依申〔2026〕第12号';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** A date as the letters must print it, worked out apart from the package's own formatter. */
export function zhDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A deadline as the letters must print it: the date and its weekday. */
export function zhDeadline(iso: string | null | undefined): string {
  if (!iso) throw new Error('no deadline');
  return `${zhDate(iso)}（${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}）`;
}

/** The one letter a step issues, checked against the letters' schema. */
export function onlyLetter(step: LetterStep): LetterDocument {
  const letters = lettersForStep(step);
  expect(letters).toHaveLength(1);
  const [letter] = letters;
  if (!letter) throw new Error('no letter');
  return LetterDocumentSchema.parse(letter);
}

/** The text of a letter as printed: rendered with a number, unzipped, one line per paragraph. */
export async function printed(letter: LetterDocument): Promise<string> {
  return docxParagraphs(await renderLetterDocx({ ...letter, number: NUMBER })).join('\n');
}

/** The remedies paragraph every answer ends with (Art. 51), naming the district's bodies. */
export function expectRemedies(text: string, decision = '本答复'): void {
  const letters = DISTRICT.letters;
  if (!letters) throw new Error('the test district issues letters');
  expect(text).toContain('《中华人民共和国政府信息公开条例》第五十一条');
  expect(text).toContain('《中华人民共和国行政复议法》');
  expect(text).toContain('《中华人民共和国行政诉讼法》');
  expect(text).toContain(
    `可以自收到${decision}之日起60日内向${letters.reconsiderationBody}申请行政复议，或者自收到${decision}之日起6个月内向${letters.court}提起行政诉讼`,
  );
}

/** The parts every printed letter to the applicant carries. */
export function expectLetterhead(text: string, title: string, to: string): void {
  const lines = text.split('\n');
  expect(lines.slice(0, 3)).toEqual([title, NUMBER, `${to}：`]);
  expect(lines.slice(-3, -1)).toEqual(['（印章）', DISTRICT.names.agency]);
  // No blank where a field should be: no empty brackets, no stray punctuation, no JavaScript leftovers.
  expect(text).not.toMatch(/：。|：；|，。|undefined|null|NaN|（）/);
}
