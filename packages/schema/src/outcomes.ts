import * as z from 'zod';

/**
 * The outcome of a request, one code per row of table 三 of the national
 * annual report template (国办公开办函〔2021〕30号), in the template's order.
 */
export const OUTCOME_CODES = [
  'disclosed',
  'partly-disclosed',
  'withheld-state-secret',
  'withheld-prohibited-by-law',
  'withheld-three-security-one-stability',
  'withheld-third-party-rights',
  'withheld-internal-affairs',
  'withheld-process-information',
  'withheld-enforcement-file',
  'withheld-inquiry-matter',
  'unavailable-not-held',
  'unavailable-needs-compilation',
  'unavailable-still-unclear',
  'not-processed-petition',
  'not-processed-repeated',
  'not-processed-publication',
  'not-processed-mass-requests',
  'not-processed-confirmation',
  'other-correction-lapsed',
  'other-fee-unpaid',
  'other',
] as const;

export const OutcomeCode = z.enum(OUTCOME_CODES);
export type OutcomeCode = z.infer<typeof OutcomeCode>;

/** The groups （一）…（六） of row 三、本年度办理结果. */
export const OUTCOME_GROUPS = {
  '（一）': '予以公开',
  '（二）': '部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）': '不予公开',
  '（四）': '无法提供',
  '（五）': '不予处理',
  '（六）': '其他处理',
} as const;
export type OutcomeGroup = keyof typeof OUTCOME_GROUPS;

export interface OutcomeRow {
  readonly code: OutcomeCode;
  readonly group: OutcomeGroup;
  /** 1-based item number inside the group; absent for （一） and （二）. */
  readonly item?: number;
  /** The row's label exactly as the template prints it. */
  readonly label: string;
  /** The article of the 条例 the answer rests on. */
  readonly article: string;
}

/** Every outcome with its verbatim label in table 三, in template order. */
export const OUTCOMES: readonly OutcomeRow[] = [
  { code: 'disclosed', group: '（一）', label: '予以公开', article: 'Art. 36(1)–(2)' },
  {
    code: 'partly-disclosed',
    group: '（二）',
    label: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    article: 'Art. 37',
  },
  {
    code: 'withheld-state-secret',
    group: '（三）',
    item: 1,
    label: '属于国家秘密',
    article: 'Art. 14',
  },
  {
    code: 'withheld-prohibited-by-law',
    group: '（三）',
    item: 2,
    label: '其他法律行政法规禁止公开',
    article: 'Art. 14',
  },
  {
    code: 'withheld-three-security-one-stability',
    group: '（三）',
    item: 3,
    label: '危及“三安全一稳定”',
    article: 'Art. 14',
  },
  {
    code: 'withheld-third-party-rights',
    group: '（三）',
    item: 4,
    label: '保护第三方合法权益',
    article: 'Art. 15',
  },
  {
    code: 'withheld-internal-affairs',
    group: '（三）',
    item: 5,
    label: '属于三类内部事务信息',
    article: 'Art. 16 ¶1',
  },
  {
    code: 'withheld-process-information',
    group: '（三）',
    item: 6,
    label: '属于四类过程性信息',
    article: 'Art. 16 ¶2',
  },
  {
    code: 'withheld-enforcement-file',
    group: '（三）',
    item: 7,
    label: '属于行政执法案卷',
    article: 'Art. 16 ¶2',
  },
  {
    code: 'withheld-inquiry-matter',
    group: '（三）',
    item: 8,
    label: '属于行政查询事项',
    article: 'Art. 36(7)',
  },
  {
    code: 'unavailable-not-held',
    group: '（四）',
    item: 1,
    label: '本机关不掌握相关政府信息',
    article: 'Art. 36(4)',
  },
  {
    code: 'unavailable-needs-compilation',
    group: '（四）',
    item: 2,
    label: '没有现成信息需要另行制作',
    article: 'Art. 38',
  },
  {
    code: 'unavailable-still-unclear',
    group: '（四）',
    item: 3,
    label: '补正后申请内容仍不明确',
    article: 'Art. 30',
  },
  {
    code: 'not-processed-petition',
    group: '（五）',
    item: 1,
    label: '信访举报投诉类申请',
    article: 'Art. 39 ¶1',
  },
  {
    code: 'not-processed-repeated',
    group: '（五）',
    item: 2,
    label: '重复申请',
    article: 'Art. 36(6)',
  },
  {
    code: 'not-processed-publication',
    group: '（五）',
    item: 3,
    label: '要求提供公开出版物',
    article: 'Art. 39 ¶2',
  },
  {
    code: 'not-processed-mass-requests',
    group: '（五）',
    item: 4,
    label: '无正当理由大量反复申请',
    article: 'Art. 35',
  },
  {
    code: 'not-processed-confirmation',
    group: '（五）',
    item: 5,
    label: '要求行政机关确认或重新出具已获取信息',
    article: 'Art. 39 ¶2',
  },
  {
    code: 'other-correction-lapsed',
    group: '（六）',
    item: 1,
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    article: 'Art. 30',
  },
  {
    code: 'other-fee-unpaid',
    group: '（六）',
    item: 2,
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    article: 'Art. 42; 国办函〔2020〕109号',
  },
  { code: 'other', group: '（六）', item: 3, label: '其他', article: '—' },
];

const BY_CODE = new Map(OUTCOMES.map((row) => [row.code, row]));

/** The table-三 row of an outcome code. */
export function outcomeRow(code: OutcomeCode): OutcomeRow {
  const row = BY_CODE.get(code);
  if (!row) throw new RangeError(`unknown outcome code: ${code}`);
  return row;
}

/** Finds an outcome by its code or by its verbatim Chinese label (as ledgers write it). */
export function findOutcome(codeOrLabel: string): OutcomeRow | undefined {
  const key = codeOrLabel.trim();
  return BY_CODE.get(key as OutcomeCode) ?? OUTCOMES.find((row) => row.label === key);
}
