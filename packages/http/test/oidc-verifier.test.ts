import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcVerifier, districtStaffAuth, type OidcVerifierOptions } from '../src/index.js';
import {
  type KeySetServer,
  serveKeySet,
  signToken,
  type TestKey,
  testKey,
} from './support/issuer.js';
import { rejection } from './support/rejection.js';

const CLIENT_ID = 'ogi-web';
/** A Cognito ID token's own claims, for a member of the `clerk` group. */
const COGNITO_CLERK = {
  sub: 'c0ffee00-0000-4000-8000-000000000001',
  'cognito:groups': ['clerk'],
  'cognito:username': 'li.jingban',
  email: 'li@dachang.gov.cn',
  name: '李经办',
  token_use: 'id',
};

describe('Function: createOidcVerifier', () => {
  let server: KeySetServer;
  let key: TestKey;
  let ecKey: TestKey;
  let stranger: TestKey;
  /** A verifier as a Cognito district deploys it, its cooldown off so rotations show at once. */
  let options: OidcVerifierOptions;

  beforeAll(async () => {
    [key, ecKey, stranger] = await Promise.all([
      testKey('key-1'),
      testKey('key-ec', 'ES256'),
      testKey('key-stranger'),
    ]);
    server = await serveKeySet([key, ecKey]);
    options = {
      issuer: server.issuer,
      clientId: CLIENT_ID,
      roleClaim: 'cognito:groups',
      district: 'dachang',
      jwksCooldownMs: 0,
    };
  });

  afterAll(async () => {
    await server?.close();
  });

  const idToken = (claims: Record<string, unknown> = COGNITO_CLERK, signer = key) =>
    signToken(signer, claims, { issuer: server.issuer, audience: CLIENT_ID });

  it('returns the staff claims of a Cognito ID token, its district the deployment’s', async () => {
    // Prepare
    const verify = createOidcVerifier(options);

    // Act
    const claims = await verify(await idToken());

    // Assess
    expect(claims).toEqual({
      sub: COGNITO_CLERK.sub,
      name: '李经办',
      role: 'clerk',
      district: 'dachang',
    });
  });

  it('returns the claims of a generic issuer’s ES256 token with a role claim and a district', async () => {
    // Prepare
    const verify = createOidcVerifier({ ...options, roleClaim: undefined });
    const token = await idToken(
      { sub: 'head-1', preferred_username: 'wang', role: 'head', district: 'dachang' },
      ecKey,
    );

    // Act
    const claims = await verify(token);

    // Assess
    expect(claims).toEqual({ sub: 'head-1', name: 'wang', role: 'head', district: 'dachang' });
  });

  it('reads the key set at the URL it is given', async () => {
    // Prepare
    const verify = createOidcVerifier({
      ...options,
      issuer: 'https://login.example.gov.cn/realms/dachang',
      jwksUrl: `${server.issuer}/.well-known/jwks.json`,
    });
    const token = await signToken(key, COGNITO_CLERK, {
      issuer: 'https://login.example.gov.cn/realms/dachang',
      audience: CLIENT_ID,
    });

    // Act
    const claims = await verify(token);

    // Assess
    expect(claims.role).toBe('clerk');
  });

  it.each<[string, () => Promise<string | undefined>]>([
    ['a missing token', async () => undefined],
    ['a malformed token', async () => 'not.a.jwt'],
    [
      'a token from another issuer',
      () => signToken(key, COGNITO_CLERK, { issuer: 'https://evil.example', audience: CLIENT_ID }),
    ],
    [
      'a token for another client',
      () =>
        signToken(key, COGNITO_CLERK, { issuer: server.issuer, audience: 'other-district-web' }),
    ],
    [
      'an ID token authorised for another client',
      () => idToken({ ...COGNITO_CLERK, azp: 'other-district-web' }),
    ],
    [
      'an expired token',
      () =>
        signToken(key, COGNITO_CLERK, {
          issuer: server.issuer,
          audience: CLIENT_ID,
          age: 7200,
          lifetime: 3600,
        }),
    ],
    [
      'a token issued for more than 12 hours',
      () =>
        signToken(key, COGNITO_CLERK, {
          issuer: server.issuer,
          audience: CLIENT_ID,
          lifetime: 12 * 3600 + 1,
        }),
    ],
    [
      'a token without iat',
      () =>
        signToken(key, COGNITO_CLERK, {
          issuer: server.issuer,
          audience: CLIENT_ID,
          withoutIssuedAt: true,
        }),
    ],
    [
      'an access token where ID tokens are expected',
      () => idToken({ ...COGNITO_CLERK, token_use: 'access' }),
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        const payload = {
          ...COGNITO_CLERK,
          iss: server.issuer,
          aud: CLIENT_ID,
          iat: now,
          exp: now + 60,
        };
        return `${part({ alg: 'none', kid: key.kid })}.${part(payload)}.`;
      },
    ],
    [
      'an HS256 token keyed with the issuer’s public key (algorithm confusion)',
      () =>
        new SignJWT(COGNITO_CLERK)
          .setProtectedHeader({ alg: 'HS256', kid: key.kid })
          .setIssuer(server.issuer)
          .setAudience(CLIENT_ID)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(JSON.stringify(key.publicJwk))),
    ],
    [
      'a token with a kid the key set does not hold',
      () => signToken(stranger, COGNITO_CLERK, { issuer: server.issuer, audience: CLIENT_ID }),
    ],
    [
      'a token naming a known kid but signed with another key',
      () =>
        signToken(stranger, COGNITO_CLERK, {
          issuer: server.issuer,
          audience: CLIENT_ID,
          kid: key.kid,
        }),
    ],
  ])('throws HttpError 401 for %s', async (_label, make) => {
    // Prepare
    const verify = createOidcVerifier(options);
    const token = await make();

    // Act
    const error = await rejection(verify(token));

    // Assess
    expect(error.status).toBe(401);
    expect(error.code).toBe('unauthorized');
  });

  it.each([
    ['another district', { ...COGNITO_CLERK, district: 'gulou' }, /另一|其他地区/],
    ['no ogi group', { ...COGNITO_CLERK, 'cognito:groups': ['admins'] }, /未分配/],
    ['no groups at all', { ...COGNITO_CLERK, 'cognito:groups': undefined }, /未分配/],
    ['two ogi groups', { ...COGNITO_CLERK, 'cognito:groups': ['clerk', 'head'] }, /多个/],
  ])('throws HttpError 403 for a token of %s', async (_label, claims, message) => {
    // Prepare
    const verify = createOidcVerifier(options);

    // Act
    const error = await rejection(verify(await idToken(claims)));

    // Assess
    expect(error.status).toBe(403);
    expect(error.zh).toMatch(message);
  });

  it('fetches the key set again for a new kid after a rotation', async () => {
    // Prepare
    const verify = createOidcVerifier(options);
    await verify(await idToken());
    const rotated = await testKey('key-2');
    server.keys = [rotated, ecKey];
    const before = server.fetches;

    // Act
    const claims = await verify(await idToken(COGNITO_CLERK, rotated));

    // Assess
    expect(claims.role).toBe('clerk');
    expect(server.fetches).toBe(before + 1);
    server.keys = [key, ecKey];
  });

  it('fetches the key set at most once per cooldown however many unknown kids come', async () => {
    // Prepare
    const verify = createOidcVerifier({ ...options, jwksCooldownMs: 60_000 });
    await verify(await idToken());
    const before = server.fetches;

    // Act
    const errors = await Promise.all(
      ['forged-1', 'forged-2', 'forged-3'].map(async (kid) =>
        rejection(
          verify(
            await signToken(stranger, COGNITO_CLERK, {
              issuer: server.issuer,
              audience: CLIENT_ID,
              kid,
            }),
          ),
        ),
      ),
    );

    // Assess
    expect(errors.map((error) => error.status)).toEqual([401, 401, 401]);
    expect(server.fetches).toBe(before);
  });

  it('throws HttpError 503, not 401, when the key set cannot be fetched', async () => {
    // Prepare
    const verify = createOidcVerifier(options);
    server.failing = true;

    // Act
    const error = await rejection(verify(await idToken())).finally(() => {
      server.failing = false;
    });

    // Assess
    expect(error.status).toBe(503);
    expect(error.code).toBe('sign-in-unavailable');
    expect(error.expose).toBe(true);
  });

  it('throws HttpError 503 when the issuer does not answer at all', async () => {
    // Prepare
    const verify = createOidcVerifier({ ...options, jwksUrl: 'http://127.0.0.1:9/jwks.json' });

    // Act
    const error = await rejection(verify(await idToken()));

    // Assess
    expect(error.status).toBe(503);
  });

  describe('with access tokens', () => {
    const accessToken = (claims: Record<string, unknown>) =>
      signToken(key, claims, { issuer: server.issuer, audience: null });

    it('returns the claims of an access token for this client', async () => {
      // Prepare
      const verify = createOidcVerifier({ ...options, tokenUse: 'access' });
      const token = await accessToken({
        sub: 'u-2',
        client_id: CLIENT_ID,
        token_use: 'access',
        'cognito:groups': ['office'],
        username: 'zhao',
      });

      // Act
      const claims = await verify(token);

      // Assess
      expect(claims).toEqual({ sub: 'u-2', name: 'u-2', role: 'office', district: 'dachang' });
    });

    it.each([
      ['for another client', { sub: 'u-2', client_id: 'other', 'cognito:groups': ['clerk'] }],
      ['without a client id', { sub: 'u-2', 'cognito:groups': ['clerk'] }],
      ['that is an ID token', { ...COGNITO_CLERK, client_id: CLIENT_ID }],
    ])('throws HttpError 401 for an access token %s', async (_label, claims) => {
      // Prepare
      const verify = createOidcVerifier({ ...options, tokenUse: 'access' });

      // Act
      const error = await rejection(verify(await accessToken(claims)));

      // Assess
      expect(error.status).toBe(401);
    });
  });

  it.each([
    ['an http issuer off the loopback', { issuer: 'http://login.example.gov.cn' }, /https/],
    ['an http key set off the loopback', { jwksUrl: 'http://login.example.gov.cn/jwks' }, /https/],
    ['an issuer that is no URL', { issuer: 'cognito' }, /https/],
    ['an empty client id', { clientId: ' ' }, /client id/],
  ])('throws at once for %s', (_label, override, message) => {
    // Act
    const act = () => createOidcVerifier({ ...options, ...override });

    // Assess
    expect(act).toThrow(message);
  });
});

describe('Function: districtStaffAuth with an OIDC issuer', () => {
  const settings = {
    app: 'casework',
    secret: undefined,
    issuer: 'ogi',
    audience: 'ogi-casework',
    district: 'dachang',
    oidc: { issuer: 'https://cognito-idp.cn-north-1.amazonaws.com/pool', clientId: CLIENT_ID },
  };

  it('checks tokens against the issuer’s keys', async () => {
    // Prepare
    const auth = districtStaffAuth(settings);

    // Act
    const error = await rejection(auth.verify(undefined));

    // Assess
    expect(error.status).toBe(401);
    expect(auth.district).toBe('dachang');
  });

  it('fails at cold start when a shared secret is set as well', () => {
    // Act
    const act = () =>
      districtStaffAuth({ ...settings, secret: 'a-secret-that-is-at-least-32-bytes-long' });

    // Assess
    expect(act).toThrow(/both OGI_STAFF_OIDC_ISSUER and OGI_STAFF_TOKEN_SECRET/);
  });
});
