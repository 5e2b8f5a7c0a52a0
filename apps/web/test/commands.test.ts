import { describe, expect, it } from 'vitest';
import { commandOf, errorsByField, feeOf, initialValues } from '../src/staff/commands.js';

describe('Case page: the commands staff send', () => {
  it('confirms an online request’s receipt with how both sides confirmed it (Art. 31(3))', () => {
    // Prepare
    const values = initialValues('received', '2026-03-06');

    // Act
    const command = commandOf('received', values, 'online', 3);

    // Assess
    expect(command).toEqual({
      ok: true,
      body: {
        expectedVersion: 3,
        event: { type: 'received', on: '2026-03-06', channel: 'online', confirmedBy: 'phone' },
      },
    });
  });

  it('asks for a correction with one item per line (Art. 30)', () => {
    // Prepare
    const values = {
      ...initialValues('correctionRequested', '2026-03-06'),
      items: '请写明文件名称\n\n请写明年份 ',
    };

    // Act
    const command = commandOf('correctionRequested', values, 'online', 4);

    // Assess
    expect(command.ok && command.body.event).toEqual({
      type: 'correctionRequested',
      on: '2026-03-06',
      items: ['请写明文件名称', '请写明年份'],
    });
  });

  it('computes the fee as staff type the quantity (国办函〔2020〕109号)', () => {
    // Act
    const pages = feeOf({ scale: 'page', quantity: '250' });
    const items = feeOf({ scale: 'item', quantity: '5', prior: '10' });
    const typing = feeOf({ scale: 'page', quantity: '2.5' });

    // Assess
    expect(pages).toBe(4700);
    expect(items).toBe(500);
    expect(typing).toBeUndefined();
  });

  it('sends the computed fee with its scale and quantity', () => {
    // Prepare
    const values = { ...initialValues('feeNoticed', '2026-03-06'), quantity: '31' };

    // Act
    const command = commandOf('feeNoticed', values, 'online', 5);

    // Assess
    expect(command.ok && command.body.event).toEqual({
      type: 'feeNoticed',
      on: '2026-03-06',
      scale: 'page',
      yuan: 10,
      quantity: 31,
    });
  });

  it('places the schema’s errors on the form’s fields, and refuses to send', () => {
    // Prepare
    const values = { ...initialValues('extended', '2026-03-06'), workingDays: '25', on: '' };

    // Act
    const command = commandOf('extended', values, 'online', 5);

    // Assess
    expect(command.ok).toBe(false);
    if (command.ok) return;
    expect([...command.errors.keys()].sort()).toEqual(['on', 'workingDays']);
    expect(command.errors.get('workingDays')?.en).toMatch(/20/);
  });

  it('places the API’s errors by path, the fee under the quantity and the rest on the form', () => {
    // Act
    const placed = errorsByField([
      { path: 'event.items.0', code: 'x', zh: '补正事项', en: 'items' },
      { path: 'event.yuan', code: 'x', zh: '费用', en: 'fee' },
      { path: '', code: 'closed', zh: '已办结', en: 'closed' },
    ]);

    // Assess
    expect([...placed.keys()]).toEqual(['items', 'quantity', '']);
  });

  it('sends the letter’s details only when typed, a party as one object', () => {
    // Prepare
    const values = {
      ...initialValues('consultationStarted', '2026-03-06'),
      'letter.thirdParty.name': '青岛某建设有限公司',
      'letter.thirdParty.contact': '',
      'letter.question': '是否同意公开合同金额',
    };

    // Act
    const command = commandOf('consultationStarted', values, 'online', 6);
    const bare = commandOf('extended', initialValues('extended', '2026-03-06'), 'online', 6);

    // Assess
    expect(command.ok && command.body.letter).toEqual({
      thirdParty: { name: '青岛某建设有限公司' },
      question: '是否同意公开合同金额',
    });
    expect(bare.ok && 'letter' in bare.body).toBe(false);
  });

  it('places a letter’s missing detail on its field, a party’s on its name', () => {
    // Act
    const placed = errorsByField([
      { path: 'letter.extensionReason', code: 'x', zh: '延长理由', en: 'reason' },
      { path: 'letter.thirdParty', code: 'x', zh: '第三方', en: 'party' },
    ]);

    // Assess
    expect([...placed.keys()]).toEqual(['letter.extensionReason', 'letter.thirdParty.name']);
  });
});
