import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { runSweep } from '@ogi/deadlines';
import { feePerItem, weekdayZh } from '@ogi/domain';
import { docxParagraphs } from '@ogi/report/testing';
import type { LetterRecord } from '@ogi/schema';
import { letterFileKey } from '@ogi/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView, ErrorAnswer, PublicView } from './support/api.js';
import { sweepOn } from './support/deadlines.js';
import { startTestStack, type TestStack, today } from './support/stack.js';
import { TEST_PERSON, validSubmission } from './support/submissions.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HEAD = { sub: 'head-zhao', name: '赵主任' } as const;
const THIRD_PARTY = { name: '青岛某某建设有限公司', contact: '青岛市黄岛区某某路8号' } as const;
/** The remedies paragraph of every answer names the district's bodies (Art. 51). */
const REMEDIES = [
  '60日内向青岛市黄岛区人民政府申请行政复议',
  '6个月内向青岛市黄岛区人民法院提起行政诉讼',
];

/** A date as letters print it, with its weekday: 2026年3月30日（星期一）. */
function deadlineZh(date: string | null | undefined): string {
  if (!date) throw new Error('no deadline to print');
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日（${weekdayZh(date)}）`;
}

interface Case {
  readonly id: string;
  readonly receiptNo: string;
  readonly queryCode: string;
}

type LetterItem = LetterRecord & { readonly download: string };

interface IssuedAnswer {
  readonly record: { readonly version: number };
  readonly letters: readonly LetterItem[];
}

interface Docx {
  readonly status: number;
  readonly headers: Headers;
  readonly paragraphs: string[];
  readonly text: string;
}

describe('Flow: the letters of a case over HTTP, issued, downloaded and sent', () => {
  let env: TestStack;
  let clerk = '';
  let head = '';
  const day = today();
  const year = day.slice(0, 4);
  const numberOf = (n: number) => `大场依申〔${year}〕第${n}号`;
  let main: Case;
  /** Every letter the test issued, in order, by id. */
  const issued: LetterItem[] = [];

  const register = async (description: string, name: string = TEST_PERSON.name) => {
    const submission = validSubmission(description);
    const response = await env.api.post<Case & { letters: LetterItem[] }>('/api/staff/requests', {
      token: clerk,
      json: {
        submission: { ...submission, applicant: { ...submission.applicant, name } },
        received: { on: day, channel: 'in-person' },
      },
    });
    expect(response.status, response.text).toBe(201);
    return response.body;
  };
  const view = async (id: string) => {
    const response = await env.api.caseView(id, clerk);
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  const send = async (
    id: string,
    event: Record<string, unknown>,
    letter?: Record<string, unknown>,
    token = clerk,
  ) => {
    const { record } = await view(id);
    return env.api.post<IssuedAnswer & ErrorAnswer>(`/api/staff/requests/${id}/commands`, {
      token,
      json: { expectedVersion: record.version, event, ...(letter ? { letter } : {}) },
    });
  };
  const issue = async (
    id: string,
    event: Record<string, unknown>,
    letter?: Record<string, unknown>,
    token = clerk,
  ) => {
    const response = await send(id, event, letter, token);
    expect(response.status, response.text).toBe(200);
    if (id === main.id) issued.push(...response.body.letters);
    return response.body.letters;
  };
  const refused = async (id: string, event: Record<string, unknown>, letter?: object) => {
    const before = (await view(id)).record.version;
    const response = await send(id, event, letter as Record<string, unknown>);
    expect((await view(id)).record.version).toBe(before);
    return response;
  };
  const docxOf = async (response: Response): Promise<Docx> => {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const isDocx = response.headers.get('content-type') === DOCX;
    const paragraphs = isDocx ? docxParagraphs(bytes) : [];
    return {
      status: response.status,
      headers: response.headers,
      paragraphs,
      text: isDocx ? paragraphs.join('\n') : new TextDecoder().decode(bytes),
    };
  };
  const asStaff = async (id: string, letterId: string, token = clerk) =>
    docxOf(
      await fetch(`${env.stack.url}/api/staff/requests/${id}/letters/${letterId}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
  const asApplicant = async (receiptNo: string, letterId: string, code?: string) =>
    docxOf(
      await fetch(
        `${env.stack.url}/api/requests/${receiptNo}/letters/${letterId}${code === undefined ? '' : `?code=${encodeURIComponent(code)}`}`,
      ),
    );
  const preview = async (id: string, event: Record<string, unknown>, letter?: object, kind = '') =>
    docxOf(
      await fetch(
        `${env.stack.url}/api/staff/requests/${id}/letters/preview${kind ? `?kind=${kind}` : ''}`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            expectedVersion: (await view(id)).record.version,
            event,
            ...(letter ? { letter } : {}),
          }),
        },
      ),
    );
  /** Whether the attachments bucket holds the letter's file. */
  const fileKept = async (id: string, letterId: string) => {
    const s3 = new S3Client(env.stack.emulators.s3.clientConfig);
    try {
      await s3.send(
        new HeadObjectCommand({ Bucket: env.stack.bucket, Key: letterFileKey(id, letterId) }),
      );
      return true;
    } catch {
      return false;
    } finally {
      s3.destroy();
    }
  };
  /** The letter's 文号 line, addressee line and date at the foot, and every paragraph between. */
  const expectLetter = (docx: Docx, letter: LetterItem, to: string) => {
    expect(docx.status, docx.text).toBe(200);
    expect(docx.paragraphs).toContain(letter.title);
    expect(docx.paragraphs).toContain(letter.number);
    expect(docx.paragraphs).toContain(`${to}：`);
    expect(docx.text).toContain('青岛西海岸新区大场镇人民政府');
  };

  beforeAll(async () => {
    env = await startTestStack();
    clerk = await env.api.login('clerk', 'clerk-letters', '孙经办');
    head = await env.api.login('head', HEAD.sub, HEAD.name);
    const registered = await register('2025年度大场镇老旧小区改造项目的招标文件和施工合同');
    main = registered;
    issued.push(...registered.letters);
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('issues the receipt on registration: the receipt number, the day of receipt, the deadline with its weekday (Art. 31, Art. 33 ¶2)', async () => {
    // Prepare
    const [receipt] = issued;
    const { clock } = await view(main.id);

    // Act
    const kept = await fileKept(main.id, 'L1v1');
    const docx = await asStaff(main.id, 'L1v1');

    // Assess
    expect(receipt).toMatchObject({
      id: 'L1v1',
      kind: 'receipt',
      addressee: 'applicant',
      number: numberOf(1),
      issuedOn: day,
      version: 1,
      sentOn: day,
    });
    expect(kept).toBe(true);
    expectLetter(docx, receipt as LetterItem, TEST_PERSON.name);
    expect(docx.text).toContain(`受理编号为${main.receiptNo}`);
    expect(docx.text).toContain('第三十一条');
    expect(docx.text).toContain(`即于${deadlineZh(clock.dueOn)}前予以答复`);
    expect(docx.text).toContain('查询码');
    expect(docx.text).not.toContain(main.queryCode);
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="letter-L1v1.docx"; filename*=UTF-8''${encodeURIComponent('政府信息公开申请接收回执-L1v1.docx')}`,
    );
  });

  it('refuses a correction notice without what to correct: 422 naming event.items, nothing recorded (Art. 30)', async () => {
    // Act
    const response = await refused(main.id, { type: 'correctionRequested', on: day });

    // Assess
    expect(response.status, response.text).toBe(422);
    expect(response.body.error).toBe('letter-fields');
    expect(response.body.fields?.map((field) => field.path)).toEqual(['event.items']);
  });

  it('issues the correction notice: the items, the deadline of the applicant with its weekday, and the lapse (Art. 30)', async () => {
    // Act
    const [notice] = await issue(main.id, {
      type: 'correctionRequested',
      on: day,
      items: ['请写明所需合同的项目名称', '请写明合同签订的大致时间'],
    });
    const { clock } = await view(main.id);
    const docx = await asStaff(main.id, 'L2v1');

    // Assess
    expect(notice).toMatchObject({ id: 'L2v1', kind: 'correction-notice', number: numberOf(2) });
    expectLetter(docx, notice as LetterItem, TEST_PERSON.name);
    expect(docx.paragraphs).toContain('（一）请写明所需合同的项目名称；');
    expect(docx.text).toContain('第三十条');
    expect(docx.text).toContain(`于${deadlineZh(clock.correction?.applicantDueOn)}前`);
    expect(docx.text).toContain('视为放弃申请');
  });

  it('issues the extension notice with the new deadline and the head who approved it (Art. 33 ¶2)', async () => {
    // Prepare
    await issue(main.id, { type: 'correctionReceived', on: day });

    // Act
    const [notice] = await issue(
      main.id,
      { type: 'extended', on: day, workingDays: 20 },
      { extensionReason: '所需合同分散在多个部门，需要检索汇总' },
      head,
    );
    const { clock } = await view(main.id);
    const docx = await asStaff(main.id, 'L3v1');

    // Assess
    expect(notice).toMatchObject({ id: 'L3v1', kind: 'extension-notice', number: numberOf(3) });
    expectLetter(docx, notice as LetterItem, TEST_PERSON.name);
    expect(docx.text).toContain('第三十三条第二款');
    expect(docx.text).toContain(`（${HEAD.name}）同意`);
    expect(docx.text).toContain(`将于${deadlineZh(clock.dueOn)}前作出答复`);
  });

  it('refuses a consultation letter without the third party: 422 naming letter.thirdParty (Art. 32)', async () => {
    // Act
    const response = await refused(main.id, {
      type: 'consultationStarted',
      on: day,
      party: 'third-party',
    });

    // Assess
    expect(response.status, response.text).toBe(422);
    expect(response.body.fields?.map((field) => field.path)).toEqual(['letter.thirdParty']);
  });

  it('previews the consultation letter marked as a draft, without a number, and writes nothing', async () => {
    // Prepare
    const before = await view(main.id);

    // Act
    const docx = await preview(
      main.id,
      { type: 'consultationStarted', on: day, party: 'third-party' },
      { thirdParty: THIRD_PARTY },
    );

    // Assess
    expect(docx.status, docx.text).toBe(200);
    expect(docx.paragraphs).toContain('第三方意见征询函');
    expect(docx.text).toContain('预览稿');
    expect(docx.text).not.toMatch(/大场依申〔\d{4}〕第\d+号/);
    const after = await view(main.id);
    expect(after.record.version).toBe(before.record.version);
    expect(after.events).toEqual(before.events);
  });

  it('issues the consultation letter to the third party, with 15 working days to reply (Art. 32)', async () => {
    // Act
    const [letter] = await issue(
      main.id,
      { type: 'consultationStarted', on: day, party: 'third-party' },
      { thirdParty: THIRD_PARTY, question: '是否同意公开施工合同中的合同金额' },
    );
    const docx = await asStaff(main.id, 'L4v1');

    // Assess
    expect(letter).toMatchObject({
      id: 'L4v1',
      kind: 'third-party-consultation',
      addressee: 'third-party',
      number: numberOf(4),
    });
    expect(letter?.sentOn).toBeUndefined();
    expectLetter(docx, letter as LetterItem, THIRD_PARTY.name);
    expect(docx.text).toContain('第三十二条');
    expect(docx.text).toContain('15个工作日内');
    expect(docx.text).toContain('是否同意公开施工合同中的合同金额');
    expect(docx.text).not.toContain(TEST_PERSON.name);
  });

  it('issues the fee notice with the fee the domain computes and its payment deadline (Art. 42; 109号)', async () => {
    // Prepare
    await issue(main.id, {
      type: 'consultationEnded',
      on: day,
      party: 'third-party',
      reply: 'objected',
    });
    const { yuan } = feePerItem({ prior: 0, items: 13 });

    // Act
    const [notice] = await issue(main.id, {
      type: 'feeNoticed',
      on: day,
      yuan,
      scale: 'item',
      quantity: 13,
    });
    const { clock } = await view(main.id);
    const docx = await asStaff(main.id, 'L5v1');

    // Assess
    expect(notice).toMatchObject({ id: 'L5v1', kind: 'fee-notice', number: numberOf(5) });
    expectLetter(docx, notice as LetterItem, TEST_PERSON.name);
    expect(docx.text).toContain('第四十二条');
    expect(docx.text).toContain('国办函〔2020〕109号');
    expect(docx.text).toContain(`应缴纳信息处理费合计${yuan}元`);
    expect(docx.text).toContain(`即于${deadlineZh(clock.fee?.payByOn)}前缴纳`);
  });

  it('refuses a disclosure over the objection without its reasons: 422 naming letter.reasons (Art. 32)', async () => {
    // Prepare
    await issue(main.id, { type: 'feePaid', on: day });

    // Act
    const response = await refused(main.id, { type: 'decided', on: day, outcome: 'disclosed' });

    // Assess
    expect(response.status, response.text).toBe(422);
    expect(response.body.fields?.map((field) => field.path)).toEqual(['letter.reasons']);
  });

  it('previews the one letter asked for when a step issues two', async () => {
    // Act
    const docx = await preview(
      main.id,
      { type: 'decided', on: day, outcome: 'disclosed' },
      { reasons: '合同金额属于财政资金使用情况，公开不损害第三方合法权益' },
      'third-party-decision',
    );

    // Assess
    expect(docx.status, docx.text).toBe(200);
    expect(docx.paragraphs).toContain(`${THIRD_PARTY.name}：`);
    expect(docx.text).toContain('预览稿');
  });

  it('issues the answer and the decision notice to the objecting third party, both ending with the remedies (Art. 36, Art. 32, Art. 51)', async () => {
    // Act
    const letters = await issue(
      main.id,
      { type: 'decided', on: day, outcome: 'disclosed' },
      { reasons: '合同金额属于财政资金使用情况，公开不损害第三方合法权益' },
    );
    const answer = letters.find((letter) => letter.kind === 'answer');
    const notice = letters.find((letter) => letter.kind === 'third-party-decision');
    const answerDocx = await asStaff(main.id, answer?.id ?? '');
    const noticeDocx = await asStaff(main.id, notice?.id ?? '');

    // Assess
    expect(letters.map((letter) => letter.number).sort()).toEqual(
      [numberOf(6), numberOf(7)].sort(),
    );
    expectLetter(answerDocx, answer as LetterItem, TEST_PERSON.name);
    expect(answerDocx.text).toContain('第三十六条第（一）项');
    expectLetter(noticeDocx, notice as LetterItem, THIRD_PARTY.name);
    expect(noticeDocx.text).toContain('第三十二条');
    expect(noticeDocx.text).toContain('合同金额属于财政资金使用情况');
    for (const docx of [answerDocx, noticeDocx]) {
      expect(docx.text).toContain('第五十一条');
      for (const remedy of REMEDIES) expect(docx.text).toContain(remedy);
    }
  });

  it('lists every letter of the case, numbered without a gap, on its own route and in the case', async () => {
    // Act
    const response = await env.api.get<{ items: LetterItem[] }>(
      `/api/staff/requests/${main.id}/letters`,
      { token: clerk },
    );
    const caseFile = await env.api.get<{ letters: LetterItem[] }>(
      `/api/staff/requests/${main.id}`,
      { token: clerk },
    );

    // Assess
    expect(response.status, response.text).toBe(200);
    expect(caseFile.body.letters).toEqual(response.body.items);
    expect(response.body.items.map((item) => item.id)).toEqual(issued.map((item) => item.id));
    expect(response.body.items.map((item) => item.number).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => numberOf(i + 1)).sort(),
    );
    for (const item of response.body.items) {
      expect(item).toMatchObject({ version: 1, issuedOn: day });
      expect(item.download).toBe(`/api/staff/requests/${main.id}/letters/${item.id}`);
    }
  });

  it('corrects a letter as version 2 with the same number and keeps version 1', async () => {
    // Prepare
    const { record } = await view(main.id);

    // Act
    const response = await env.api.post<{ letter: LetterItem; record: { version: number } }>(
      `/api/staff/requests/${main.id}/letters/L4v1/versions`,
      {
        token: clerk,
        json: {
          expectedVersion: record.version,
          letter: { thirdParty: { ...THIRD_PARTY, name: '青岛某某建设集团有限公司' } },
          correction: '第三方名称有误',
        },
      },
    );
    const first = await asStaff(main.id, 'L4v1');
    const second = await asStaff(main.id, 'L4v2');
    const list = await env.api.get<{ items: LetterItem[] }>(
      `/api/staff/requests/${main.id}/letters`,
      { token: clerk },
    );

    // Assess
    expect(response.status, response.text).toBe(201);
    expect(response.body.letter).toMatchObject({
      id: 'L4v2',
      version: 2,
      number: numberOf(4),
      supersedes: 'L4v1',
      correction: '第三方名称有误',
    });
    expect(response.body.record.version).toBe(record.version + 1);
    expect(first.paragraphs).toContain(`${THIRD_PARTY.name}：`);
    expect(second.paragraphs).toContain('青岛某某建设集团有限公司：');
    expect(second.paragraphs).toContain(numberOf(4));
    expect(list.body.items.map((item) => item.id)).toContain('L4v1');
    expect(list.body.items.map((item) => item.id)).toContain('L4v2');
  });

  it('lists only the letters sent to the applicant on the status lookup, each downloadable with the code', async () => {
    // Act
    const status = await env.api.get<PublicView & { letters: LetterItem[] }>(
      `/api/requests/${main.receiptNo}?code=${main.queryCode}`,
    );
    const downloads = await Promise.all(
      status.body.letters.map((letter) => asApplicant(main.receiptNo, letter.id, main.queryCode)),
    );

    // Assess
    expect(status.status).toBe(200);
    expect(status.body.letters.map((letter) => letter.kind)).toEqual([
      'receipt',
      'correction-notice',
      'extension-notice',
      'fee-notice',
      'answer',
    ]);
    expect(status.text).not.toContain(THIRD_PARTY.name);
    for (const [i, docx] of downloads.entries()) {
      expect(docx.status, docx.text).toBe(200);
      expect(docx.headers.get('content-type')).toBe(DOCX);
      expect(docx.paragraphs).toContain(status.body.letters[i]?.number);
      expect(docx.text).toContain(main.receiptNo);
    }
  });

  it('refuses a download by the applicant as the lookup refuses: without the code, with a wrong code, for a letter to the third party, for a letter of another request and for junk ids', async () => {
    // Prepare
    const other = await register('本镇2025年度路灯维护费用', '李某某');
    const wrongCode = main.queryCode === 'AAAAAAAAAA' ? 'BBBBBBBBBB' : 'AAAAAAAAAA';
    const lookup = {
      missing: await env.api.get<ErrorAnswer>(`/api/requests/${main.receiptNo}`),
      wrong: await env.api.get<ErrorAnswer>(`/api/requests/${main.receiptNo}?code=${wrongCode}`),
    };
    const withoutRequestId = ({ requestId: _id, ...body }: ErrorAnswer) => body;

    // Act
    const missing = await asApplicant(main.receiptNo, 'L1v1');
    const wrong = await asApplicant(main.receiptNo, 'L1v1', wrongCode);
    const otherCode = await asApplicant(main.receiptNo, 'L1v1', other.queryCode);
    const thirdParty = await asApplicant(main.receiptNo, 'L4v1', main.queryCode);
    const notOnThisRequest = await asApplicant(other.receiptNo, 'L6v1', other.queryCode);
    const junk = await Promise.all(
      ['L0v1', 'L1', 'x', 'L1v1%2F..', 'L9999999v1'].map((id) =>
        asApplicant(main.receiptNo, id, main.queryCode),
      ),
    );

    // Assess
    expect(missing.status).toBe(lookup.missing.status);
    expect(withoutRequestId(JSON.parse(missing.text))).toEqual(
      withoutRequestId(lookup.missing.body),
    );
    for (const refusal of [wrong, otherCode]) {
      expect(refusal.status).toBe(404);
      expect(withoutRequestId(JSON.parse(refusal.text))).toEqual(
        withoutRequestId(lookup.wrong.body),
      );
    }
    for (const refusal of [thirdParty, notOnThisRequest]) {
      expect(refusal.status).toBe(404);
      expect(refusal.text).not.toContain(THIRD_PARTY.name);
    }
    for (const refusal of junk) {
      expect([400, 404]).toContain(refusal.status);
      expect(refusal.headers.get('content-type')).not.toBe(DOCX);
    }
  });

  it.each([
    ['unavailable-not-held', {}, '第三十六条第（四）项'],
    ['withheld-state-secret', { reasons: '所需信息经保密审查属于国家秘密' }, '第十四条'],
    ['not-processed-petition', {}, '第三十九条第一款'],
    [
      'partly-disclosed',
      { withheld: '投标人的银行账户信息', reasons: '属于第三方商业秘密' },
      '第三十七条',
    ],
  ] as const)(
    'answers a request decided %s with the article the outcome records and the remedies',
    async (outcome, letter, article) => {
      // Prepare
      const request = await register(`结果测试：${outcome}`);

      // Act
      const [answer] = await issue(request.id, { type: 'decided', on: day, outcome }, letter);
      const docx = await asStaff(request.id, answer?.id ?? '');

      // Assess
      expect(answer).toMatchObject({ id: 'L2v1', kind: 'answer', outcome });
      expectLetter(docx, answer as LetterItem, TEST_PERSON.name);
      expect(docx.text).toContain(article);
      for (const remedy of REMEDIES) expect(docx.text).toContain(remedy);
    },
  );

  it('issues the answer of a deemed withdrawal the tracker records, and renders its file on the first download (Art. 30)', async () => {
    // Prepare: a correction requested long ago and never made.
    const submission = validSubmission('视为撤回：本镇2025年度垃圾清运合同');
    const registered = await env.api.post<Case>('/api/staff/requests', {
      token: clerk,
      json: { submission, received: { on: '2026-01-05', channel: 'in-person' } },
    });
    expect(registered.status, registered.text).toBe(201);
    const { id } = registered.body;
    const { record } = await view(id);
    const asked = await env.api.post<IssuedAnswer>(`/api/staff/requests/${id}/commands`, {
      token: clerk,
      json: {
        expectedVersion: record.version,
        event: {
          type: 'correctionRequested',
          on: '2026-01-06',
          applicantDueOn: '2026-01-20',
          items: ['请写明合同的签订单位'],
        },
      },
    });
    expect(asked.status, asked.text).toBe(200);
    const sweep = sweepOn(env.stack);

    // Act
    const summary = await runSweep(sweep.deps, { asOf: day, runId: 'letters', now: new Date() });
    sweep.close();
    const after: CaseView = await view(id);
    const list = await env.api.get<{ items: LetterItem[] }>(`/api/staff/requests/${id}/letters`, {
      token: clerk,
    });
    const answer = list.body.items.find((letter) => letter.kind === 'answer');
    const keptBefore = await fileKept(id, answer?.id ?? '');
    const docx = await asStaff(id, answer?.id ?? '');

    // Assess
    expect(summary.failures).toEqual([]);
    expect(after.record.status).toBe('deemed-withdrawn');
    expect(answer).toMatchObject({ id: 'L3v1', outcome: 'other-correction-lapsed' });
    expect(keptBefore).toBe(false);
    expect(await fileKept(id, answer?.id ?? '')).toBe(true);
    expectLetter(docx, answer as LetterItem, TEST_PERSON.name);
    expect(docx.text).toContain('第三十条');
    for (const remedy of REMEDIES) expect(docx.text).toContain(remedy);
  });
});
