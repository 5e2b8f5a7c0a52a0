import { ARTICLES, citeArticle } from '../citations.js';
import { clause, contactParagraph, type RequestReference, requestOpening } from './common.js';
import type { LetterText } from './types.js';

/** The named fields of 延期答复告知书 (Art. 33 ¶2). */
export interface ExtensionNoticeFields extends RequestReference {
  /** Why more time is needed, when staff said so. */
  readonly reason?: string;
  readonly workingDays: number;
  /** The deadline before the extension, with its weekday. */
  readonly originalDueOn: string;
  /** The new deadline, with its weekday. */
  readonly dueOn: string;
  /** The head of the OGI office who approved it. */
  readonly approvedBy: string;
  readonly contact: string;
}

/** 延期答复告知书: the extension, who approved it, the new deadline (Art. 33 ¶2). */
export function extensionNoticeTemplate(f: ExtensionNoticeFields): LetterText {
  const because = f.reason ? `因${clause(f.reason)}，` : '';
  return {
    title: '延期答复告知书',
    paragraphs: [
      requestOpening(f),
      `${because}本机关不能在${f.originalDueOn}前作出答复。根据${citeArticle(ARTICLES.answerPeriod)}，经本机关政府信息公开工作机构负责人（${f.approvedBy}）同意，答复期限延长${f.workingDays}个工作日，本机关将于${f.dueOn}前作出答复。`,
      contactParagraph(f.contact),
    ],
  };
}
