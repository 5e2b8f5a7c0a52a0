import { describe, expect, it } from 'vitest';
import { RuntimeEnvironment, staffTokenSettings } from '../src/index.js';
import { handlerEnvironment as environment } from './handler-environment.js';

const ISSUER = 'https://cognito-idp.cn-north-1.amazonaws.com/cn-north-1_Example';
const SECRET = 'a-secret-that-is-at-least-32-bytes-long';

describe('Function: staffTokenSettings', () => {
  it('returns the OIDC issuer with Cognito-friendly defaults for what is unset', () => {
    // Prepare
    const env = RuntimeEnvironment.parse({
      ...environment,
      OGI_STAFF_OIDC_ISSUER: ISSUER,
      OGI_STAFF_OIDC_CLIENT_ID: 'web-client',
    });

    // Act
    const settings = staffTokenSettings(env);

    // Assess
    expect(settings.secret).toBeUndefined();
    expect(settings.oidc).toEqual({
      issuer: ISSUER,
      clientId: 'web-client',
      tokenUse: 'id',
      roleClaim: 'role',
      districtClaim: 'district',
    });
  });

  it('returns every OIDC setting the environment names', () => {
    // Prepare
    const env = RuntimeEnvironment.parse({
      ...environment,
      OGI_STAFF_OIDC_ISSUER: 'https://login.example.gov.cn/realms/dachang',
      OGI_STAFF_OIDC_CLIENT_ID: 'ogi-web',
      OGI_STAFF_OIDC_JWKS_URL: 'https://login.example.gov.cn/realms/dachang/certs',
      OGI_STAFF_OIDC_TOKEN_USE: 'access',
      OGI_STAFF_OIDC_ROLE_CLAIM: 'cognito:groups',
      OGI_STAFF_OIDC_DISTRICT_CLAIM: 'custom:district',
    });

    // Act
    const settings = staffTokenSettings(env);

    // Assess
    expect(settings.oidc).toEqual({
      issuer: 'https://login.example.gov.cn/realms/dachang',
      clientId: 'ogi-web',
      jwksUrl: 'https://login.example.gov.cn/realms/dachang/certs',
      tokenUse: 'access',
      roleClaim: 'cognito:groups',
      districtClaim: 'custom:district',
    });
  });

  it('returns the shared secret and no issuer for the local stack', () => {
    // Prepare
    const env = RuntimeEnvironment.parse({ ...environment, OGI_STAFF_TOKEN_SECRET: SECRET });

    // Act
    const settings = staffTokenSettings(env);

    // Assess
    expect(settings).toEqual({ secret: SECRET, issuer: 'ogi', audience: 'ogi-casework' });
  });
});

describe('Schema: RuntimeEnvironment, staff sign-in', () => {
  it.each([
    [
      'an issuer without a client id',
      { OGI_STAFF_OIDC_ISSUER: ISSUER },
      'OGI_STAFF_OIDC_CLIENT_ID',
    ],
    ['a client id without an issuer', { OGI_STAFF_OIDC_CLIENT_ID: 'web' }, 'OGI_STAFF_OIDC_ISSUER'],
    [
      'an issuer and a shared secret',
      {
        OGI_STAFF_OIDC_ISSUER: ISSUER,
        OGI_STAFF_OIDC_CLIENT_ID: 'web',
        OGI_STAFF_TOKEN_SECRET: SECRET,
      },
      'OGI_STAFF_TOKEN_SECRET',
    ],
    [
      'a token use other than id or access',
      {
        OGI_STAFF_OIDC_ISSUER: ISSUER,
        OGI_STAFF_OIDC_CLIENT_ID: 'web',
        OGI_STAFF_OIDC_TOKEN_USE: 'refresh',
      },
      'OGI_STAFF_OIDC_TOKEN_USE',
    ],
  ])('refuses %s, naming the variable', (_label, variables, name) => {
    // Act
    const result = RuntimeEnvironment.safeParse({ ...environment, ...variables });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(name);
  });
});
