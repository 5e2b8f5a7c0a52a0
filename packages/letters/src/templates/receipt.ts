import { STATUTE } from '@ogi/domain';
import { ARTICLES, citeArticle } from '../citations.js';
import type { LetterText } from './types.js';

/** The named fields of 政府信息公开申请接收回执 (Art. 31). */
export interface ReceiptFields {
  /** 受理编号. */
  readonly receiptNo: string;
  /** The request's description, as the applicant wrote it. */
  readonly description: string;
  /** The day of receipt, e.g. 2026年9月18日. */
  readonly receivedOn: string;
  /** Why that day counts as receipt, as the clock states it for the channel. */
  readonly basis: string;
  /** The answer deadline with its weekday. */
  readonly dueOn: string;
  /** Where the applicant looks the request up: the district's website, when it has one. */
  readonly lookupAt?: string;
  /** The office's address and phone, for questions. */
  readonly contact: string;
}

/** 政府信息公开申请接收回执: receipt, its basis (Art. 31), the deadline (Art. 33 ¶2), the query code. */
export function receiptTemplate(f: ReceiptFields): LetterText {
  const where = f.lookupAt ? `在${f.lookupAt}` : '';
  return {
    title: '政府信息公开申请接收回执',
    paragraphs: [
      `你（单位）提交的政府信息公开申请（所需信息：${f.description}）已收到，受理编号为${f.receiptNo}。`,
      `本机关收到申请之日为${f.receivedOn}。${f.basis}。`,
      `根据${citeArticle(ARTICLES.answerPeriod)}，本机关将自收到申请之日起${STATUTE.answerWorkingDays}个工作日内，即于${f.dueOn}前予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意，将告知你（单位），延长的期限最长不超过${STATUTE.maxExtensionWorkingDays}个工作日。`,
      `你（单位）可凭受理编号和提交申请时获得的查询码，${where}查询办理进度、接收和下载本机关出具的文书。查询码仅在提交申请时显示一次，本机关不保存其明文，无法找回，请妥善保管，不要告知他人。`,
      `特此回执。如有疑问，请与本机关联系（${f.contact}）。`,
    ],
  };
}
