import { describe, expect, it } from 'vitest';
import { msUntilNext } from '../src/morning-timer.js';

const MINUTE = 60_000;

describe('Function: msUntilNext', () => {
  it("counts to 08:00 in the district's time zone, today or tomorrow", () => {
    // Act: 07:30 and 08:30 Beijing time; 07:30 Urumqi time (UTC+6).
    const before = msUntilNext(8, 'Asia/Shanghai', new Date('2026-10-07T23:30:00Z'));
    const after = msUntilNext(8, 'Asia/Shanghai', new Date('2026-10-08T00:30:00Z'));
    const urumqi = msUntilNext(8, 'Asia/Urumqi', new Date('2026-10-08T01:30:00Z'));

    // Assess
    expect(before).toBe(30 * MINUTE);
    expect(after).toBe(23.5 * 60 * MINUTE);
    expect(urumqi).toBe(30 * MINUTE);
  });

  it('waits a whole day when it is 08:00 exactly', () => {
    // Act
    const wait = msUntilNext(8, 'Asia/Shanghai', new Date('2026-10-08T00:00:00Z'));

    // Assess
    expect(wait).toBe(24 * 60 * MINUTE);
  });
});
