import { describe, expect, it } from 'vitest';
import { reminderKey } from '../src/index.js';

describe('Function: reminderKey', () => {
  it('joins kind, deadline and threshold with characters safe in a sort key', () => {
    // Act
    const keys = [
      reminderKey({ kind: 'answer', deadline: '2026-10-22', threshold: 5 }),
      reminderKey({ kind: 'overdue', deadline: '2026-10-22', threshold: '2026-10-26' }),
    ];
    // Assess
    expect(keys).toEqual(['answer#2026-10-22#5', 'overdue#2026-10-22#2026-10-26']);
  });

  it('throws when a field would put anything else in the key', () => {
    // Act
    const key = () => reminderKey({ kind: 'answer', deadline: '2026-10-22#x', threshold: 5 });
    // Assess
    expect(key).toThrow(RangeError);
  });
});
