import { describe, expect, it } from 'vitest';
import { webContentSecurityPolicy } from '../src/index.js';

describe('Function: webContentSecurityPolicy', () => {
  it('returns a policy that lets the page call its own origin and the given ones only', () => {
    // Act
    const policy = webContentSecurityPolicy(
      ['https://api.example.gov.cn', 'https://id.example.gov.cn'],
      { upgradeInsecureRequests: true },
    );

    // Assess
    expect(policy).toContain(
      "connect-src 'self' https://api.example.gov.cn https://id.example.gov.cn;",
    );
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy.endsWith('; upgrade-insecure-requests')).toBe(true);
  });

  it('leaves out upgrade-insecure-requests where the app is served over plain HTTP', () => {
    // Act
    const policy = webContentSecurityPolicy(['http://127.0.0.1:4569'], {
      upgradeInsecureRequests: false,
    });

    // Assess
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4569;");
  });
});
