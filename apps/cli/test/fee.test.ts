import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('Command: ogi fee (国办函〔2020〕109号)', () => {
  it('prints the per-item fee given the items already asked for this month', () => {
    // Act
    const result = runCli(['fee', '--by', 'item', '--prior', '0', '--items', '35']);
    // Assess
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ yuan: 3000 });
  });

  it('prints the per-page fee', () => {
    // Act
    const result = runCli(['fee', '--by', 'page', '--pages', '250']);
    // Assess
    expect(result.json()).toMatchObject({ yuan: 4700 });
  });

  it.each([
    [['fee', '--by', 'weight'], 'by'],
    [['fee', '--by', 'item'], 'items'],
    [['fee', '--by', 'item', '--items', '-3'], 'items'],
    [['fee', '--by', 'page', '--pages', '2.5'], 'pages'],
    [['fee', '--by', 'page', '--pages', '0'], 'pages'],
    [['fee', '--colour', 'red'], 'colour'],
  ])('exits with code 2 for %j and names %s', (args, field) => {
    // Act
    const result = runCli(args);
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(field);
  });
});
