import { docxText, readZip } from '@ogi/report/testing';
import type { LetterDocument } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { PREVIEW_MARK, renderLetterDocx } from '../src/index.js';

const LETTER: LetterDocument = {
  kind: 'receipt',
  addressee: 'applicant',
  title: '政府信息公开申请接收回执',
  number: '大场依申〔2026〕第12号',
  to: '张三',
  paragraphs: ['第一段。', '第二段 & <特殊> 字符。'],
  agency: '青岛西海岸新区大场镇人民政府',
  date: '2026-11-27',
};

async function unzipped(document: LetterDocument, options?: { preview?: boolean }) {
  const entries = readZip(await renderLetterDocx(document, options));
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? new TextDecoder().decode(entry) : '';
  };
  return { entries, xml: text('word/document.xml'), text };
}

describe('Function: renderLetterDocx', () => {
  it('lays the letter out in order: title, 文号, addressee, body, seal, agency, date', async () => {
    // Act
    const { xml } = await unzipped(LETTER);

    // Assess
    expect(docxText(xml).filter((line) => line !== '')).toEqual([
      '政府信息公开申请接收回执',
      '大场依申〔2026〕第12号',
      '张三：',
      '第一段。',
      '第二段 & <特殊> 字符。',
      '（印章）',
      '青岛西海岸新区大场镇人民政府',
      // GB/T 9704-2012 7.3.5: the date in Arabic numerals.
      '2026年11月27日',
    ]);
  });

  it('sets A4 with GB/T 9704 margins, 方正小标宋简体 二号 title and 仿宋 三号 body on 28pt lines', async () => {
    // Act
    const { xml } = await unzipped(LETTER);

    // Assess
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain('w:firstLine="640"');
    expect(xml).toContain('w:line="560" w:lineRule="exact"');
  });

  it('prints the preview mark instead of the missing number, and across the page top', async () => {
    // Act
    const { xml, text, entries } = await unzipped({ ...LETTER, number: null }, { preview: true });

    // Assess
    expect(docxText(xml)[1]).toBe(PREVIEW_MARK);
    const header = [...entries.keys()].find((name) => /^word\/header\d*\.xml$/.test(name));
    expect(header && docxText(text(header))).toContain(PREVIEW_MARK);
  });

  it('throws when an unnumbered letter is rendered as issued', async () => {
    // Act
    const render = renderLetterDocx({ ...LETTER, number: null });

    // Assess
    await expect(render).rejects.toThrow(RangeError);
  });
});
