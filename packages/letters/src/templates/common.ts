import { ARTICLES, chineseNumber, citeArticle, REMEDIES } from '../citations.js';

/** The request a letter to the applicant answers, as its opening names it. */
export interface RequestReference {
  readonly receiptNo: string;
  readonly description: string;
  /** The day of receipt, e.g. 2026年9月18日. */
  readonly receivedOn: string;
}

/** The opening of a letter to the applicant: which request, received when. */
export function requestOpening(f: RequestReference): string {
  return `你（单位）向本机关提出的政府信息公开申请（受理编号：${f.receiptNo}；所需信息：${f.description}），本机关已于${f.receivedOn}收到。`;
}

/** Whom the addressee may turn to against a letter (Art. 51). */
export interface RemedyBodies {
  readonly reconsiderationBody: string;
  readonly court: string;
}

/** The remedies paragraph that ends every answer and every decision over a third party's objection. */
export function remediesParagraph(f: RemedyBodies, decision = '本答复'): string {
  return `你（单位）如对${decision}不服，根据${citeArticle(ARTICLES.remedies)}、${REMEDIES.reconsiderationLaw}和${REMEDIES.litigationLaw}的规定，可以自收到${decision}之日起${REMEDIES.reconsiderationDays}日内向${f.reconsiderationBody}申请行政复议，或者自收到${decision}之日起${REMEDIES.litigationMonths}个月内向${f.court}提起行政诉讼。`;
}

/** The closing line with the office to contact. */
export function contactParagraph(contact: string, closing = '特此告知。'): string {
  return `${closing}如有疑问，请与本机关联系（${contact}）。`;
}

/** Numbered lines, as a letter lists several things: `（一）…；` and the last `（二）…。`. */
export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => {
    const end = i === items.length - 1 ? '。' : '；';
    return `（${chineseNumber(i + 1)}）${clause(item)}${end}`;
  });
}

/** Staff's text as the end of a sentence: a full stop added when it has none. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[。！？.!?]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** Staff's text inside a sentence: its final full stop dropped. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,.]+$/, '');
}
