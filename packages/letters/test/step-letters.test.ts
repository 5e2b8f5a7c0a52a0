import { feePerItem } from '@ogi/domain';
import { describe, expect, it } from 'vitest';
import { lettersForStep } from '../src/index.js';
import { caseAfter, PERSON, RECEIPT_NO, type TestStep } from './support/cases.js';
import {
  expectLetterhead,
  expectRemedies,
  onlyLetter,
  printed,
  zhDate,
  zhDeadline,
} from './support/letters.js';

const RECEIVED: TestStep = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } };
const THIRD_PARTY = {
  name: '青岛某某建设有限公司',
  contact: '青岛市黄岛区某某路8号，0532-86001234',
};

describe('Letter: correction notice (补正申请告知书)', () => {
  const step = caseAfter([
    RECEIVED,
    {
      event: {
        type: 'correctionRequested',
        on: '2026-09-22',
        items: ['请写明所需文件的名称或文号', '请写明文件形成的年份。'],
      },
    },
  ]);

  it('lists what to correct and the applicant deadline the clock computed (Art. 30)', async () => {
    // Act
    const letter = onlyLetter(step);
    const text = await printed(letter);

    // Assess
    expect(letter).toMatchObject({ kind: 'correction-notice', addressee: 'applicant' });
    expectLetterhead(text, '补正申请告知书', PERSON.applicant.name);
    expect(text).toContain(`受理编号：${RECEIPT_NO}`);
    expect(text).toContain('本机关已于2026年9月18日收到');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十条');
    expect(text).toContain('（一）请写明所需文件的名称或文号；\n（二）请写明文件形成的年份。');
    // The district's 15 working days from the notice, past the National Day holidays.
    expect(step.clock.correction?.applicantDueOn).toBe('2026-10-20');
    expect(text).toContain(`请你（单位）于${zhDeadline('2026-10-20')}前`);
    expect(text).toContain('2026年10月20日（星期二）');
    expect(text.split('\n').at(-1)).toBe(zhDate('2026-09-22'));
  });

  it('says the period restarts on the corrected request and a lapse is a deemed withdrawal (Art. 30)', async () => {
    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('答复期限自本机关收到补正后的申请之日起重新计算');
    expect(text).toContain('逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请');
  });
});

describe('Letter: extension notice (延期答复告知书)', () => {
  it('states the extension, who approved it and the new deadline the clock computed (Art. 33 ¶2)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      {
        event: { type: 'extended', on: '2026-10-20', workingDays: 15, approvedBy: '王主任' },
        letter: { extensionReason: '所需信息需从镇档案室调取并逐页核对。' },
      },
    ]);

    // Act
    const letter = onlyLetter(step);
    const text = await printed(letter);

    // Assess
    expect(letter.kind).toBe('extension-notice');
    expectLetterhead(text, '延期答复告知书', PERSON.applicant.name);
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十三条第二款');
    expect(text).toContain(
      '因所需信息需从镇档案室调取并逐页核对，本机关不能在2026年10月22日（星期四）前作出答复',
    );
    expect(text).toContain('政府信息公开工作机构负责人（王主任）同意，答复期限延长15个工作日');
    expect(step.clock.dueOn).toBe(step.clock.statutoryDueOn);
    expect(text).toContain(`本机关将于${zhDeadline(step.clock.dueOn)}前作出答复`);
  });

  it('drafts the notice without a reason when staff give none', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'extended', on: '2026-10-20', workingDays: 20, approvedBy: '王主任' } },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('本机关不能在2026年10月22日（星期四）前作出答复');
    expect(text).not.toContain('因');
  });
});

