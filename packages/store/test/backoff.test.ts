import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffWithin } from '../src/dynamo.js';

describe('Function: backoffDelay', () => {
  it.each([
    [1, 20],
    [2, 40],
    [4, 160],
    [5, 200],
    [50, 200],
  ])('waits less than the ceiling before retry %i (%i ms)', (attempt, ceiling) => {
    // Act
    const longest = backoffDelay(attempt, () => 0.999_999);
    const shortest = backoffDelay(attempt, () => 0);

    // Assess
    expect(shortest).toBe(0);
    expect(longest).toBeLessThan(ceiling);
    expect(longest).toBeGreaterThanOrEqual(ceiling - 1);
  });
});

describe('Function: backoffWithin', () => {
  it('refuses to wait past the deadline, so the caller answers 503 within its budget', async () => {
    // Prepare
    const now = () => 1_000;

    // Act
    const spent = await backoffWithin(3, 1_000, now);
    const left = await backoffWithin(1, 10_000, now);

    // Assess
    expect(spent).toBe(false);
    expect(left).toBe(true);
  });
});
