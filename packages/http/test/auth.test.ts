import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  createTokenVerifier,
  districtStaffAuth,
  issueStaffToken,
  type StaffClaims,
} from '../src/index.js';
import { rejection } from './support/rejection.js';

const SECRET = 'test-secret-that-is-at-least-32-bytes-long';
const OPTIONS = { secret: SECRET, issuer: 'ogi-test', audience: 'ogi-staff' };
const CLERK: StaffClaims = { sub: 'staff-1', name: '王五', role: 'clerk', district: 'gulou' };

describe('Function: createTokenVerifier', () => {
  const verify = createTokenVerifier(OPTIONS);

  it('returns the claims of a token it issued', async () => {
    // Prepare
    const token = await issueStaffToken(CLERK, OPTIONS);

    // Act
    const claims = await verify(token);

    // Assess
    expect(claims).toEqual(CLERK);
  });

  it.each([
    ['a missing token', async () => undefined],
    ['an empty token', async () => ''],
    ['a malformed token', async () => 'not.a.jwt'],
    [
      'a token signed with another secret',
      () => issueStaffToken(CLERK, { ...OPTIONS, secret: 'another-secret-of-at-least-32-bytes!!' }),
    ],
    ['a token for another issuer', () => issueStaffToken(CLERK, { ...OPTIONS, issuer: 'evil' })],
    [
      'a token for another audience',
      () => issueStaffToken(CLERK, { ...OPTIONS, audience: 'ogi-public' }),
    ],
    [
      'an expired token',
      () => issueStaffToken(CLERK, { ...OPTIONS, now: new Date(Date.now() - 9 * 3600_000) }),
    ],
    [
      'a token with an unknown role',
      () =>
        new SignJWT({ name: '王五', role: 'admin', district: 'gulou' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('staff-1')
          .setIssuer(OPTIONS.issuer)
          .setAudience(OPTIONS.audience)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(SECRET)),
    ],
    [
      'a token without a district',
      () =>
        new SignJWT({ name: '王五', role: 'clerk' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('staff-1')
          .setIssuer(OPTIONS.issuer)
          .setAudience(OPTIONS.audience)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(SECRET)),
    ],
    [
      'a token without an expiry',
      () =>
        new SignJWT({ name: '王五', role: 'clerk', district: 'gulou' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('staff-1')
          .setIssuer(OPTIONS.issuer)
          .setAudience(OPTIONS.audience)
          .sign(new TextEncoder().encode(SECRET)),
    ],
    [
      'an unsigned token',
      async () => {
        const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
        const payload = Buffer.from(
          JSON.stringify({ ...CLERK, iss: OPTIONS.issuer, aud: OPTIONS.audience, exp: 9e9 }),
        ).toString('base64url');
        return `${header}.${payload}.`;
      },
    ],
  ])('throws HttpError 401 for %s', async (_label, make) => {
    // Prepare
    const token = await make();

    // Act
    const error = await rejection(verify(token));

    // Assess
    expect(error.status).toBe(401);
    expect(error.code).toBe('unauthorized');
  });

  it('throws at once when the secret is shorter than 32 bytes', () => {
    // Act
    const act = () => createTokenVerifier({ ...OPTIONS, secret: 'short' });

    // Assess
    expect(act).toThrow(/at least 32 bytes/);
  });
});

describe('Function: districtStaffAuth', () => {
  it('verifies the tokens of the district it is made for', async () => {
    // Prepare
    const auth = districtStaffAuth({ app: 'casework', ...OPTIONS, district: 'gulou' });
    const token = await issueStaffToken(CLERK, OPTIONS);

    // Act
    const claims = await auth.verify(token);

    // Assess
    expect(claims).toEqual(CLERK);
    expect(auth.district).toBe('gulou');
  });

  it('fails at cold start, naming the app, when the secret is missing', () => {
    // Act & Assess
    expect(() =>
      districtStaffAuth({ ...OPTIONS, app: 'annual-report', secret: undefined, district: 'gulou' }),
    ).toThrow('OGI_STAFF_TOKEN_SECRET is required by annual-report');
  });
});

describe('Function: issueStaffToken', () => {
  it('sets an expiry 8 hours after issue unless told otherwise', async () => {
    // Prepare
    const now = new Date('2026-03-02T01:00:00Z');

    // Act
    const token = await issueStaffToken(CLERK, { ...OPTIONS, now });

    // Assess
    const [, payload = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(claims.exp - claims.iat).toBe(8 * 3600);
    expect(claims.iat).toBe(now.getTime() / 1000);
  });

  it('throws for claims that are not staff claims', async () => {
    // Prepare
    const claims = { ...CLERK, role: 'admin' } as unknown as StaffClaims;

    // Act & Assess
    await expect(issueStaffToken(claims, OPTIONS)).rejects.toThrow();
  });
});

describe('Function: bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['Basic dXNlcjpwYXNz', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (header, token) => {
    // Act & Assess
    expect(bearerToken(header)).toBe(token);
  });
});
