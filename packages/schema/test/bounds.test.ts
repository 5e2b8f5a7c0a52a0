import { describe, expect, it } from 'vitest';
import {
  AssignmentCommand,
  fieldErrorsOrData,
  LetterRevisionCommand,
  MAX_FEE_YUAN,
  MAX_VERSION,
  REPORT_CELL_LIMIT,
  ReportCell,
  ReportInputsCommand,
  ReportRecord,
  StaffCommand,
} from '../src/index.js';
import { emptyTable2 } from './support/fixtures.js';
import { pathsAndCodes } from './support/issues.js';

const TABLE2 = emptyTable2();

describe('Schema: ReportCell', () => {
  it.each([0, -1, 1.5, REPORT_CELL_LIMIT, -REPORT_CELL_LIMIT, 12_345.6789])(
    'accepts %d, for the checks R1–R8 to judge',
    (cell) => {
      // Act
      const found = pathsAndCodes(ReportCell, cell);

      // Assess
      expect(found).toEqual([]);
    },
  );

  it.each([
    [1e16, ' tooBig'],
    [REPORT_CELL_LIMIT + 1, ' tooBig'],
    [-1e16, ' tooSmall'],
    [Number.MAX_SAFE_INTEGER, ' tooBig'],
    [Number.POSITIVE_INFINITY, ' invalidType'],
    [Number.NaN, ' invalidType'],
  ])('refuses %d', (cell, problem) => {
    // Act
    const found = pathsAndCodes(ReportCell, cell);

    // Assess
    expect(found).toEqual([problem]);
  });

  it('keeps a hundred thousand cells at the limit an exact sum', () => {
    // Act
    const sum = REPORT_CELL_LIMIT * 100_000;

    // Assess
    expect(Number.isSafeInteger(sum)).toBe(true);
  });
});

describe('Schema: ReportInputsCommand', () => {
  it.each([
    [
      'inputs.table2.regulations.issued',
      { table2: { ...TABLE2, regulations: { issued: 1e16, repealed: 0, inForce: 0 } } },
    ],
    [
      'inputs.table2.licensing.decisions',
      { table2: { ...TABLE2, licensing: { decisions: JSON.parse('9007199254740993') as number } } },
    ],
    [
      'inputs.table2.administrativeFees.wanYuan',
      { table2: { ...TABLE2, administrativeFees: { wanYuan: 1e16 } } },
    ],
    ['inputs.feesCollectedYuan', { feesCollectedYuan: 1e16 }],
  ])('names the cell %s when it is out of bounds', (path, inputs) => {
    // Act
    const result = fieldErrorsOrData(ReportInputsCommand, { expectedVersion: 0, inputs });

    // Assess
    expect(result).toEqual({
      ok: false,
      errors: [{ path, code: 'tooBig', zh: '不能大于100000000', en: 'must be at most 100000000' }],
    });
  });
});

describe('Schema: the numbers a client sends are bounded', () => {
  it.each([
    ['StaffCommand', StaffCommand, { event: { type: 'withdrawn', on: '2026-02-04' } }],
    ['AssignmentCommand', AssignmentCommand, { assignee: null }],
    ['ReportInputsCommand', ReportInputsCommand, { inputs: {} }],
    ['LetterRevisionCommand', LetterRevisionCommand, { letter: {}, correction: '名称有误' }],
  ] as const)('%s refuses a version after MAX_VERSION', (_name, schema, rest) => {
    // Act
    const atMost = pathsAndCodes(schema, { ...rest, expectedVersion: MAX_VERSION });
    const beyond = pathsAndCodes(schema, { ...rest, expectedVersion: MAX_VERSION + 1 });
    const unsafe = pathsAndCodes(schema, { ...rest, expectedVersion: Number.MAX_SAFE_INTEGER });

    // Assess
    expect(atMost).toEqual([]);
    expect(beyond).toEqual(['expectedVersion tooBig']);
    expect(unsafe).toEqual(['expectedVersion tooBig']);
    expect(Number.isSafeInteger(MAX_VERSION + 1)).toBe(true);
  });

  it('refuses a fee paid above the largest fee a notice may ask for', () => {
    // Act
    const found = pathsAndCodes(ReportRecord, {
      receivedOn: '2026-02-03',
      applicantColumn: 'naturalPerson',
      feePaid: { on: '2026-03-01', yuan: MAX_FEE_YUAN + 1 },
    });

    // Assess
    expect(found).toEqual(['feePaid.yuan tooBig']);
  });
});
