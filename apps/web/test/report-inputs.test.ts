import type { ReportInputs } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import {
  inputErrorsByField,
  inputsCommandOf,
  sameValues,
  TABLE2_FIELDS,
  valuesOf,
} from '../src/staff/report/inputs.js';

const TABLE2: NonNullable<ReportInputs['table2']> = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 2, repealed: 1, inForce: 9 },
  licensing: { decisions: 31 },
  penalties: { decisions: 4 },
  enforcement: { decisions: 0 },
  administrativeFees: { wanYuan: 1.25 },
};

describe('Report page: the staff-written parts as a form', () => {
  it('fills the form from the saved inputs and sends them back unchanged', () => {
    // Prepare
    const saved: ReportInputs = {
      table2: TABLE2,
      narrative: { 一: '本年度共收到申请4件。\n均已按时答复。', 六: '无' },
      feesCollectedYuan: 300,
    };

    // Act
    const values = valuesOf(saved);
    const command = inputsCommandOf(values, 2);

    // Assess
    expect(values['table2.administrativeFees.wanYuan']).toBe('1.25');
    expect(values['narrative.五']).toBe('');
    expect(command).toEqual({ ok: true, body: { expectedVersion: 2, inputs: saved } });
  });

  it('leaves out table 二 and the fee total when nothing was typed, so the records’ fees stand', () => {
    // Prepare
    const values = { ...valuesOf(undefined), 'narrative.一': '  本年度未收到申请。 ' };

    // Act
    const command = inputsCommandOf(values, 0);

    // Assess
    expect(command).toEqual({
      ok: true,
      body: { expectedVersion: 0, inputs: { narrative: { 一: '本年度未收到申请。' } } },
    });
  });

  it('asks for every cell of table 二 once one is typed (the template wants 0, not a blank)', () => {
    // Prepare
    const values = { ...valuesOf(undefined), 'table2.licensing.decisions': '31' };

    // Act
    const command = inputsCommandOf(values, 1);

    // Assess
    expect(command.ok).toBe(false);
    const errors = command.ok ? new Map() : command.errors;
    expect([...errors.keys()]).toEqual(
      TABLE2_FIELDS.filter((field) => field !== 'table2.licensing.decisions'),
    );
    expect(errors.get('table2.regulations.issued')).toMatchObject({ code: 'required' });
  });

  it('lets a negative or fractional count through for check R5 to mark, and refuses words', () => {
    // Prepare
    const typed = Object.fromEntries(TABLE2_FIELDS.map((field) => [field, '0']));
    const values = {
      ...valuesOf(undefined),
      ...typed,
      'table2.regulations.inForce': '-1',
      'table2.penalties.decisions': '1,204',
      feesCollectedYuan: '三百',
    };

    // Act
    const command = inputsCommandOf(values, 1);
    const withoutWords = inputsCommandOf({ ...values, feesCollectedYuan: '' }, 1);

    // Assess
    expect(command.ok ? [] : [...command.errors.keys()]).toEqual(['feesCollectedYuan']);
    expect(withoutWords.ok && withoutWords.body.inputs.table2?.regulations.inForce).toBe(-1);
    expect(withoutWords.ok && withoutWords.body.inputs.table2?.penalties.decisions).toBe(1204);
  });

  it('places the API’s field errors on the form’s fields and the rest on the whole form', () => {
    // Act
    const errors = inputErrorsByField([
      { path: 'inputs.narrative.五', code: 'tooLong', zh: '过长', en: 'too long' },
      { path: 'expectedVersion', code: 'invalid', zh: '无效', en: 'invalid' },
    ]);

    // Assess
    expect([...errors.keys()]).toEqual(['narrative.五', '']);
  });

  it('tells typed changes from the form as saved', () => {
    // Prepare
    const saved = valuesOf({ narrative: { 一: '原文' } });

    // Act
    const unchanged = sameValues({ ...saved }, saved);
    const changed = sameValues({ ...saved, 'narrative.一': '新文' }, saved);

    // Assess
    expect(unchanged).toBe(true);
    expect(changed).toBe(false);
  });
});
