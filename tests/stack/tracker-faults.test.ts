import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    // Prepare: the tracker runs in this process; its log lines are read, not printed.
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);

    // Act: a schedule input that names no day.
    const sweep = env.stack.sweep('not-a-date').finally(() => {
      stdout.mockRestore();
      stderr.mockRestore();
    });

    // Assess
    await expect(sweep).rejects.toThrow(/the schedule's input/);
    const failure = lines
      .flatMap((line) => line.split('\n'))
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((entry) => entry.message === 'deadline sweep failed');
    expect(failure).toMatchObject({
      level: 'ERROR',
      error: { errorType: 'Error', message: expect.stringContaining("the schedule's input") },
    });
    expect(failure.error.stack).toContain('schedule-event.ts');
  });
});
