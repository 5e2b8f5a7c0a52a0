import { type LetterDetails, OUTCOMES, type OutcomeCode } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { caseAfter, ORGANISATION, PERSON, RECEIPT_NO, type TestStep } from './support/cases.js';
import {
  expectLetterhead,
  expectRemedies,
  onlyLetter,
  printed,
  zhDate,
  zhDeadline,
} from './support/letters.js';

const RECEIVED: TestStep = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } };
const CORRECTION: TestStep = {
  event: { type: 'correctionRequested', on: '2026-09-22', items: ['请写明所需文件的名称'] },
};
const CORRECTED: TestStep = { event: { type: 'correctionReceived', on: '2026-09-29' } };
const DECIDED_ON = '2026-10-15';

interface AnswerCase {
  /** Steps between receipt and the decision. */
  readonly before?: readonly TestStep[];
  readonly letter?: LetterDetails;
  readonly title: string;
  /** The article the answer must cite, in Chinese (from `OUTCOMES`). */
  readonly cites: string | null;
  /** What the answer must say. */
  readonly says: readonly string[];
}

const REASONS = '经核查，所涉文件已由上级机关依法定密。';

/** Every outcome of table 三 (a Record, so none is left out), with the article it rests on. */
const CASES: Record<OutcomeCode, AnswerCase> = {
  disclosed: {
    title: '政府信息公开申请答复书',
    cites: '第三十六条第（一）项、第（二）项',
    says: [
      '属于公开范围',
      '本机关决定予以公开',
      // Art. 36(2): provided in the forms the applicant chose.
      '第三十六条第（二）项的规定，本机关将按以下方式向你（单位）提供该政府信息：以纸质形式，通过邮寄方式提供。',
    ],
  },
  'partly-disclosed': {
    letter: {
      withheld: '评审专家个人信息',
      reasons: '属于个人隐私，公开会对第三方合法权益造成损害。',
    },
    title: '政府信息部分公开告知书',
    cites: '第三十七条',
    says: [
      '评审专家个人信息不予公开，理由如下：属于个人隐私，公开会对第三方合法权益造成损害。',
      '对能够区分处理的其余部分予以公开',
      '以纸质形式，通过邮寄方式提供',
    ],
  },
  'withheld-state-secret': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十四条',
    says: ['属于国家秘密', '本机关决定不予公开', `具体理由：${REASONS}`],
  },
  'withheld-prohibited-by-law': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十四条',
    says: ['法律、行政法规禁止公开', '不予公开'],
  },
  'withheld-three-security-one-stability': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十四条',
    says: ['危及国家安全、公共安全、经济安全、社会稳定', '不予公开'],
  },
  'withheld-third-party-rights': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十五条',
    says: ['商业秘密、个人隐私', '第三方合法权益', '不予公开'],
  },
  'withheld-internal-affairs': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十六条第一款',
    says: ['内部事务信息', '不予公开'],
  },
  'withheld-process-information': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十六条第二款',
    says: ['过程性信息', '不予公开'],
  },
  'withheld-enforcement-file': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第十六条第二款',
    says: ['行政执法案卷信息', '不予公开'],
  },
  'withheld-inquiry-matter': {
    letter: { reasons: REASONS },
    title: '政府信息不予公开告知书',
    cites: '第三十六条第（七）项',
    says: ['查询事项', '依照有关法律、行政法规的规定办理'],
  },
  'unavailable-not-held': {
    title: '政府信息无法提供告知书',
    cites: '第三十六条第（四）项',
    says: ['经检索，本机关没有你（单位）所申请公开的政府信息', '该政府信息不存在'],
  },
  'unavailable-needs-compilation': {
    title: '政府信息无法提供告知书',
    cites: '第三十八条',
    says: ['没有你（单位）所申请的现成信息', '加工、分析', '不予提供'],
  },
  'unavailable-still-unclear': {
    before: [CORRECTION, CORRECTED],
    title: '政府信息无法提供告知书',
    cites: '第三十条',
    says: [
      '本机关于2026年9月22日告知你（单位）作出补正，你（单位）于2026年9月29日提交了补正',
      '补正后的申请内容仍不明确',
      '无法提供',
    ],
  },
  'not-processed-petition': {
    title: '政府信息公开申请不予处理告知书',
    cites: '第三十九条第一款',
    says: ['信访、投诉、举报', '不作为政府信息公开申请处理'],
  },
  'not-processed-repeated': {
    title: '政府信息公开申请不予处理告知书',
    cites: '第三十六条第（六）项',
    says: ['重复申请公开相同的政府信息', '不予重复处理'],
  },
  'not-processed-publication': {
    title: '政府信息公开申请不予处理告知书',
    cites: '第三十九条第二款',
    says: ['政府公报、报刊、书籍等公开出版物', '获取'],
  },
  'not-processed-mass-requests': {
    title: '政府信息公开申请不予处理告知书',
    cites: '第三十五条',
    says: ['数量、频次明显超过合理范围', '不予处理'],
  },
  'not-processed-confirmation': {
    title: '政府信息公开申请不予处理告知书',
    cites: '第三十九条第二款',
    says: ['确认或者重新出具你（单位）已获取的信息'],
  },
  'other-correction-lapsed': {
    before: [CORRECTION],
    title: '政府信息公开申请终止处理告知书',
    cites: '第三十条',
    says: [
      '本机关于2026年9月22日告知你（单位）作出补正，补正期限至2026年10月20日（星期二）',
      '视为放弃申请，本机关不再处理该政府信息公开申请',
    ],
  },
  'other-fee-unpaid': {
    before: [
      { event: { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item', quantity: 11 } },
    ],
    title: '政府信息公开申请终止处理告知书',
    cites: '第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    says: ['信息处理费100元', '视为放弃申请，本机关不再处理该政府信息公开申请'],
  },
  other: {
    letter: { reasons: '申请人已通过其他途径获取所需信息，经与申请人沟通，本机关终止处理。' },
    title: '政府信息公开申请终止处理告知书',
    cites: null,
    says: ['作如下处理：申请人已通过其他途径获取所需信息，经与申请人沟通，本机关终止处理。'],
  },
};

describe('Letter: answer (答复书 / 告知书), every outcome of table 三', () => {
  it.each(OUTCOMES.map((row) => ({ code: row.code, label: row.label, ...CASES[row.code] })))(
    'answers $code ($label), citing its article and ending with the remedies (Art. 51)',
    async ({ code, before = [], letter, title, cites, says }) => {
      // Prepare
      const step = caseAfter([
        RECEIVED,
        ...before,
        {
          event: { type: 'decided', on: DECIDED_ON, outcome: code },
          ...(letter ? { letter } : {}),
        },
      ]);

      // Act
      const document = onlyLetter(step);
      const text = await printed(document);

      // Assess
      expect(document).toMatchObject({ kind: 'answer', addressee: 'applicant', outcome: code });
      expectLetterhead(text, title, PERSON.applicant.name);
      expect(text).toContain(`受理编号：${RECEIPT_NO}`);
      expect(text).toContain(`所需信息：${PERSON.information.description}`);
      expect(text).toContain('本机关已于2026年9月18日收到');
      if (cites) expect(text).toContain(`《中华人民共和国政府信息公开条例》${cites}`);
      for (const phrase of says) expect(text).toContain(phrase);
      expectRemedies(text);
      expect(text.split('\n').at(-1)).toBe(zhDate(DECIDED_ON));
    },
  );

  it('points to where the information was already published (Art. 36(1))', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      {
        event: { type: 'decided', on: DECIDED_ON, outcome: 'disclosed' },
        letter: { publishedAt: '青岛西海岸新区政府网站“政府信息公开”专栏' },
      },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain(
      '该政府信息已经主动公开，根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，你（单位）可以通过以下途径获取：青岛西海岸新区政府网站“政府信息公开”专栏。',
    );
  });

  it("states staff's provision and addresses an organisation by name (Art. 36(2))", async () => {
    // Prepare
    const step = caseAfter(
      [
        RECEIVED,
        {
          event: { type: 'decided', on: DECIDED_ON, outcome: 'disclosed' },
          letter: { provision: '将于2026年10月20日前将电子文档发送至你单位预留的电子邮箱。' },
        },
      ],
      { submission: ORGANISATION },
    );

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expectLetterhead(text, '政府信息公开申请答复书', ORGANISATION.applicant.name);
    expect(text).toContain(
      '提供该政府信息：将于2026年10月20日前将电子文档发送至你单位预留的电子邮箱。',
    );
  });

  it("provides by default in the applicant's chosen forms and ways", async () => {
    // Prepare
    const step = caseAfter(
      [RECEIVED, { event: { type: 'decided', on: DECIDED_ON, outcome: 'disclosed' } }],
      { submission: ORGANISATION },
    );

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('以电子邮件形式，通过电子邮件方式提供');
  });

  it('names the agency that holds the information and its contact (Art. 36(5))', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      {
        event: { type: 'decided', on: DECIDED_ON, outcome: 'unavailable-not-held' },
        letter: {
          otherAgency: { name: '青岛西海岸新区住房和城乡建设局', contact: '0532-86990000' },
          reasons: '老旧小区改造项目由区住房和城乡建设局立项审批。',
        },
      },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain(
      '不属于本机关负责公开。理由：老旧小区改造项目由区住房和城乡建设局立项审批。',
    );
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十六条第（五）项');
    expect(text).toContain(
      '负责公开该政府信息的行政机关为青岛西海岸新区住房和城乡建设局，联系方式：0532-86990000',
    );
    expect(text).not.toContain('该政府信息不存在');
  });
});

