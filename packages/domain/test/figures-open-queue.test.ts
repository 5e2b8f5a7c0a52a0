import { describe, expect, it } from 'vitest';
import { type OpenRequest, openQueueFigures } from '../src/index.js';
import { calendar } from './support.js';

const request = (fields: Partial<OpenRequest> & Pick<OpenRequest, 'receiptNo'>): OpenRequest => ({
  id: `id-${fields.receiptNo}`,
  status: 'processing',
  receivedOn: null,
  dueOn: null,
  extendedOn: null,
  provisional: false,
  assignee: null,
  ...fields,
});

/**
 * The open queue on Monday 16 June 2025, counted by hand on the 2025 notice
 * (端午节 31 May – 2 June rest).
 */
const QUEUE = {
  // Tue 6 May: 20 working days end on 4 June (Art. 33 ¶2); by 16 June 28 have passed
  // (18 to 30 May, 3–6, 9–13 and 16 June), 8 of them after the deadline.
  overdue: request({
    receiptNo: '2025-000101',
    receivedOn: '2025-05-06',
    dueOn: '2025-06-04',
    assignee: 'clerk-zhou',
  }),
  // Tue 3 June, a correction asked for: no deadline runs until it comes (Art. 30);
  // 9 working days (4–6, 9–13, 16 June).
  awaitingCorrection: request({
    receiptNo: '2025-000140',
    status: 'awaiting-correction',
    receivedOn: '2025-06-03',
  }),
  // Mon 9 June, due Mon 7 July: 5 working days passed, 15 left.
  recent: request({
    receiptNo: '2025-000150',
    receivedOn: '2025-06-09',
    dueOn: '2025-07-07',
    extendedOn: null,
  }),
  // Submitted online on Sunday 15 June, receipt not confirmed (Art. 31(3)): no clock.
  awaitingReceipt: request({ receiptNo: '2025-000160', status: 'submitted' }),
} satisfies Record<string, OpenRequest>;

const ON = '2025-06-16';

describe('Function: openQueueFigures', () => {
  it('lists the oldest received requests first with their working days elapsed and left', () => {
    // Act
    const figures = openQueueFigures({ requests: Object.values(QUEUE), calendar, asOf: ON });

    // Assess
    expect(
      figures.oldest.map(({ receiptNo, workingDaysElapsed, workingDaysLeft, overdue }) => ({
        receiptNo,
        workingDaysElapsed,
        workingDaysLeft,
        overdue,
      })),
    ).toEqual([
      { receiptNo: '2025-000101', workingDaysElapsed: 28, workingDaysLeft: -8, overdue: true },
      { receiptNo: '2025-000140', workingDaysElapsed: 9, workingDaysLeft: null, overdue: false },
      { receiptNo: '2025-000150', workingDaysElapsed: 5, workingDaysLeft: 15, overdue: false },
    ]);
    expect(figures.oldest[0]).toMatchObject({ id: 'id-2025-000101', assignee: 'clerk-zhou' });
  });

  it('counts the queue: open, awaiting receipt, overdue, and the spread of days since receipt', () => {
    // Act
    const figures = openQueueFigures({ requests: Object.values(QUEUE), calendar, asOf: ON });

    // Assess: 5, 9, 28: the 2nd of 3 is 9, the 3rd (⌈2.7⌉) is 28.
    expect(figures).toMatchObject({
      asOf: ON,
      total: 4,
      awaitingReceipt: 1,
      overdue: 1,
      extended: 0,
      workingDaysElapsed: { count: 3, median: 9, p90: 28 },
    });
  });

  it('lists as many of the oldest as asked, and counts the extended ones (Art. 33 ¶2)', () => {
    // Prepare: the overdue one was extended by 20 working days on 3 June: due on 2 July.
    const extended = {
      ...QUEUE.overdue,
      extendedOn: '2025-06-03',
      dueOn: '2025-07-02',
    } satisfies OpenRequest;

    // Act
    const figures = openQueueFigures({
      requests: [QUEUE.recent, extended, QUEUE.awaitingCorrection],
      calendar,
      asOf: ON,
      oldest: 1,
    });

    // Assess: 17–20, 23–27, 30 June and 1–2 July: 4 + 5 + 1 + 2 = 12 working days left.
    expect(figures.oldest).toHaveLength(1);
    expect(figures.oldest[0]).toMatchObject({
      receiptNo: '2025-000101',
      workingDaysLeft: 12,
      overdue: false,
    });
    expect(figures).toMatchObject({ extended: 1, overdue: 0 });
  });

  it('returns an empty queue without a median', () => {
    // Act
    const figures = openQueueFigures({ requests: [], calendar, asOf: ON });

    // Assess
    expect(figures).toEqual({
      asOf: ON,
      total: 0,
      awaitingReceipt: 0,
      overdue: 0,
      extended: 0,
      workingDaysElapsed: { count: 0, median: null, p90: null },
      oldest: [],
    });
  });
});
