import { STATUTE } from '@ogi/domain';
import { ARTICLES, citeArticle } from '../citations.js';
import { contactParagraph, sentence } from './common.js';
import type { LetterText } from './types.js';

/** The named fields of 第三方意见征询函 (Art. 32). */
export interface ThirdPartyConsultationFields {
  /** What the third party is asked about: staff's question, or the information requested. */
  readonly question: string;
  /** The day the agency received the request, e.g. 2026年9月18日. */
  readonly receivedOn: string;
  /** The end of the 15 working days, with its weekday. */
  readonly replyDueOn: string;
  readonly contact: string;
}

/** 第三方意见征询函: what is asked, the 15 working days, what silence means (Art. 32). */
export function thirdPartyConsultationTemplate(f: ThirdPartyConsultationFields): LetterText {
  return {
    title: '第三方意见征询函',
    paragraphs: [
      `本机关于${f.receivedOn}收到一件政府信息公开申请，申请公开的政府信息涉及你（单位），公开后可能损害你（单位）的合法权益。根据${citeArticle(ARTICLES.thirdParty)}，现书面征求你（单位）的意见。`,
      `征求意见的事项：${sentence(f.question)}`,
      `请你（单位）自收到本函之日起${STATUTE.consultationReplyWorkingDays}个工作日内，即于${f.replyDueOn}前，以书面形式向本机关提出是否同意公开的意见；不同意公开的，请说明理由。`,
      '你（单位）逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
      contactParagraph(f.contact, '特此函询。'),
    ],
  };
}
