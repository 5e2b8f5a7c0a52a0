import { afterEach, describe, expect, it } from 'vitest';
import { dropSession, keepSession, readSession, sessionOf } from '../src/staff/session.js';

function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('Sign-in: the staff session', () => {
  afterEach(() => {
    dropSession();
  });

  it('reads who signed in from the token, names in Chinese included', () => {
    // Act
    const session = sessionOf(
      tokenWith({ sub: 'clerk-li', name: '李经办', role: 'clerk', exp: 9 }),
    );

    // Assess
    expect(session).toMatchObject({ sub: 'clerk-li', name: '李经办', role: 'clerk', expiresAt: 9 });
  });

  it('refuses a token without a staff role or expiry', () => {
    // Act
    const noRole = sessionOf(tokenWith({ sub: 'x', name: 'x', role: 'admin', exp: 9 }));
    const noExpiry = sessionOf(tokenWith({ sub: 'x', name: 'x', role: 'clerk' }));
    const garbage = sessionOf('not-a-token');

    // Assess
    expect([noRole, noExpiry, garbage]).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the token in this tab’s session storage, never in a cookie', () => {
    // Prepare
    const token = tokenWith({ sub: 'head-wang', name: '王负责', role: 'head', exp: inAnHour() });
    const session = sessionOf(token);
    if (!session) throw new Error('no session');

    // Act
    keepSession(session);

    // Assess
    expect(readSession()?.token).toBe(token);
    expect(document.cookie).not.toContain(token);
  });

  it('forgets an expired token and a signed-out one', () => {
    // Prepare
    const expired = sessionOf(tokenWith({ sub: 'a', name: 'a', role: 'clerk', exp: 1 }));
    const live = sessionOf(tokenWith({ sub: 'b', name: 'b', role: 'clerk', exp: inAnHour() }));
    if (!expired || !live) throw new Error('no session');

    // Act
    keepSession(expired);
    const afterExpiry = readSession();
    keepSession(live);
    dropSession();

    // Assess
    expect(afterExpiry).toBeUndefined();
    expect(readSession()).toBeUndefined();
  });
});
