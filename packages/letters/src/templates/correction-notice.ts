import { ARTICLES, citeArticle } from '../citations.js';
import { contactParagraph, numbered, type RequestReference, requestOpening } from './common.js';
import type { LetterText } from './types.js';

/** The named fields of 补正申请告知书 (Art. 30). */
export interface CorrectionNoticeFields extends RequestReference {
  /** What the applicant must correct, as staff listed it. */
  readonly items: readonly string[];
  /** The applicant's deadline with its weekday. */
  readonly applicantDueOn: string;
  readonly contact: string;
}

/** 补正申请告知书: what to correct, by when, the restarted period, the deemed withdrawal (Art. 30). */
export function correctionNoticeTemplate(f: CorrectionNoticeFields): LetterText {
  const article = citeArticle(ARTICLES.correction);
  return {
    title: '补正申请告知书',
    paragraphs: [
      requestOpening(f),
      `经审查，你（单位）的申请内容不明确，本机关无法确定你（单位）所需的政府信息。根据${article}，请你（单位）对下列事项作出补正：`,
      ...numbered(f.items),
      `请你（单位）于${f.applicantDueOn}前向本机关提交补正后的申请。答复期限自本机关收到补正后的申请之日起重新计算。`,
      `你（单位）无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
      contactParagraph(f.contact),
    ],
  };
}
