import { describe, expect, it } from 'vitest';
import { lettersForStep, renderLetterDocx } from '../src/index.js';
import { caseAfter, DISTRICT, ORGANISATION, PERSON, RECEIPT_NO } from './support/cases.js';
import { renderedParagraphs } from './support/docx-text.js';

const RECEIVED = { event: { type: 'received', on: '2026-09-18', channel: 'in-person' } } as const;

describe('Letter: receipt (政府信息公开申请接收回执)', () => {
  it('prints the receipt number, the receipt day with its Art. 31 basis and the Art. 33 ¶2 deadline', async () => {
    // Prepare
    const step = caseAfter([RECEIVED]);

    // Act
    const [letter, ...others] = lettersForStep(step);
    if (!letter) throw new Error('no letter');
    const text = renderedParagraphs(
      await renderLetterDocx({ ...letter, number: '大场依申〔2026〕第1号' }),
    ).join('\n');

    // Assess
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ kind: 'receipt', addressee: 'applicant', number: null });
    expect(text).toContain('政府信息公开申请接收回执');
    expect(text).toContain('大场依申〔2026〕第1号');
    expect(text).toContain(`${PERSON.applicant.name}：`);
    expect(text).toContain(`受理编号为${RECEIPT_NO}`);
    expect(text).toContain('本机关收到申请之日为2026年9月18日');
    // Art. 31(1): a request handed in is received the day it is handed in.
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十一条');
    expect(text).toContain('当面提交的，以提交之日为收到申请之日');
    // Art. 33 ¶2: 20 working days, past the National Day holidays of 2026.
    expect(step.clock.dueOn).toBe('2026-10-22');
    expect(text).toContain('即于2026年10月22日（星期四）前予以答复');
    expect(text).toContain('查询码');
    expect(text).toContain(DISTRICT.names.agency);
    expect(text).toContain('（印章）');
  });

  it('addresses an organisation by its name', () => {
    // Prepare
    const step = caseAfter([RECEIVED], { submission: ORGANISATION });

    // Act
    const [letter] = lettersForStep(step);

    // Assess
    expect(letter?.to).toBe('福州某某科技有限公司');
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
