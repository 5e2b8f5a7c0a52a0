import type { PendingAttempt } from './draft.js';

/** 32 hex digits from the browser's CSPRNG (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The attempt to send `body` with: the pending one when it sent the same body
 * (a retry, a double click, a reload after a lost answer: the API replays the
 * first result), otherwise a new key.
 */
export function attemptFor(body: string, pending?: PendingAttempt): PendingAttempt {
  return pending && pending.body === body ? pending : { key: newIdempotencyKey(), body };
}
