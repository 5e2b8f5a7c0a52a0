import { ARTICLES, citeArticle } from '../citations.js';
import { contactParagraph, type RemedyBodies, remediesParagraph, sentence } from './common.js';
import type { LetterText } from './types.js';

/** The named fields of the notice to an objecting third party that the agency discloses (Art. 32). */
export interface ThirdPartyDecisionFields extends RemedyBodies {
  /** The day the agency asked for the third party's opinion. */
  readonly consultedOn: string;
  /** The day the third party objected. */
  readonly objectedOn: string;
  /** The information the agency discloses. */
  readonly information: string;
  /** 予以公开 or 部分公开. */
  readonly decision: string;
  /** Why not disclosing would gravely affect the public interest. */
  readonly reasons: string;
  readonly contact: string;
}

/** 政府信息公开决定告知书 (to a third party): what is disclosed over its objection, and why (Art. 32). */
export function thirdPartyDecisionTemplate(f: ThirdPartyDecisionFields): LetterText {
  return {
    title: '政府信息公开决定告知书',
    paragraphs: [
      `本机关于${f.consultedOn}就一件政府信息公开申请书面征求你（单位）的意见，你（单位）于${f.objectedOn}提出不同意公开的意见。`,
      `经审查，本机关认为不公开可能对公共利益造成重大影响，理由如下：${sentence(f.reasons)}`,
      `根据${citeArticle(ARTICLES.thirdParty)}，本机关决定对下列政府信息${f.decision}，现将决定公开的政府信息内容和理由书面告知你（单位）：${sentence(f.information)}`,
      remediesParagraph(f, '本决定'),
      contactParagraph(f.contact),
    ],
  };
}
