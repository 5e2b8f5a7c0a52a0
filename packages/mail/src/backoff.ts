/** How often and how patiently `sendAll` tries one message. */
export interface RetryPolicy {
  /** Tries in all, the first included (1: never retried). */
  readonly attempts: number;
  /** The ceiling of the first wait; each later ceiling doubles. */
  readonly baseDelayMs: number;
  /** No wait is longer than this. */
  readonly maxDelayMs: number;
}

/**
 * Three tries within about 1.5 s for a message, so a sweep of a few dozen
 * digests through a failing transport still ends well inside a Lambda's time.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
};

/**
 * The wait after failed try number `failures` (1, 2, …): "full jitter", a
 * random time in [0, min(max, base·2^(failures−1))) ms, so senders throttled
 * together do not come back together.
 * @example backoffDelay(3, { baseDelayMs: 100, maxDelayMs: 1_000 }) // in [0, 400)
 */
export function backoffDelay(
  failures: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}
