import { assembleAnnualReport } from '@ogi/domain';
import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  TABLE3_ROWS,
  TABLE4_BLOCKS,
  TABLE4_COLUMNS,
} from '@ogi/schema';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatChineseDate, formatNumber, renderHtml } from '../src/index.js';
import {
  decodeHtml,
  htmlTableGrid,
  SECTION_HEADINGS_VERBATIM,
  SEED_AGENCY,
  seedAppeals,
  seedRecords,
  TEMPLATE_TABLE_LABELS,
  TEMPLATE_TABLE3_ROWS,
  TEMPLATE_TABLE4_COLUMNS,
} from './support/render-support.js';

function seedReport(extra: Partial<AnnualReport> = {}): AnnualReport {
  const report = assembleAnnualReport({
    year: 2023,
    agency: SEED_AGENCY,
    records: seedRecords(),
    appeals: seedAppeals(),
    inputs: { feesCollectedYuan: 0 },
  });
  return { ...report, ...extra };
}

/** The text of every element, tags stripped and entities decoded. */
function cellTexts(html: string): string[] {
  return [...html.matchAll(/>([^<]+)</g)]
    .map((m) => decodeHtml(m[1] ?? '').trim())
    .filter((text) => text.length > 0);
}

describe('renderHtml', () => {
  const html = renderHtml(seedReport(), { publishedOn: '2024-01-22' });
  const texts = cellTexts(html);

  it('titles the report and signs it with the agency and date at the end', () => {
    expect(texts[0]).toBe('青岛西海岸新区大场镇人民政府2023年政府信息公开工作年度报告');
    expect(texts.slice(-2)).toEqual([SEED_AGENCY, '2024年1月22日']);
    expect(html).toMatch(/text-align:right[^>]*>青岛西海岸新区大场镇人民政府<\/p>/);
  });

  it('has the six sections in order with the verbatim headings', () => {
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(SECTION_HEADINGS_VERBATIM);
  });

  it('prints every label of tables 二, 三 and 四 verbatim, each in a cell of its own', () => {
    for (const label of TEMPLATE_TABLE_LABELS) {
      expect(texts, label).toContain(label);
    }
  });

  it('lays out table 三 with the template merged header and one labelled row per row key', () => {
    const grid = htmlTableGrid(html, 'table3');
    expect(grid).toHaveLength(3 + 25);
    for (const row of grid) expect(row).toHaveLength(10);
    const note = grid[0]?.[0];
    expect(note?.text).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    // The note covers the three label columns of the three header rows.
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(grid[r]?.[c]).toBe(note);
    expect(grid[0]?.slice(3).map((cell) => cell.text)).toEqual(Array(7).fill('申请人情况'));
    expect(grid[1]?.[3]?.text).toBe('自然人');
    expect(grid[2]?.[3]).toBe(grid[1]?.[3]);
    expect(grid[1]?.slice(4, 9).map((cell) => cell.text)).toEqual(Array(5).fill('法人或其他组织'));
    expect(grid[2]?.slice(4, 9).map((cell) => cell.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(grid[1]?.[9]?.text).toBe('总计');
    expect(grid[2]?.[9]).toBe(grid[1]?.[9]);

    TABLE3_ROWS.forEach((key, index) => {
      const row = grid[3 + index] ?? [];
      // The distinct label cells of the row, left to right.
      const labels = [...new Set(row.slice(0, 3))].map((cell) => cell.text);
      expect(labels.at(-1), key).toBe(TEMPLATE_TABLE3_ROWS[index]);
      expect(row.slice(3).map((cell) => cell.pointer)).toEqual(
        [...APPLICANT_COLUMNS, 'total'].map((column) => `table3.${key}.${column}`),
      );
    });
    // 三、本年度办理结果 spans the 21 outcomes and （七）总计.
    const group = grid[5]?.[0];
    expect(group?.text).toBe('三、本年度办理结果');
    expect(grid.filter((row) => row[0] === group)).toHaveLength(22);
    expect(grid.filter((row) => row[1]?.text === '（三）不予公开')).toHaveLength(8);
    expect(grid.filter((row) => row[1]?.text === '（六）其他处理')).toHaveLength(3);
  });

  it('renders the seed report with 11s and the upheld reconsideration in the right cells', () => {
    const grid = htmlTableGrid(html, 'table3');
    const value = (row: string, column: string) =>
      grid.flat().find((cell) => cell.pointer === `table3.${row}.${column}`)?.text;
    for (const row of TABLE3_ROWS) {
      for (const column of [...APPLICANT_COLUMNS, 'total']) {
        const expected =
          ['received', 'disclosed', 'decidedTotal'].includes(row) &&
          (column === 'naturalPerson' || column === 'total')
            ? '11'
            : '0';
        expect(value(row, column), `${row}.${column}`).toBe(expected);
      }
    }
    const row = (label: string) => grid.find((cells) => cells.some((cell) => cell.text === label));
    expect(
      row('一、本年新收政府信息公开申请数量')
        ?.map((cell) => cell.text)
        .slice(3),
    ).toEqual(['11', '0', '0', '0', '0', '0', '11']);

    const table4 = htmlTableGrid(html, 'table4');
    expect(table4).toHaveLength(4);
    expect(table4[0]?.slice(0, 5).every((cell) => cell.text === '行政复议')).toBe(true);
    expect(table4[1]?.[0]?.text).toBe('行政复议');
    expect(table4[0]?.slice(5).every((cell) => cell.text === '行政诉讼')).toBe(true);
    expect(table4[1]?.slice(5, 10).every((cell) => cell.text === '未经复议直接起诉')).toBe(true);
    expect(table4[1]?.slice(10).every((cell) => cell.text === '复议后起诉')).toBe(true);
    expect(table4[2]?.map((cell) => cell.text)).toEqual(TEMPLATE_TABLE4_COLUMNS);
    expect(table4[3]?.map((cell) => cell.text)).toEqual(
      ['1', '0', '0', '0', '1'].concat(Array(10).fill('0')),
    );
    expect(table4[3]?.map((cell) => cell.pointer)).toEqual(
      TABLE4_BLOCKS.flatMap((block) => TABLE4_COLUMNS.map((c) => `table4.${block}.${c}`)),
    );
  });

  it('prints table 二 with zeros when staff have not supplied it, never blanks', () => {
    const grid = htmlTableGrid(html, 'table2');
    const numbers = grid.flat().filter((cell) => cell.pointer);
    expect(new Set(numbers.map((cell) => cell.pointer)).size).toBe(10);
    expect(numbers.every((cell) => cell.text === '0')).toBe(true);
    expect(grid[0]?.map((cell) => cell.text)).toEqual(Array(4).fill('第二十条第（一）项'));
  });

  it('prints table 二 figures, the fee amount in 万元 with its decimals', () => {
    const report = seedReport({
      table2: {
        regulations: { issued: 1, repealed: 2, inForce: 3 },
        normativeDocuments: { issued: 4, repealed: 5, inForce: 6 },
        licensing: { decisions: 7 },
        penalties: { decisions: 8 },
        enforcement: { decisions: 9 },
        administrativeFees: { wanYuan: 12.35 },
      },
    });
    const grid = htmlTableGrid(renderHtml(report), 'table2');
    const pointers = new Map(grid.flat().map((cell) => [cell.pointer, cell.text]));
    expect(pointers.get('table2.regulations.inForce')).toBe('3');
    expect(pointers.get('table2.normativeDocuments.issued')).toBe('4');
    expect(pointers.get('table2.enforcement.decisions')).toBe('9');
    expect(pointers.get('table2.administrativeFees.wanYuan')).toBe('12.35');
  });

  it('escapes narrative, agency and contact text', () => {
    const report = seedReport({
      agency: '<b>某局</b> & "办"',
      narrative: {
        一: '第一段<script>alert(1)</script>\n\n（二）依申请公开\n共收到11件。',
        五: "<img src=x onerror='x'>",
      },
    });
    const out = renderHtml(report, {
      contact: { office: '<i>办公室</i>', phone: '0532-58700977' },
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<i>');
    expect(out).toContain('第一段&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;b&gt;某局&lt;/b&gt; &amp; &quot;办&quot;');
    // One paragraph per non-empty line.
    expect(out).toMatch(/<p[^>]*>（二）依申请公开<\/p>\n<p[^>]*>共收到11件。<\/p>/);
  });

  it('escapes any text so that no tag survives', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeHtml(escaped)).toBe(text);
      }),
    );
  });

  it('states the 信息处理费 in section 六 and the contact in the preamble', () => {
    expect(html).toContain(
      '依据《政府信息公开信息处理费管理办法》，青岛西海岸新区大场镇人民政府2023年度未收取信息处理费。',
    );
    const paid = renderHtml(seedReport({ feesCollectedYuan: 150 }), {
      contact: { office: '大场镇人民政府政府信息公开领导小组办公室', postcode: '266414' },
    });
    expect(paid).toContain('2023年度共收取信息处理费150元。');
    expect(paid).toContain('请与大场镇人民政府政府信息公开领导小组办公室联系（邮编：266414）。');
    expect(paid).toContain('统计期限自2023年1月1日起至2023年12月31日止');
    const unknown = renderHtml(seedReport({ feesCollectedYuan: undefined }));
    expect(unknown).not.toContain('信息处理费管理办法');
  });

  it('is a self-contained fragment: no script, no external resource', () => {
    expect(html.startsWith('<div class="ogi-annual-report"')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img|style)\b/);
    expect(html).not.toMatch(/https?:/);
  });
});

describe('formatting', () => {
  it('formats dates in Chinese and refuses malformed ones', () => {
    expect(formatChineseDate('2024-01-22')).toBe('2024年1月22日');
    expect(formatChineseDate(undefined)).toBe('　　年　月　日');
    expect(() => formatChineseDate('22/01/2024')).toThrow(RangeError);
  });

  it('formats counts and 万元 amounts, never blank', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(11)).toBe('11');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(1.23456)).toBe('1.2346');
    expect(formatNumber(2.1)).toBe('2.1');
  });
});
