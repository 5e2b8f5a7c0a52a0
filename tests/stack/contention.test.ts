import { handlerEnvironment, runSubmitContainers, type SubmitAnswer } from '@ogi/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';

/** Several processes, like Lambda containers, each with its own receipt-number cache. */
const PROCESSES = 4;
const REQUESTS_EACH = 15;

function sequenceNumbers(answers: readonly SubmitAnswer[]): number[] {
  return answers
    .flatMap((answer) => (answer.receiptNo ? [Number(answer.receiptNo.slice(5))] : []))
    .sort((a, b) => a - b);
}

describe('Route: POST /api/requests from several processes against one table', () => {
  let env: TestStack;

  beforeAll(async () => {
    env = await startTestStack();
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('creates every request with unique, gapless receipt numbers and never answers 500', async () => {
    // Act
    const answers = await runSubmitContainers({
      env: handlerEnvironment(env.stack),
      processes: PROCESSES,
      requestsEach: REQUESTS_EACH,
      retry: true,
    });

    // Assess: contention costs time (a 503 to retry at worst), never an error.
    const statuses = new Set(answers.map((answer) => answer.status));
    expect([...statuses].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created).toHaveLength(PROCESSES * REQUESTS_EACH);
    const numbers = sequenceNumbers(created);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => first + i));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('answers 503 with Retry-After when the contention budget runs out, and a retry with the same key creates the request once', async () => {
    // Prepare: a budget of one millisecond: any lost race for a receipt number spends it.
    const before = sequenceNumbers(
      await runSubmitContainers({
        env: handlerEnvironment(env.stack),
        processes: 1,
        requestsEach: 1,
      }),
    );

    // Act
    const answers = await runSubmitContainers({
      env: { ...handlerEnvironment(env.stack), OGI_CONTENTION_BUDGET_MS: '1' },
      processes: PROCESSES,
      requestsEach: REQUESTS_EACH,
      retry: true,
    });

    // Assess
    const busy = answers.filter((answer) => answer.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const answer of busy) expect(answer.retryAfter).toBe('1');
    expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 503)).toEqual([]);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created).toHaveLength(PROCESSES * REQUESTS_EACH);
    const numbers = sequenceNumbers(created);
    const first = (before.at(-1) ?? 0) + 1;
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => first + i));
  });
});