describe('Letter: third-party consultation (第三方意见征询函)', () => {
  const started: TestStep = {
    event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party' },
    letter: { thirdParty: THIRD_PARTY },
  };

  it('asks the third party named in the step, within the 15 working days the clock computed (Art. 32)', async () => {
    // Prepare
    const step = caseAfter([RECEIVED, started]);

    // Act
    const letter = onlyLetter(step);
    const text = await printed(letter);

    // Assess
    expect(letter).toMatchObject({ kind: 'third-party-consultation', addressee: 'third-party' });
    expectLetterhead(text, '第三方意见征询函', THIRD_PARTY.name);
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十二条');
    expect(text).toContain(`征求意见的事项：${PERSON.information.description}。`);
    const replyDueOn = step.clock.consultations[0]?.replyDueOn;
    expect(replyDueOn).toBe('2026-10-22');
    expect(text).toContain(`自收到本函之日起15个工作日内，即于${zhDeadline(replyDueOn)}前`);
    expect(text).toContain(
      '逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开',
    );
    // The third party learns what is asked, not who asks.
    expect(text).not.toContain(PERSON.applicant.name);
  });

  it("asks staff's own question when they give one", async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { ...started, letter: { thirdParty: THIRD_PARTY, question: '是否同意公开贵公司的投标报价' } },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('征求意见的事项：是否同意公开贵公司的投标报价。');
  });

  it('drafts no letter when another agency is consulted (Art. 34)', () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'consultationStarted', on: '2026-09-25', party: 'agency' } },
    ]);

    // Act
    const letters = lettersForStep(step);

    // Assess
    expect(letters).toEqual([]);
  });
});

describe('Letter: third-party decision (政府信息公开决定告知书)', () => {
  const consulted = (ref: string, name: string): TestStep[] => [
    {
      event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party', ref },
      letter: { thirdParty: { name } },
    },
    {
      event: {
        type: 'consultationEnded',
        on: '2026-10-12',
        party: 'third-party',
        ref,
        reply: 'objected',
      },
    },
  ];
  const decided = (
    outcome: 'disclosed' | 'partly-disclosed' | 'withheld-third-party-rights',
  ): TestStep => ({
    event: { type: 'decided', on: '2026-10-20', outcome },
    letter: {
      reasons: '该项目使用财政资金，中标金额关系公共利益',
      withheld: '投标人联系人手机号码',
    },
  });

  it('tells each objecting third party of a disclosure over its objection, with reasons and remedies (Art. 32, 51)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      ...consulted('甲', THIRD_PARTY.name),
      ...consulted('乙', '青岛某某监理有限公司'),
      decided('partly-disclosed'),
    ]);

    // Act
    const [answer, ...decisions] = lettersForStep(step);
    const text = decisions[0] ? await printed(decisions[0]) : '';

    // Assess
    expect(answer?.kind).toBe('answer');
    expect(decisions.map((letter) => [letter.kind, letter.addressee, letter.to])).toEqual([
      ['third-party-decision', 'third-party', THIRD_PARTY.name],
      ['third-party-decision', 'third-party', '青岛某某监理有限公司'],
    ]);
    expectLetterhead(text, '政府信息公开决定告知书', THIRD_PARTY.name);
    expect(text).toContain('本机关于2026年9月25日就一件政府信息公开申请书面征求你（单位）的意见');
    expect(text).toContain('你（单位）于2026年10月12日提出不同意公开的意见');
    expect(text).toContain('理由如下：该项目使用财政资金，中标金额关系公共利益。');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十二条');
    expect(text).toContain('部分公开');
    expect(text).toContain('（其中投标人联系人手机号码不予公开）');
    expectRemedies(text, '本决定');
  });

  it.each([
    { outcome: 'withheld-third-party-rights', reply: 'objected' },
    { outcome: 'disclosed', reply: 'agreed' },
    { outcome: 'disclosed', reply: 'silent' },
  ] as const)(
    'sends no decision to the third party when the outcome is $outcome after a reply $reply',
    ({ outcome, reply }) => {
      // Prepare
      const step = caseAfter([
        RECEIVED,
        {
          event: { type: 'consultationStarted', on: '2026-09-25', party: 'third-party' },
          letter: { thirdParty: THIRD_PARTY },
        },
        { event: { type: 'consultationEnded', on: '2026-10-12', reply } },
        decided(outcome),
      ]);

      // Act
      const letters = lettersForStep(step);

      // Assess
      expect(letters.map((letter) => letter.kind)).toEqual(['answer']);
    },
  );
});

