import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';

/** The CloudWatch namespace of every ogi metric. */
export const METRICS_NAMESPACE = 'ogi';

/** Every metric ogi counts, by name; each is a count per invocation. */
export const METRIC = {
  /** A request created from a submission: the web form's, or one staff registered. */
  submissionCreated: 'SubmissionCreated',
  /** A submission retried with its Idempotency-Key, answered with the request it made before. */
  submissionReplayed: 'SubmissionReplayed',
  /** A lifecycle step staff recorded, with its `eventType` as a dimension. */
  staffCommandRecorded: 'StaffCommandRecorded',
  /** A write refused because someone else changed the record first (409 `version-conflict`). */
  versionConflict: 'VersionConflict',
  /** An applicant's lookup with a wrong query code or an unknown receipt number (the 404). */
  lookupRefused: 'LookupRefused',
  /** A write that gave up on a contended item and answered 503 `busy`. */
  busy: 'Busy',
  /** Deadline reminders e-mailed by one sweep, with their `kind` as a dimension. */
  reminderSent: 'ReminderSent',
  /** Requests the deadline tracker closed as deemed withdrawn (Art. 30; 109号). */
  deemedWithdrawn: 'DeemedWithdrawn',
  /** Steps of a sweep that failed (a clock, a claim, a send): the run's summary says which. */
  sweepFailure: 'SweepFailure',
} as const;
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** Counts of one app, written as CloudWatch embedded metric format (EMF) lines. */
export interface AppMetrics {
  /**
   * Adds one to `name`. Counts without `dimensions` wait for `flush`; a count
   * with dimensions of its own (a command's `eventType`) is written at once,
   * as a document of its own, because an EMF document has one set of
   * dimensions for all its metrics. `value` adds more than one at once (a
   * sweep's reminders of one kind).
   */
  count(name: MetricName, dimensions?: Readonly<Record<string, string>>, value?: number): void;
  /** Writes what was counted since the last flush as one EMF document; nothing when nothing was. */
  flush(): void;
}

export interface MetricsOptions {
  /** The app: the `service` dimension (`intake`, `casework`). */
  readonly service: string;
  /** The district: the `district` dimension of every metric. */
  readonly district: string;
}

/**
 * Powertools for AWS Lambda's Metrics behind ogi's interface: namespace
 * `ogi`, dimensions `service` and `district`. Lines go to stdout, where
 * Lambda sends them to CloudWatch; `POWERTOOLS_METRICS_DISABLED=true` (the
 * local stack) writes none. `httpApi` flushes once per request, errors too.
 *
 * @example
 * const metrics = createMetrics({ service: 'intake', district: runtime.district.id });
 * metrics.count(METRIC.submissionCreated);
 */
export function createMetrics(options: MetricsOptions): AppMetrics {
  const powertools = new PowertoolsMetrics({
    namespace: METRICS_NAMESPACE,
    serviceName: options.service,
    defaultDimensions: { district: options.district },
  });
  return {
    count: (name, dimensions, value = 1) => {
      if (dimensions === undefined || Object.keys(dimensions).length === 0) {
        powertools.addMetric(name, MetricUnit.Count, value);
        return;
      }
      const single = powertools.singleMetric();
      for (const [key, dimension] of Object.entries(dimensions))
        single.addDimension(key, dimension);
      single.addMetric(name, MetricUnit.Count, value);
    },
    flush: () => {
      // Powertools warns on every flush without metrics; most requests count nothing.
      if (powertools.hasStoredMetrics()) powertools.publishStoredMetrics();
    },
  };
}
