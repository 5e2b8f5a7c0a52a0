import { describe, expect, it } from 'vitest';
import { assembleAnnualReport, publicationGaps } from '../src/index.js';

const TABLE2 = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 1, repealed: 0, inForce: 3 },
  licensing: { decisions: 0 },
  penalties: { decisions: 0 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 0 },
};

const report = (inputs?: Parameters<typeof assembleAnnualReport>[0]['inputs']) =>
  assembleAnnualReport({ year: 2023, agency: '某镇人民政府', records: [], inputs });

describe('Function: publicationGaps (Art. 50: what a report holds; the template of 国办公开办函〔2021〕30号)', () => {
  it('names table 二 and the three narrative sections of a report nobody has written yet', () => {
    // Act
    const gaps = publicationGaps(report());

    // Assess
    expect(gaps.map((gap) => gap.path)).toEqual([
      'table2',
      'narrative.一',
      'narrative.五',
      'narrative.六',
    ]);
    expect(gaps[2]?.message.zh).toContain('五、存在的主要问题及改进情况');
  });

  it('counts a section of blanks as empty and “无” as written', () => {
    // Act
    const gaps = publicationGaps(
      report({ table2: TABLE2, narrative: { 一: '本年度共收到申请0件。', 五: ' \n　', 六: '无' } }),
    );

    // Assess
    expect(gaps.map((gap) => gap.path)).toEqual(['narrative.五']);
  });

  it('finds nothing missing in a complete report', () => {
    // Act
    const gaps = publicationGaps(
      report({ table2: TABLE2, narrative: { 一: '本年度共收到申请0件。', 五: '无', 六: '无' } }),
    );

    // Assess
    expect(gaps).toEqual([]);
  });
});
