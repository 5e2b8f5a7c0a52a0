import { describe, expect, it } from 'vitest';
import {
  countedWorkingDays,
  deadlineAfter,
  mergePauses,
  pausedWorkingDays,
} from '../src/clock/pause-arithmetic.js';
import { fromDayNumber, toDayNumber } from '../src/index.js';
import { calendar } from './support.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down. March
// 2026 has no holiday: its working days are Monday to Friday.

const on = (date: string) => toDayNumber(date);
const span = (from: string, to: string) => ({ from: on(from), to: on(to) });

describe('Function: mergePauses (RULES.md: no day is excluded twice)', () => {
  it('drops a pause that excludes no day', () => {
    // Act & Assess
    expect(
      mergePauses([span('2026-03-04', '2026-03-04'), span('2026-03-05', '2026-03-04')]),
    ).toEqual([]);
  });

  it('sorts the pauses by their start', () => {
    // Act
    const merged = mergePauses([
      span('2026-03-16', '2026-03-18'),
      span('2026-03-02', '2026-03-04'),
    ]);
    // Assess
    expect(merged).toEqual([span('2026-03-02', '2026-03-04'), span('2026-03-16', '2026-03-18')]);
  });

  it('joins a pause that starts the day the one before it ends, and keeps one a day later apart', () => {
    // Act
    const touching = mergePauses([
      span('2026-03-02', '2026-03-04'),
      span('2026-03-04', '2026-03-06'),
    ]);
    const apart = mergePauses([span('2026-03-02', '2026-03-04'), span('2026-03-05', '2026-03-06')]);
    // Assess
    expect(touching).toEqual([span('2026-03-02', '2026-03-06')]);
    expect(apart).toEqual([span('2026-03-02', '2026-03-04'), span('2026-03-05', '2026-03-06')]);
  });

  it('joins a pause with the latest one before it, and keeps the longer end', () => {
    // Act
    const merged = mergePauses([
      span('2026-03-02', '2026-03-03'),
      span('2026-03-05', '2026-03-06'),
      span('2026-03-09', '2026-03-13'),
      span('2026-03-10', '2026-03-11'),
      span('2026-03-12', '2026-03-17'),
    ]);
    // Assess
    expect(merged).toEqual([
      span('2026-03-02', '2026-03-03'),
      span('2026-03-05', '2026-03-06'),
      span('2026-03-09', '2026-03-17'),
    ]);
  });
});

describe('Function: deadlineAfter (RULES.md: E plus the days left)', () => {
  it('ignores a pause that ended before the period started', () => {
    // Act
    const due = deadlineAfter(calendar, on('2026-03-09'), 5, [span('2026-03-02', '2026-03-04')]);
    // Assess
    expect(fromDayNumber(due)).toBe('2026-03-16');
  });
});

describe('Function: pausedWorkingDays', () => {
  it('counts nothing for a pause that lies after the days asked about', () => {
    // Act
    const paused = pausedWorkingDays(calendar, on('2026-03-02'), on('2026-03-06'), [
      span('2026-03-09', '2026-03-13'),
    ]);
    // Assess
    expect(paused).toBe(0);
  });
});

describe('Function: countedWorkingDays', () => {
  it('counts backwards as the negative of counting forwards, pauses left out both ways', () => {
    // Prepare: (3/2, 3/13] holds nine working days, two of them (3/5, 3/6) paused.
    const pauses = [span('2026-03-04', '2026-03-06')];
    // Act
    const forwards = countedWorkingDays(calendar, on('2026-03-02'), on('2026-03-13'), pauses);
    const backwards = countedWorkingDays(calendar, on('2026-03-13'), on('2026-03-02'), pauses);
    // Assess
    expect(forwards).toBe(7);
    expect(backwards).toBe(-7);
  });
});
