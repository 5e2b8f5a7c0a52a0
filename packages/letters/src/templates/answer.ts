import { type OutcomeCode, type OutcomeGroup, outcomeRow } from '@ogi/schema';
import { ARTICLES, cite, citeArticle } from '../citations.js';
import {
  clause,
  contactParagraph,
  type RemedyBodies,
  type RequestReference,
  remediesParagraph,
  requestOpening,
  sentence,
} from './common.js';
import type { LetterText } from './types.js';

/** The named fields of the answer (答复书 / 告知书) to a request, one outcome of table 三. */
export interface AnswerFields extends RequestReference, RemedyBodies {
  readonly outcome: OutcomeCode;
  /** 予以公开 / 部分公开: how the information is provided. */
  readonly provision?: string;
  /** Art. 36(1): where the information was already published. */
  readonly publishedAt?: string;
  /** 部分公开: what is withheld. */
  readonly withheld?: string;
  /** The facts behind the answer. */
  readonly reasons?: string;
  /** Art. 36(5): the agency responsible for the information, and how to reach it. */
  readonly otherAgency?: { readonly name: string; readonly contact?: string };
  /** The correction asked for, for the outcomes that follow one (dates with weekdays where a deadline). */
  readonly correction?: {
    readonly requestedOn: string;
    readonly applicantDueOn: string;
    readonly receivedOn?: string;
  };
  /** The fee notice, for the fee withdrawal. */
  readonly fee?: { readonly noticedOn: string; readonly yuan: number; readonly payByOn: string };
  readonly contact: string;
}

const TITLES: Record<OutcomeGroup, string> = {
  '（一）': '政府信息公开申请答复书',
  '（二）': '政府信息部分公开告知书',
  '（三）': '政府信息不予公开告知书',
  '（四）': '政府信息无法提供告知书',
  '（五）': '政府信息公开申请不予处理告知书',
  '（六）': '政府信息公开申请终止处理告知书',
};

/** A field the draft checked: its absence here is a bug, never a blank in a letter. */
function must<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === '') throw new Error(`the answer lacks ${field}`);
  return value;
}

type Body = (f: AnswerFields, article: string) => string[];

const reasons = (f: AnswerFields) => (f.reasons ? [`具体理由：${sentence(f.reasons)}`] : []);

/** 不予公开: the ground as the regulation states it, then staff's reasons. */
const withheld =
  (ground: string): Body =>
  (f, article) => [
    `经审查，你（单位）申请获取的政府信息${ground}。根据${article}的规定，本机关决定不予公开。`,
    ...reasons(f),
  ];

/** 不予处理: the ground, then what the applicant may do instead. */
const notProcessed =
  (ground: string, instead: string): Body =>
  (f, article) => [
    `经审查，${ground}。根据${article}的规定，本机关不作为政府信息公开申请处理${instead}。`,
    ...reasons(f),
  ];

function provided(f: AnswerFields): string {
  if (f.publishedAt) {
    return `该政府信息已经主动公开，根据${citeArticle(ARTICLES.alreadyPublished)}的规定，你（单位）可以通过以下途径获取：${clause(f.publishedAt)}。`;
  }
  return `根据${citeArticle(ARTICLES.provided)}的规定，本机关将按以下方式向你（单位）提供该政府信息：${clause(must(f.provision, 'provision'))}。`;
}