describe('Letter: fee notice (收费通知书)', () => {
  it('states the per-item scale, the bands, the fee and the 20 working days the clock computed (Art. 42; 109号)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 300, scale: 'item', quantity: 13 } },
    ]);

    // Act
    const letter = onlyLetter(step);
    const text = await printed(letter);

    // Assess
    expect(letter.kind).toBe('fee-notice');
    expectLetterhead(text, '收费通知书', PERSON.applicant.name);
    expect(text).toContain(
      '根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    );
    expect(text).toContain('按件计收');
    expect(text).toContain('同一申请人一个自然月内累计申请13件');
    expect(text).toContain('（一）第1—10件，不收费；\n（二）第11—13件，每件100元，计300元。');
    expect(text).toContain('应缴纳信息处理费合计300元。');
    expect(text).toContain('缴费方式：请持本通知书到大场镇人民政府便民服务中心缴纳。');
    expect(step.clock.fee?.payByOn).toBe('2026-10-29');
    expect(text).toContain(`20个工作日内，即于${zhDeadline('2026-10-29')}前缴纳`);
    expect(text).toContain(
      '逾期未缴纳信息处理费的，视为放弃申请，本机关不再处理该政府信息公开申请',
    );
    expect(text).toContain('不计算在答复期限内');
  });

  it('computes a per-page fee by the domain scale (109号: 250 pages → 700 + 2000 + 2000)', async () => {
    // Prepare
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-25', yuan: 4700, scale: 'page', quantity: 250 } },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('按量计收');
    expect(text).toContain('本申请所需政府信息共250页');
    expect(text).toContain('（二）第31—100页，每页10元，计700元；');
    expect(text).toContain('（四）第201—250页，每页40元，计2000元。');
    expect(text).toContain('应缴纳信息处理费合计4700元。');
  });
});

describe('Letter: fee notice for a very large per-item quantity', () => {
  it('sums the bands beyond the eighth in one line, so the notice stays within its paragraphs (109号)', async () => {
    // Prepare: 1,000 items in a month reach 98 bands of the per-item scale.
    const yuan = feePerItem({ prior: 0, items: 1000 }).yuan;
    const step = caseAfter([
      RECEIVED,
      { event: { type: 'feeNoticed', on: '2026-09-25', yuan, scale: 'item', quantity: 1000 } },
    ]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('（七）第71—80件，每件600元，计6000元；');
    expect(text).toContain(
      `（八）第81—1000件，每件700—9800元（按上述标准逐档递增），计${yuan - 22000}元。`,
    );
    expect(text).toContain(`应缴纳信息处理费合计${yuan}元。`);
  });
});

describe('Steps without a letter', () => {
  it.each([
    { event: { type: 'correctionReceived', on: '2026-09-28' } },
    { event: { type: 'consultationEnded', on: '2026-09-28', reply: 'agreed' } },
    { event: { type: 'feePaid', on: '2026-09-28' } },
    { event: { type: 'deadlineSet', on: '2026-09-28', dueOn: '2026-12-31', reason: '申请数量大' } },
    { event: { type: 'withdrawn', on: '2026-09-28' } },
    { event: { type: 'appealFiled', on: '2026-09-28', kind: 'reconsideration' } },
  ] as const)('drafts no letter for $event.type', ({ event }) => {
    // Prepare
    const step = caseAfter([RECEIVED, { event }]);

    // Act
    const letters = lettersForStep(step);

    // Assess
    expect(letters).toEqual([]);
  });
});
