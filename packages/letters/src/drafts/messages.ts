import type { Message } from '@ogi/schema';

/** Why a letter's field is refused, in Chinese and English. */
export const FIELD_MESSAGES = {
  items: {
    zh: '请列明申请人需要补正的事项',
    en: 'list what the applicant must correct',
  },
  thirdParty: {
    zh: '请填写征求意见的第三方名称及联系方式',
    en: 'name the third party consulted and how to reach it',
  },
  objectingThirdParty: {
    zh: '征求意见时未记录第三方名称，请填写不同意公开的第三方名称',
    en: 'the consultation named no third party: name the third party that objected',
  },
  reasons: { zh: '请说明理由', en: 'give the reasons' },
  withheld: { zh: '请写明不予公开的部分', en: 'say which part is withheld' },
  quantity: {
    zh: '请填写计费数量（按件计收为件数，按量计收为页数）',
    en: 'give the quantity the fee is for (items on the per-item scale, pages on the per-page scale)',
  },
  feePayment: {
    zh: '本地区的文书配置未填写缴费方式（letters.feePayment），无法出具收费通知书',
    en: "the district's letter settings lack the payment instructions (letters.feePayment): no fee notice can be issued",
  },
  noCorrection: {
    zh: '该案件没有补正记录，不能以补正为由作出此处理结果',
    en: 'the case has no correction on record: this outcome follows a correction',
  },
  noFee: {
    zh: '该案件没有收费通知记录，不能以逾期未缴费为由作出此处理结果',
    en: 'the case has no fee notice on record: this outcome follows one',
  },
} as const satisfies Record<string, Message>;

/** The refusal of a fee that disagrees with the scale. */
export function feeMismatch(computed: number): Message {
  return {
    zh: `按收费标准计算，信息处理费应为${computed}元`,
    en: `the fee scale gives ${computed} yuan`,
  };
}
