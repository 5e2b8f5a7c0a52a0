import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('Command: ogi calendar', () => {
  it("prints the coverage and a year's rest days and make-up days with the notice", () => {
    // Act
    const result = runCli(['calendar', '--year', '2026']);
    // Assess
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2019-01-01 — 2026-12-31');
    expect(result.stdout).toContain('2026-02-15（周日）— 2026-02-23（周一）  春节  9天');
    expect(result.stdout).toContain('2026-10-10（周六）  国庆节');
  });

  it('prints JSON on request, and says a year without a notice is provisional', () => {
    // Act
    const result = runCli(['calendar', '--year', '2027', '--json']);
    // Assess
    expect(result.json()).toMatchObject({
      year: 2027,
      provisional: true,
      coverage: { to: '2026-12-31' },
    });
  });

  it('exits with code 2 for a year it cannot answer', () => {
    // Act
    const result = runCli(['calendar', '--year', '1850']);
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('year');
  });

  it('prints the usage for an unknown command, with code 2', () => {
    // Act
    const result = runCli(['frobnicate']);
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: pnpm ogi');
  });
});
