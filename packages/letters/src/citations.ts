/**
 * The statute as letters cite it. References are written once, in the
 * domain's short form (`Art. 36(4)`, `Art. 16 ¶2`, as `OUTCOMES` records
 * them), and turned into Chinese here, so no article number is typed twice.
 */

/** The regulation's full title, as a letter names it. */
export const REGULATION = '《中华人民共和国政府信息公开条例》';

/** The fee measures the fee notice and the fee withdrawal rest on. */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/** The articles letters cite beyond those of `OUTCOMES`. */
export const ARTICLES = {
  /** Correction of an unclear request. */
  correction: 'Art. 30',
  /** The day a request counts as received. */
  receipt: 'Art. 31',
  /** Consulting a third party. */
  thirdParty: 'Art. 32',
  /** The 20 working days and their one extension. */
  answerPeriod: 'Art. 33 ¶2',
  /** The processing fee. */
  fee: 'Art. 42',
  /** Information already published: where to find it. */
  alreadyPublished: 'Art. 36(1)',
  /** Information to be disclosed: how and when it is provided. */
  provided: 'Art. 36(2)',
  /** Information another agency is responsible for: name it and its contact. */
  otherAgency: 'Art. 36(5)',
  /** The applicant's remedies. */
  remedies: 'Art. 51',
} as const;

/**
 * The remedies every answer names (Art. 51): 行政复议 within 60 days of
 * receiving the answer (《行政复议法》第二十条), 行政诉讼 within six months
 * (《行政诉讼法》第四十六条).
 */
export const REMEDIES = {
  reconsiderationDays: 60,
  litigationMonths: 6,
  reconsiderationLaw: '《中华人民共和国行政复议法》第二十条',
  litigationLaw: '《中华人民共和国行政诉讼法》第四十六条',
} as const;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * A number from 1 to 99 in Chinese numerals, as article numbers are written.
 *
 * @example chineseNumber(36) // '三十六'
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`cannot cite number ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units === 0 ? '' : DIGITS[units];
  if (tens === 0) return unitText ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${unitText}`;
}

const ARTICLE = /^Art\. (\d{1,2})(?: ¶(\d{1,2}))?(?:\((\d{1,2})\)(?:–\((\d{1,2})\))?)?$/;

/**
 * One reference of the regulation in Chinese, without the title.
 *
 * @example articleZh('Art. 36(4)') // '第三十六条第（四）项'
 * @example articleZh('Art. 16 ¶2') // '第十六条第二款'
 * @example articleZh('Art. 36(1)–(2)') // '第三十六条第（一）项、第（二）项'
 */
export function articleZh(reference: string): string {
  const match = ARTICLE.exec(reference.trim());
  if (!match) throw new RangeError(`not a citable article: ${reference}`);
  const [, article, paragraph, item, lastItem] = match;
  let text = `第${chineseNumber(Number(article))}条`;
  if (paragraph) text += `第${chineseNumber(Number(paragraph))}款`;
  if (item) {
    const last = lastItem ? Number(lastItem) : Number(item);
    const items: string[] = [];
    for (let i = Number(item); i <= last; i++) items.push(`第（${chineseNumber(i)}）项`);
    text += items.join('、');
  }
  return text;
}

/**
 * A full citation in Chinese: the regulation's articles, and the fee
 * measures where a reference names 109号. `null` for a reference with no
 * article (`—`, the outcome `other`).
 *
 * @example cite('Art. 36(4)') // '《中华人民共和国政府信息公开条例》第三十六条第（四）项'
 * @example cite('Art. 42; 国办函〔2020〕109号') // '《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'
 */
export function cite(reference: string): string | null {
  const parts = reference
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '—');
  if (parts.length === 0) return null;
  const articles = parts.filter((part) => part.startsWith('Art.')).map(articleZh);
  const others = parts
    .filter((part) => !part.startsWith('Art.'))
    .map((part) => {
      if (part === '国办函〔2020〕109号') return FEE_MEASURES;
      throw new RangeError(`not a citable reference: ${part}`);
    });
  const regulation = articles.length > 0 ? [`${REGULATION}${articles.join('、')}`] : [];
  return [...regulation, ...others].join('和');
}

/** A citation that must exist: for the constant articles of `ARTICLES`. */
export function citeArticle(reference: string): string {
  const text = cite(reference);
  if (text === null) throw new RangeError(`no article in ${reference}`);
  return text;
}
