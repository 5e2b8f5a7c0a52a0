import { afterEach, describe, expect, it } from 'vitest';
import {
  dropSession,
  keepSession,
  readSession,
  readToken,
  sessionOf,
} from '../src/staff/session.js';

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

  it('reads the role from a Cognito ID token’s groups when the config names that claim', () => {
    // Prepare
    const token = tokenWith({
      sub: 'c0ffee01',
      'cognito:groups': ['staff', 'head'],
      email: 'wang@dachang.gov.cn',
      exp: inAnHour(),
    });

    // Act
    const session = sessionOf(token, 'cognito:groups');

    // Assess
    expect(session).toMatchObject({ sub: 'c0ffee01', name: 'wang@dachang.gov.cn', role: 'head' });
  });

  it('says why a token opens no session: no ogi role, or two', () => {
    // Prepare
    const groups = (list: string[]) =>
      tokenWith({ sub: 'x', 'cognito:groups': list, exp: inAnHour() });

    // Act
    const none = readToken(groups(['admins']), 'cognito:groups');
    const two = readToken(groups(['clerk', 'head']), 'cognito:groups');
    const garbage = readToken('not-a-token');

    // Assess
    expect(none).toEqual({ problem: 'no-role' });
    expect(two).toEqual({ problem: 'several-roles' });
    expect(garbage).toEqual({ problem: 'unreadable' });
  });

  it('reads the kept session with the role claim it was opened with', () => {
    // Prepare
    const token = tokenWith({ sub: 'c0ffee02', 'cognito:groups': ['clerk'], exp: inAnHour() });
    const session = sessionOf(token, 'cognito:groups');
    if (!session) throw new Error('no session');

    // Act
    keepSession(session);

    // Assess
    expect(readSession('cognito:groups')?.role).toBe('clerk');
  });
});
