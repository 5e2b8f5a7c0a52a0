import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../src/staff/api.js';
import { byNextDeadline, deadlineStateOf, todayIn } from '../src/staff/deadline-state.js';

function item(overrides: Partial<QueueItem>): QueueItem {
  return {
    id: 'a'.repeat(16),
    receiptNo: '2026-000001',
    status: 'processing',
    version: 2,
    channel: 'online',
    submittedOn: '2026-03-02',
    receivedOn: '2026-03-02',
    dueOn: '2026-03-30',
    nextDeadline: { kind: 'answer', on: '2026-03-30' },
    workingDaysLeft: 16,
    overdue: false,
    provisional: false,
    correctionNoticeLate: false,
    assignee: null,
    applicant: {},
    outcome: null,
    ...overrides,
  };
}

describe('Queue: the state of a request against its next deadline', () => {
  it('says due soon within 5 working days (Art. 33’s 20 running out), on track beyond', () => {
    // Act
    const soon = deadlineStateOf(
      item({ nextDeadline: { kind: 'answer', on: '2026-03-13' }, workingDaysLeft: 5 }),
      '2026-03-06',
    );
    const later = deadlineStateOf(
      item({ nextDeadline: { kind: 'answer', on: '2026-03-16' }, workingDaysLeft: 6 }),
      '2026-03-06',
    );

    // Assess
    expect(soon).toBe('due-soon');
    expect(later).toBe('on-track');
  });

  it('takes the working days left from the list, which counts the holidays', () => {
    // Act: 30 September to 9 October 2026 is 7 weekdays, but 国庆节 leaves 2 working days.
    const state = deadlineStateOf(
      item({ nextDeadline: { kind: 'answer', on: '2026-10-09' }, workingDaysLeft: 2 }),
      '2026-09-30',
    );

    // Assess
    expect(state).toBe('due-soon');
  });

  it('says overdue past the deadline or when the list says so', () => {
    // Act
    const past = deadlineStateOf(
      item({ nextDeadline: { kind: 'answer', on: '2026-03-05' } }),
      '2026-03-06',
    );
    const flagged = deadlineStateOf(item({ overdue: true }), '2026-03-06');

    // Assess
    expect([past, flagged]).toEqual(['overdue', 'overdue']);
  });

  it('says paused while a correction, a consultation or a fee is awaited (Art. 30, 32, 42)', () => {
    // Act
    const states = [
      item({ status: 'awaiting-correction', nextDeadline: null }),
      item({ nextDeadline: { kind: 'consultation-reply', on: '2026-03-20' } }),
      item({ nextDeadline: { kind: 'fee-payment', on: '2026-03-20' } }),
    ].map((row) => deadlineStateOf(row, '2026-03-06'));

    // Assess
    expect(states).toEqual(['paused', 'paused', 'paused']);
  });

  it('says awaiting receipt for an online request staff have not confirmed, closed once answered', () => {
    // Act
    const unconfirmed = deadlineStateOf(
      item({ status: 'submitted', receivedOn: null, dueOn: null, nextDeadline: null }),
      '2026-03-06',
    );
    const decided = deadlineStateOf(item({ status: 'decided' }), '2026-03-06');

    // Assess
    expect([unconfirmed, decided]).toEqual(['awaiting-receipt', 'closed']);
  });

  it('orders the nearest deadline first and requests without one last', () => {
    // Prepare
    const none = item({ receiptNo: '2026-000003', nextDeadline: null });
    const late = item({
      receiptNo: '2026-000002',
      nextDeadline: { kind: 'answer', on: '2026-04-01' },
    });
    const early = item({
      receiptNo: '2026-000001',
      nextDeadline: { kind: 'answer', on: '2026-03-10' },
    });

    // Act
    const sorted = [none, late, early].sort(byNextDeadline).map((row) => row.receiptNo);

    // Assess
    expect(sorted).toEqual(['2026-000001', '2026-000002', '2026-000003']);
  });

  it('dates today in the district’s time zone', () => {
    // Act: 20:00 UTC on 5 March is already 6 March in Shanghai.
    const today = todayIn('Asia/Shanghai', new Date('2026-03-05T20:00:00Z'));

    // Assess
    expect(today).toBe('2026-03-06');
  });
});
