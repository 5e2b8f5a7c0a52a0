import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/content-security-policy.js';

describe('Function: contentSecurityPolicy', () => {
  it('returns a policy that lets the page call its own origin and the given ones only', () => {
    // Act
    const policy = contentSecurityPolicy([
      'https://api.example.gov.cn',
      'https://id.example.gov.cn',
    ]);

    // Assess
    expect(policy).toContain(
      "connect-src 'self' https://api.example.gov.cn https://id.example.gov.cn;",
    );
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
