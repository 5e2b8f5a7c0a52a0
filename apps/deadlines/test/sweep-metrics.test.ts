import type { AppMetrics } from '@ogi/http';
import { describe, expect, it } from 'vitest';
import { countSweep } from '../src/sweep/metrics.js';
import type { SweepSummary } from '../src/sweep/summary.js';

function recordingMetrics() {
  const counted: unknown[][] = [];
  const metrics: AppMetrics = {
    count: (...args) => {
      counted.push(args);
    },
    flush: () => undefined,
  };
  return { metrics, counted };
}

const quietRun: SweepSummary = {
  runId: 'run-1',
  district: 'dachang',
  asOf: '2026-10-08',
  requestsRead: 12,
  itemsRead: 40,
  remindersSent: {},
  digestsSent: 0,
  closed: 0,
  recomputed: 0,
  deadlinesMoved: 0,
  failures: [],
  durationMs: 80,
};

describe('Function: countSweep', () => {
  it('counts reminders by kind, deemed withdrawals and failed steps', () => {
    // Prepare
    const { metrics, counted } = recordingMetrics();
    const run: SweepSummary = {
      ...quietRun,
      remindersSent: { answer: 5, overdue: 2, 'fee-unpaid': 0 },
      closed: 1,
      failures: [
        { stage: 'send', error: 'MailSendError' },
        { stage: 'clock', requestId: 'r1', error: 'CorruptItemError' },
      ],
    };

    // Act
    countSweep(metrics, run);

    // Assess
    expect(counted).toEqual([
      ['ReminderSent', { kind: 'answer' }, 5],
      ['ReminderSent', { kind: 'overdue' }, 2],
      ['DeemedWithdrawn', undefined, 1],
      ['SweepFailure', undefined, 2],
    ]);
  });

  it('counts nothing for a run that sent, closed and failed nothing', () => {
    // Prepare
    const { metrics, counted } = recordingMetrics();

    // Act
    countSweep(metrics, quietRun);

    // Assess
    expect(counted).toEqual([]);
  });
});
