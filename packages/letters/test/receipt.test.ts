import { describe, expect, it } from 'vitest';
import { lettersForStep } from '../src/index.js';
import { caseAfter, DISTRICT, ORGANISATION, PERSON, RECEIPT_NO } from './support/cases.js';
import { expectLetterhead, onlyLetter, printed, zhDeadline } from './support/letters.js';

const RECEIVED = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } } as const;

describe('Letter: receipt (政府信息公开申请接收回执)', () => {
  it('prints the receipt number, the receipt day with its Art. 31 basis and the Art. 33 ¶2 deadline', async () => {
    // Prepare
    const step = caseAfter([RECEIVED]);

    // Act
    const letter = onlyLetter(step);
    const text = await printed(letter);

    // Assess
    expect(letter).toMatchObject({ kind: 'receipt', addressee: 'applicant', number: null });
    expectLetterhead(text, '政府信息公开申请接收回执', PERSON.applicant.name);
    expect(text).toContain(`受理编号为${RECEIPT_NO}`);
    expect(text).toContain(PERSON.information.description);
    expect(text).toContain('本机关收到申请之日为2026年9月18日');
    // Art. 31(1): a request handed in is received the day it is handed in.
    expect(text).toContain(
      '当面提交的，以提交之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条第一项）',
    );
    // Art. 33 ¶2: 20 working days, past the National Day holidays of 2026.
    expect(step.clock.dueOn).toBe('2026-10-22');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十三条第二款');
    expect(text).toContain('自收到申请之日起20个工作日内，即于2026年10月22日（星期四）前予以答复');
    expect(text).toContain('延长的期限最长不超过20个工作日');
    expect(text.split('\n').at(-1)).toBe('2026年9月18日');
  });

  it('tells the applicant to keep the query code given at submission, which is not stored in clear', async () => {
    // Prepare
    const step = caseAfter([RECEIVED]);

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expect(text).toContain('提交申请时获得的查询码');
    expect(text).toContain('不保存其明文');
    expect(text).toContain('请妥善保管');
    expect(text).toContain(`本机关政府信息公开申请平台（${DISTRICT.contact.website}）`);
    expect(text).toContain(DISTRICT.contact.phone);
  });

  it.each([
    {
      channel: 'post',
      event: { type: 'received', on: '2026-09-21', channel: 'post' },
      basis: '以邮寄方式提交的，以行政机关签收之日为收到申请之日',
    },
    {
      channel: 'online',
      event: { type: 'received', on: '2026-09-21', channel: 'online', confirmedBy: 'phone' },
      basis: '通过互联网渠道提交的，以双方确认之日为收到申请之日',
    },
    {
      channel: 'email',
      event: { type: 'received', on: '2026-09-21', channel: 'email' },
      basis: '通过电子邮件提交的，以系统收到之日为收到申请之日',
    },
  ] as const)(
    'states the Art. 31 basis of a request by $channel and its deadline with weekday',
    async ({ event, basis }) => {
      // Prepare
      const step = caseAfter([{ event }]);

      // Act
      const text = await printed(onlyLetter(step));

      // Assess
      expect(text).toContain('本机关收到申请之日为2026年9月21日');
      expect(text).toContain(basis);
      expect(text).toContain(`即于${zhDeadline(step.clock.dueOn)}前予以答复`);
    },
  );

  it('addresses an organisation by its name', async () => {
    // Prepare
    const step = caseAfter([RECEIVED], { submission: ORGANISATION });

    // Act
    const text = await printed(onlyLetter(step));

    // Assess
    expectLetterhead(text, '政府信息公开申请接收回执', '福州某某科技有限公司');
  });

  it('returns no letters when the district issues none', () => {
    // Prepare
    const { letters: _none, ...district } = DISTRICT;

    // Act
    const letters = lettersForStep(caseAfter([RECEIVED], { district }));

    // Assess
    expect(letters).toEqual([]);
  });
});
