import { STATUTE } from '@ogi/domain';
import { ARTICLES, citeArticle, FEE_MEASURES } from '../citations.js';
import {
  contactParagraph,
  numbered,
  type RequestReference,
  requestOpening,
  sentence,
} from './common.js';
import type { LetterText } from './types.js';

/** One band of the fee as the notice lists it. */
export interface FeeNoticeBand {
  readonly from: number;
  readonly to: number;
  readonly yuanEach: number;
  readonly yuan: number;
}

/** The named fields of 收费通知书 (Art. 42; 国办函〔2020〕109号). */
export interface FeeNoticeFields extends RequestReference {
  readonly scale: 'item' | 'page';
  /** The scale as the domain states it. */
  readonly basis: string;
  readonly quantity: number;
  readonly bands: readonly FeeNoticeBand[];
  readonly yuan: number;
  /** How to pay, as the district configures it. */
  readonly payment: string;
  /** The end of the 20 working days to pay, with its weekday. */
  readonly payByOn: string;
  /** Whether the answer period stands still until payment (district setting). */
  readonly pausesClock: boolean;
  readonly contact: string;
}

const UNIT = { item: '件', page: '页' } as const;
const QUANTITY = {
  item: (n: number) => `同一申请人一个自然月内累计申请${n}件`,
  page: (n: number) => `本申请所需政府信息共${n}页`,
} as const;

/**
 * Bands listed one to a line; beyond this, the rest are summed in one line,
 * so that a very large per-item quantity (a band per 10 items) still fits
 * the letter's paragraphs.
 */
const MAX_BAND_LINES = 8;

function bandLines(bands: readonly FeeNoticeBand[], unit: string): string[] {
  const line = (band: FeeNoticeBand) =>
    band.yuanEach === 0
      ? `第${band.from}—${band.to}${unit}，不收费`
      : `第${band.from}—${band.to}${unit}，每${unit}${band.yuanEach}元，计${band.yuan}元`;
  if (bands.length <= MAX_BAND_LINES) return bands.map(line);
  const listed = bands.slice(0, MAX_BAND_LINES - 1);
  const rest = bands.slice(MAX_BAND_LINES - 1);
  const first = rest[0];
  const last = rest.at(-1);
  if (!first || !last) return bands.map(line);
  const yuan = rest.reduce((sum, band) => sum + band.yuan, 0);
  return [
    ...listed.map(line),
    `第${first.from}—${last.to}${unit}，每${unit}${first.yuanEach}—${last.yuanEach}元（按上述标准逐档递增），计${yuan}元`,
  ];
}

/** 收费通知书: the scale, the quantity, the fee, how and by when to pay, and what follows if not (Art. 42; 109号). */
export function feeNoticeTemplate(f: FeeNoticeFields): LetterText {
  const unit = UNIT[f.scale];
  const bands = bandLines(f.bands, unit);
  return {
    title: '收费通知书',
    paragraphs: [
      requestOpening(f),
      `根据${citeArticle(ARTICLES.fee)}和${FEE_MEASURES}，你（单位）的申请需要缴纳信息处理费。收费依据：${f.basis}。`,
      `计费数量：${QUANTITY[f.scale](f.quantity)}。费用计算如下：`,
      ...numbered(bands),
      `应缴纳信息处理费合计${f.yuan}元。`,
      `缴费方式：${sentence(f.payment)}`,
      `请你（单位）自收到本通知书之次日起${STATUTE.feePaymentWorkingDays}个工作日内，即于${f.payByOn}前缴纳。${f.pausesClock ? '自本通知书发出之日至你（单位）缴费之日，不计算在答复期限内。' : ''}`,
      `你（单位）逾期未缴纳信息处理费的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
      contactParagraph(f.contact, '特此通知。'),
    ],
  };
}
