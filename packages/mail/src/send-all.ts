import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.js';
import { MailSendError } from './errors.js';
import type { MailMessage, MailSender } from './types.js';

/** A message the transport accepted. */
export interface SentMail {
  readonly message: MailMessage;
  readonly messageId: string;
  /** Tries it took, 1 when the first went through. */
  readonly attempts: number;
}

/** A message that was not sent, with why, for the run's summary. */
export interface FailedMail {
  readonly message: MailMessage;
  /** One line: the transport's code and answer; never the subject or the body. */
  readonly error: string;
  readonly attempts: number;
  /** The last failure was transient: the next run may well get it through. */
  readonly transient: boolean;
}

export interface SendAllResult {
  readonly sent: SentMail[];
  readonly failed: FailedMail[];
}

export interface SendAllOptions extends Partial<RetryPolicy> {
  /** Waits between tries; tests pass one that records instead of waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const MAX_ERROR_LENGTH = 300;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describeFailure(error: unknown): string {
  const text =
    error instanceof MailSendError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : 'unknown error';
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_LENGTH);
}

const isTransient = (error: unknown) => error instanceof MailSendError && error.transient;

function checkedPolicy(options: SendAllOptions): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new RangeError(`attempts must be a whole number of at least 1, not ${policy.attempts}`);
  }
  if (!(policy.baseDelayMs >= 0 && policy.maxDelayMs >= 0)) {
    throw new RangeError('baseDelayMs and maxDelayMs must be at least 0');
  }
  return policy;
}

/**
 * Sends each message on its own, one after another: a transient failure is
 * tried again after a full-jitter back-off, up to `attempts` tries; a
 * permanent one (a rejected address) is not. One failure never stops the
 * others; every message ends up in `sent` or in `failed`.
 * @example
 * const { sent, failed } = await sendAll(sender, digests, { attempts: 3 });
 * logger.info('mail', { sent: sent.length, failed: failed.map((f) => f.error) });
 */
export async function sendAll(
  sender: MailSender,
  messages: readonly MailMessage[],
  options: SendAllOptions = {},
): Promise<SendAllResult> {
  const policy = checkedPolicy(options);
  const sleep = options.sleep ?? wait;
  const sent: SentMail[] = [];
  const failed: FailedMail[] = [];
  for (const message of messages) {
    for (let attempt = 1; ; attempt++) {
      try {
        const { messageId } = await sender.send(message);
        sent.push({ message, messageId, attempts: attempt });
        break;
      } catch (error) {
        const transient = isTransient(error);
        if (!transient || attempt >= policy.attempts) {
          failed.push({ message, error: describeFailure(error), attempts: attempt, transient });
          break;
        }
        await sleep(backoffDelay(attempt, policy, options.random));
      }
    }
  }
  return { sent, failed };
}
