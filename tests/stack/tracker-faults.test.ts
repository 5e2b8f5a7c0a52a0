import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLinesWhile } from './support/logs.js';
import { startTestStack, type TestStack } from './support/stack.js';

describe('Faults of ours: the deadline tracker logs why a sweep failed', () => {
  let env: TestStack;

  beforeAll(async () => {
    env = await startTestStack();
  });

  afterAll(async () => {
    await env?.stop();
  });

  it('logs the error of a failed sweep with its type, message and stack at error level', async () => {
    // Act: a schedule input that names no day; the tracker runs in this process, its lines are read.
    const { settled, lines } = await jsonLinesWhile(() => env.stack.sweep('not-a-date'));

    // Assess
    expect(settled).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringContaining("the schedule's input") },
    });
    const failure = lines.find((entry) => entry.message === 'deadline sweep failed');
    expect(failure).toMatchObject({
      level: 'ERROR',
      error: {
        errorType: 'Error',
        message: expect.stringContaining("the schedule's input"),
        stack: expect.stringContaining('schedule-event.ts'),
      },
    });
  });
});
