import { assembleAnnualReport } from '@ogi/domain';
import { layoutReport } from '@ogi/report/layout';
import type { Check } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import {
  cellId,
  checkItemId,
  fieldId,
  findingsByCell,
  pointersOf,
  targetOf,
} from '../src/staff/report/checks.js';

const R1: Check = {
  id: 'R1',
  severity: 'error',
  cell: 'table3.carriedForward.total',
  message: { zh: '不平衡', en: 'unbalanced' },
};
const R6: Check = { ...R1, id: 'R6', severity: 'warning' };
const R8: Check = {
  id: 'R8',
  severity: 'warning',
  cell: 'narrative.一',
  message: { zh: '数字不符', en: 'figures differ' },
};

describe('Report page: the failing checks on the tables', () => {
  it('marks a cell with every check that points at it, an error outranking a warning', () => {
    // Act
    const findings = findingsByCell([R6, R8, R1]);

    // Assess
    expect(findings.get('table3.carriedForward.total')).toEqual({
      severity: 'error',
      ids: ['R6', 'R1'],
      items: [checkItemId(0), checkItemId(2)],
    });
    expect(findings.get('narrative.一')?.severity).toBe('warning');
  });

  it('finds every cell of tables 二, 三 and 四 in the template’s layout (10 + 175 + 15)', () => {
    // Prepare
    const report = assembleAnnualReport({ year: 2025, agency: '某镇人民政府', records: [] });
    const tables = layoutReport(report).blocks.flatMap((block) =>
      block.kind === 'table' ? [block.table] : [],
    );

    // Act
    const pointers = pointersOf(tables);

    // Assess
    expect(pointers.size).toBe(200);
    expect(pointers.has('table2.administrativeFees.wanYuan')).toBe(true);
    expect(pointers.has('table3.unavailable-not-held.naturalPerson')).toBe(true);
    expect(pointers.has('table4.litigationAfterReconsideration.pending')).toBe(true);
  });

  it('links a check to its table cell, or to the field that edits the part when the form is shown', () => {
    // Prepare
    const shown = new Set(['table2.regulations.inForce', 'table3.received.total']);

    // Act
    const targets = [
      targetOf('table3.received.total', shown, false),
      targetOf('narrative.一', shown, true),
      targetOf('narrative.一', shown, false),
      targetOf('table2', shown, true),
      targetOf('feesCollectedYuan', shown, true),
    ];

    // Assess
    expect(targets).toEqual([
      cellId('table3.received.total'),
      fieldId('narrative.一'),
      undefined,
      fieldId('table2.regulations.issued'),
      fieldId('feesCollectedYuan'),
    ]);
  });
});
