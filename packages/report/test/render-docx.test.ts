import { assembleAnnualReport } from '@ogi/domain';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import {
  docxText,
  readZip,
  SECTION_HEADINGS_VERBATIM,
  SEED_AGENCY,
  seedAppeals,
  seedRecords,
  TEMPLATE_TABLE_LABELS,
} from './support/render-support.js';

const report = assembleAnnualReport({
  year: 2023,
  agency: SEED_AGENCY,
  records: seedRecords(),
  appeals: seedAppeals(),
  inputs: {
    feesCollectedYuan: 0,
    narrative: { 一: '（二）依申请公开\n2023年共收到11件 <script>&"' },
  },
});

describe('renderDocx', async () => {
  const bytes = await renderDocx(report, { publishedOn: '2024-01-22' });
  const entries = readZip(bytes);
  const xml = new TextDecoder().decode(entries.get('word/document.xml'));
  const paragraphs = docxText(xml);

  it('is a zip with word/document.xml', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(entries.has('[Content_Types].xml')).toBe(true);
    expect(xml).toContain('<w:document');
  });

  it('has the title, the six headings, the narrative and the signature at the end', () => {
    expect(paragraphs.find((p) => p.length > 0)).toBe(
      '青岛西海岸新区大场镇人民政府2023年政府信息公开工作年度报告',
    );
    for (const heading of SECTION_HEADINGS_VERBATIM) expect(paragraphs).toContain(heading);
    expect(paragraphs).toContain('2023年共收到11件 <script>&"');
    expect(paragraphs.slice(-2)).toEqual([SEED_AGENCY, '2024年1月22日']);
    expect(xml).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('contains every label of tables 二, 三 and 四 in a paragraph of its own', () => {
    for (const label of TEMPLATE_TABLE_LABELS) {
      expect(paragraphs, label).toContain(label);
    }
  });

  it('sets A4, the 公文 fonts and merged header cells', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:gridSpan w:val="10"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
  });

  it('gives every row of every table its full width once merged cells are counted', () => {
    const tables = xml.split('<w:tbl>').slice(1);
    [4, 10, 15].forEach((columns, index) => {
      const rows = (tables[index] ?? '').match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.length).toBe([14, 28, 4][index]);
      for (const row of rows) {
        const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
        const width = cells.reduce(
          (sum, cell) => sum + Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1),
          0,
        );
        expect(width).toBe(columns);
      }
    });
  });

  it('puts the seed figures in table 四 in template order', () => {
    const table4 = xml.split('<w:tbl>')[3] ?? '';
    const rows = table4.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    const last = docxText(rows.at(-1) ?? '');
    expect(last).toEqual(['1', '0', '0', '0', '1', ...Array(10).fill('0')]);
  });
});
