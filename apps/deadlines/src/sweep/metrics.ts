import { type AppMetrics, METRIC } from '@ogi/http';
import type { SweepSummary } from './summary.js';

/**
 * A run's counts as CloudWatch metrics, so an alarm can watch the tracker:
 * reminders by kind, deemed withdrawals, and failed steps (a run with
 * failures still ends normally; without a metric nobody would notice).
 */
export function countSweep(metrics: AppMetrics, summary: SweepSummary): void {
  for (const [kind, sent] of Object.entries(summary.remindersSent)) {
    if (sent > 0) metrics.count(METRIC.reminderSent, { kind }, sent);
  }
  if (summary.closed > 0) metrics.count(METRIC.deemedWithdrawn, undefined, summary.closed);
  if (summary.failures.length > 0) {
    metrics.count(METRIC.sweepFailure, undefined, summary.failures.length);
  }
}