const BODIES: Record<OutcomeCode, Body> = {
  disclosed: (f, article) => [
    `经审查，你（单位）申请获取的政府信息属于公开范围，根据${article}的规定，本机关决定予以公开。`,
    provided(f),
  ],
  'partly-disclosed': (f, article) => [
    `经审查，你（单位）申请获取的政府信息中，${clause(must(f.withheld, 'withheld'))}不予公开，理由如下：${sentence(must(f.reasons, 'reasons'))}`,
    `根据${article}的规定，本机关对能够区分处理的其余部分予以公开。`,
    provided(f),
  ],
  'withheld-state-secret': withheld('属于国家秘密'),
  'withheld-prohibited-by-law': withheld('属于法律、行政法规禁止公开的政府信息'),
  'withheld-three-security-one-stability': withheld(
    '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  ),
  'withheld-third-party-rights': withheld(
    '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，且第三方不同意公开，不公开亦不会对公共利益造成重大影响',
  ),
  'withheld-internal-affairs': withheld('属于人事管理、后勤管理、内部工作流程等方面的内部事务信息'),
  'withheld-process-information': withheld(
    '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
  ),
  'withheld-enforcement-file': withheld('属于行政执法案卷信息'),
  'withheld-inquiry-matter': (f, article) => [
    `经审查，你（单位）申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的查询事项。根据${article}的规定，请你（单位）依照有关法律、行政法规的规定办理。`,
    ...reasons(f),
  ],
  'unavailable-not-held': (f, article) => {
    if (!f.otherAgency) {
      return [
        `经检索，本机关没有你（单位）所申请公开的政府信息。根据${article}的规定，现告知你（单位）该政府信息不存在。`,
        ...reasons(f),
      ];
    }
    const contact = f.otherAgency.contact ? `，联系方式：${f.otherAgency.contact}` : '';
    return [
      `经审查，你（单位）所申请公开的政府信息不属于本机关负责公开。${f.reasons ? `理由：${sentence(f.reasons)}` : ''}`,
      `根据${citeArticle(ARTICLES.otherAgency)}的规定，现告知你（单位）：负责公开该政府信息的行政机关为${f.otherAgency.name}${contact}。你（单位）可以向该机关提出申请。`,
    ];
  },
  'unavailable-needs-compilation': (f, article) => [
    `经审查，本机关没有你（单位）所申请的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据${article}的规定，本机关不予提供。`,
    ...reasons(f),
  ],
  'unavailable-still-unclear': (f, article) => [
    `本机关于${must(f.correction?.requestedOn, 'correction.requestedOn')}告知你（单位）作出补正${f.correction?.receivedOn ? `，你（单位）于${f.correction.receivedOn}提交了补正` : ''}。经审查，补正后的申请内容仍不明确，本机关无法确定你（单位）所需的政府信息。根据${article}的规定，本机关无法提供。`,
    ...reasons(f),
    '你（单位）可以在明确所需政府信息的名称、文号或者便于本机关查询的其他特征性描述后，重新提出申请。',
  ],
  'not-processed-petition': notProcessed(
    '你（单位）以政府信息公开申请的形式进行信访、投诉、举报等活动',
    '，你（单位）可以通过信访、投诉、举报等相应渠道提出',
  ),
  'not-processed-repeated': notProcessed(
    '本机关已就你（单位）提出的政府信息公开申请作出答复，你（单位）本次重复申请公开相同的政府信息',
    '，不予重复处理',
  ),
  'not-processed-publication': notProcessed(
    '你（单位）申请的内容为要求本机关提供政府公报、报刊、书籍等公开出版物',
    '，你（单位）可以通过公开发行渠道、公共图书馆等途径获取',
  ),
  'not-processed-mass-requests': notProcessed(
    '你（单位）申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理',
    '，不予处理',
  ),
  'not-processed-confirmation': notProcessed(
    '你（单位）的申请内容为要求本机关确认或者重新出具你（单位）已获取的信息',
    '',
  ),
  'other-correction-lapsed': (f, article) => [
    `本机关于${must(f.correction?.requestedOn, 'correction.requestedOn')}告知你（单位）作出补正，补正期限至${must(f.correction?.applicantDueOn, 'correction.applicantDueOn')}。你（单位）无正当理由逾期未补正，根据${article}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  'other-fee-unpaid': (f, article) => [
    `本机关于${must(f.fee?.noticedOn, 'fee.noticedOn')}向你（单位）发出收费通知书，信息处理费${must(f.fee?.yuan, 'fee.yuan')}元，缴费期限至${must(f.fee?.payByOn, 'fee.payByOn')}。你（单位）逾期未缴纳，根据${article}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ],
  other: (f) => [
    `经审查，本机关对你（单位）的申请作如下处理：${sentence(must(f.reasons, 'reasons'))}`,
  ],
};

/**
 * The answer to a request for one outcome of table 三: the opening, the
 * outcome's wording citing the article `OUTCOMES` records for it, and the
 * remedies paragraph (Art. 51). The draft checks the fields each outcome
 * needs before it calls this.
 */
export function answerTemplate(f: AnswerFields): LetterText {
  const row = outcomeRow(f.outcome);
  const article = cite(row.article) ?? '';
  return {
    title: TITLES[row.group],
    paragraphs: [
      requestOpening(f),
      ...BODIES[f.outcome](f, article),
      remediesParagraph(f),
      contactParagraph(f.contact),
    ],
  };
}
