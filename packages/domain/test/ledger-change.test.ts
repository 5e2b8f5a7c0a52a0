import type { ReportAppeal, ReportRecord } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { ledgerAppealChange, ledgerRequestChange } from '../src/index.js';

const open: ReportRecord = { receivedOn: '2023-12-28', applicantColumn: 'naturalPerson' };
const closed: ReportRecord = { ...open, closedOn: '2024-01-10', outcome: 'disclosed' };
const pending: ReportAppeal = { kind: 'reconsideration', filedOn: '2024-02-01' };
const upheld: ReportAppeal = { ...pending, concludedOn: '2024-04-01', result: 'upheld' };

describe('Function: ledgerRequestChange', () => {
  it('stores a row whose receipt number is not stored yet', () => {
    // Act
    const change = ledgerRequestChange(null, closed);

    // Assess
    expect(change).toEqual({ kind: 'new' });
  });

  it('does nothing when the same row is imported again', () => {
    // Act
    const change = ledgerRequestChange(closed, { ...closed });

    // Assess
    expect(change).toEqual({ kind: 'unchanged' });
  });

  it('records the decision when an open request comes back decided (a ledger kept up to date)', () => {
    // Act
    const change = ledgerRequestChange(open, closed);

    // Assess
    expect(change).toEqual({ kind: 'concluded' });
  });

  it('never reopens a decided request: an open row over a decided one is a conflict', () => {
    // Act
    const change = ledgerRequestChange(closed, open);

    // Assess
    expect(change.kind).toBe('conflict');
    expect(change.kind === 'conflict' && change.fields).toEqual(['closedOn', 'outcome']);
  });

  it('never rewrites a decided request: another outcome is a conflict naming the old and new values', () => {
    // Act
    const change = ledgerRequestChange(closed, { ...closed, outcome: 'partly-disclosed' });

    // Assess
    expect(change.kind === 'conflict' && change.fields).toEqual(['outcome']);
    expect(change.kind === 'conflict' && change.message.en).toContain(
      'outcome: disclosed → partly-disclosed',
    );
    expect(change.kind === 'conflict' && change.message.zh).toContain('不会被覆盖');
  });

  it('refuses to conclude a request received on another day or by another kind of applicant', () => {
    // Act
    const otherDay = ledgerRequestChange(open, { ...closed, receivedOn: '2023-12-27' });
    const otherApplicant = ledgerRequestChange(open, { ...closed, applicantColumn: 'commercial' });

    // Assess
    expect(otherDay.kind === 'conflict' && otherDay.fields).toContain('receivedOn');
    expect(otherApplicant.kind === 'conflict' && otherApplicant.fields).toContain(
      'applicantColumn',
    );
  });
});

describe('Function: ledgerRequestChange (fees, 国办函〔2020〕109号)', () => {
  const fee = { on: '2024-01-05', yuan: 300 };

  it('takes the fee paid with the decision of an open request', () => {
    // Act
    const change = ledgerRequestChange(open, { ...closed, feePaid: fee });

    // Assess
    expect(change).toEqual({ kind: 'concluded' });
  });

  it('never changes or drops a stored fee', () => {
    // Act
    const changed = ledgerRequestChange(
      { ...closed, feePaid: fee },
      { ...closed, feePaid: { ...fee, yuan: 400 } },
    );
    const dropped = ledgerRequestChange({ ...closed, feePaid: fee }, closed);
    const same = ledgerRequestChange(
      { ...closed, feePaid: fee },
      { ...closed, feePaid: { ...fee } },
    );

    // Assess
    expect(changed.kind === 'conflict' && changed.message.en).toContain(
      'fee: 300元 2024-01-05 → 400元 2024-01-05',
    );
    expect(dropped.kind === 'conflict' && dropped.fields).toEqual(['fee']);
    expect(same).toEqual({ kind: 'unchanged' });
  });
});

describe('Function: ledgerAppealChange', () => {
  it('concludes a pending case and leaves a concluded one as it is', () => {
    // Act
    const concluded = ledgerAppealChange(pending, upheld);
    const again = ledgerAppealChange(upheld, upheld);

    // Assess
    expect(concluded).toEqual({ kind: 'concluded' });
    expect(again).toEqual({ kind: 'unchanged' });
  });

  it('never changes a concluded case’s result', () => {
    // Act
    const change = ledgerAppealChange(upheld, { ...upheld, result: 'corrected' });

    // Assess
    expect(change.kind === 'conflict' && change.fields).toEqual(['result']);
  });
});
