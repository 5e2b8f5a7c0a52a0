import { describe, expect, it } from 'vitest';
import {
  assignmentOf,
  commandOf,
  errorsByField,
  feeOf,
  initialValues,
  revisionOf,
  revisionValues,
} from '../src/staff/commands.js';

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

  it('places a lifecycle refusal beside the day it judges, and one of the step itself on the form', () => {
    // Act: what the API answers with 422 when the law does not allow the step now.
    const late = errorsByField([
      { path: 'event.on', code: 'extension-after-deadline', zh: '应在届满前', en: 'too late' },
    ]);
    const closed = errorsByField([
      { path: 'event.type', code: 'closed', zh: '申请已办结', en: 'closed' },
    ]);

    // Assess
    expect([...late.keys()]).toEqual(['on']);
    expect(late.get('on')?.zh).toBe('应在届满前');
    expect([...closed.keys()]).toEqual(['type']);
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

  it('records a paper correction and a paid fee with the day alone (Art. 30; 国办函〔2020〕109号)', () => {
    // Act
    const correction = commandOf(
      'correctionReceived',
      initialValues('correctionReceived', '2026-03-09'),
      'post',
      7,
    );
    const paid = commandOf('feePaid', initialValues('feePaid', '2026-03-10'), 'post', 8);

    // Assess
    expect(correction.ok && correction.body.event).toEqual({
      type: 'correctionReceived',
      on: '2026-03-09',
    });
    expect(paid.ok && paid.body.event).toEqual({ type: 'feePaid', on: '2026-03-10' });
  });

  it('sets a reasonable deadline with its day and reason, both required (Art. 35)', () => {
    // Prepare
    const values = {
      ...initialValues('deadlineSet', '2026-03-06'),
      dueOn: '2026-05-29',
      reason: '申请数量明显超出合理范围',
    };

    // Act
    const command = commandOf('deadlineSet', values, 'online', 4);
    const empty = commandOf('deadlineSet', initialValues('deadlineSet', '2026-03-06'), 'online', 4);

    // Assess
    expect(command.ok && command.body.event).toEqual({
      type: 'deadlineSet',
      on: '2026-03-06',
      dueOn: '2026-05-29',
      reason: '申请数量明显超出合理范围',
    });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect([...empty.errors.keys()].sort()).toEqual(['dueOn', 'reason']);
  });

  it('deems a request withdrawn for a lapsed correction unless told the fee went unpaid (Art. 30)', () => {
    // Act
    const lapsed = commandOf(
      'deemedWithdrawn',
      initialValues('deemedWithdrawn', '2026-04-01'),
      'online',
      6,
    );
    const unpaid = commandOf(
      'deemedWithdrawn',
      { ...initialValues('deemedWithdrawn', '2026-04-01'), reason: 'fee-unpaid' },
      'online',
      6,
    );

    // Assess
    expect(lapsed.ok && lapsed.body.event).toEqual({
      type: 'deemedWithdrawn',
      on: '2026-04-01',
      reason: 'correction-lapsed',
    });
    expect(unpaid.ok && unpaid.body.event).toMatchObject({ reason: 'fee-unpaid' });
  });

  it('records an appeal filed and concluded with its kind and result', () => {
    // Act
    const filed = commandOf(
      'appealFiled',
      { ...initialValues('appealFiled', '2026-05-06'), kind: 'litigation-direct' },
      'online',
      9,
    );
    const concluded = commandOf(
      'appealConcluded',
      { ...initialValues('appealConcluded', '2026-07-01'), kind: 'litigation-direct' },
      'online',
      10,
    );

    // Assess
    expect(filed.ok && filed.body.event).toEqual({
      type: 'appealFiled',
      on: '2026-05-06',
      kind: 'litigation-direct',
    });
    expect(concluded.ok && concluded.body.event).toEqual({
      type: 'appealConcluded',
      on: '2026-07-01',
      kind: 'litigation-direct',
      result: 'upheld',
    });
  });
});

describe('Case page: assigning and correcting letters', () => {
  it('assigns the staff id typed, or nobody when left empty', () => {
    // Act
    const someone = assignmentOf(' clerk-7 ', 4);
    const nobody = assignmentOf('', 4);

    // Assess
    expect(someone).toEqual({ ok: true, body: { expectedVersion: 4, assignee: 'clerk-7' } });
    expect(nobody).toEqual({ ok: true, body: { expectedVersion: 4, assignee: null } });
  });

  it('refuses an assignee longer than the API takes', () => {
    // Act
    const assignment = assignmentOf('x'.repeat(65), 4);

    // Assess
    expect(assignment.ok).toBe(false);
  });

  it('opens a letter’s correction with the details its step was drafted with', () => {
    // Act
    const values = revisionValues('third-party-consultation', {
      thirdParty: { name: '青岛某建设有限公司' },
      question: '是否同意公开',
    });

    // Assess
    expect(values).toEqual({
      correction: '',
      'letter.thirdParty.name': '青岛某建设有限公司',
      'letter.thirdParty.contact': '',
      'letter.question': '是否同意公开',
    });
  });

  it('sends a correction with the details typed again, and refuses one without its reason', () => {
    // Prepare
    const values = { ...revisionValues('answer'), 'letter.reasons': '涉及商业秘密' };

    // Act
    const unexplained = revisionOf(values, 9);
    const explained = revisionOf({ ...values, correction: '理由写错' }, 9);

    // Assess
    expect(unexplained.ok).toBe(false);
    if (unexplained.ok) return;
    expect([...unexplained.errors.keys()]).toEqual(['correction']);
    expect(explained).toEqual({
      ok: true,
      body: { expectedVersion: 9, letter: { reasons: '涉及商业秘密' }, correction: '理由写错' },
    });
  });
});