describe('Letter: answer on a deemed withdrawal', () => {
  it('answers a lapsed correction as （六）1, with the deadline the clock computed (Art. 30)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      CORRECTION,
      { event: { type: 'deemedWithdrawn', on: '2026-10-21', reason: 'correction-lapsed' } },
    ]);

    // Act
    const document = onlyLetter(step);
    const text = await printed(document);

    // Assess
    expect(document).toMatchObject({ kind: 'answer', outcome: 'other-correction-lapsed' });
    expectLetterhead(text, '政府信息公开申请终止处理告知书', PERSON.applicant.name);
    expect(text).toContain(`补正期限至${zhDeadline(step.clock.correction?.applicantDueOn)}`);
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十条');
    expectRemedies(text);
  });

  it('answers an unpaid fee as （六）2, with the payment deadline the clock computed (Art. 42; 109号)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item', quantity: 11 } },
      { event: { type: 'deemedWithdrawn', on: '2026-10-30', reason: 'fee-unpaid' } },
    ]);

    // Act
    const document = onlyLetter(step);
    const text = await printed(document);

    // Assess
    expect(document).toMatchObject({ kind: 'answer', outcome: 'other-fee-unpaid' });
    expect(text).toContain(
      `本机关于2026年9月21日向你（单位）发出收费通知书，信息处理费100元，缴费期限至${zhDeadline(step.clock.fee?.payByOn)}`,
    );
    expect(text).toContain(
      '《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    );
    expectRemedies(text);
  });
});
