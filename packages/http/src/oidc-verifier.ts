import { DEFAULT_DISTRICT_CLAIM, DEFAULT_ROLE_CLAIM } from '@ogi/schema';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { assertLifetime, type TokenVerifier } from './auth.js';
import { HttpError, unauthorized } from './errors.js';
import { staffClaimsFromOidc } from './oidc-claims.js';

/** Which token the web app sends as its bearer: the ID token, or the access token. */
export type OidcTokenUse = 'id' | 'access';

export interface OidcVerifierOptions {
  /**
   * The issuer exactly as its tokens name it in `iss`; for Cognito
   * `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. https, or http
   * on a loopback host (tests).
   */
  readonly issuer: string;
  /** The web app's client id: an ID token's `aud`, an access token's `client_id`. */
  readonly clientId: string;
  /** The issuer's key set; `<issuer>/.well-known/jwks.json` (Cognito's) unless set. */
  readonly jwksUrl?: string;
  /** The token the web app sends: `id` unless set. */
  readonly tokenUse?: OidcTokenUse;
  /** The claim naming the role; `role` unless set (`cognito:groups` for Cognito groups). */
  readonly roleClaim?: string;
  /** The claim naming a district, if the issuer sets one; `district` unless set. */
  readonly districtClaim?: string;
  /** The deployment's own district: the one every accepted token ends up in. */
  readonly district: string;
  /**
   * Milliseconds after a fetch of the key set before a token with an unknown
   * `kid` may fetch it again (jose's cooldown): 30 s unless set, so forged
   * `kid`s cannot make the API hammer the issuer.
   */
  readonly jwksCooldownMs?: number;
  /** Milliseconds a fetch of the key set may take: 5 s unless set. */
  readonly jwksTimeoutMs?: number;
}

/** The only signatures accepted: an issuer's asymmetric keys, never a shared secret or none. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'] as const;

// jose loads on the first token: public routes never pay for it at cold start.
const jose = () => import('jose');

/** jose's codes for a key set that could not be fetched or read: the issuer's fault, not the caller's. */
const KEY_SET_FAULTS = new Set([
  'ERR_JOSE_GENERIC',
  'ERR_JWKS_INVALID',
  'ERR_JWKS_TIMEOUT',
  'ERR_JWK_INVALID',
]);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function secureUrl(value: string, what: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const secure =
    url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!url || !secure) throw new Error(`The staff ${what} must be an https URL: ${value}`);
  return url;
}

/** The default key set of an issuer: where Cognito publishes it. */
export function defaultJwksUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/jwks.json`;
}

function keySetUnavailable(cause: unknown): HttpError {
  return new HttpError({
    status: 503,
    code: 'sign-in-unavailable',
    zh: '暂时无法核验登录，请稍后再试',
    en: 'Sign-in cannot be checked right now; try again shortly',
    headers: { 'retry-after': '30' },
    expose: true,
    cause,
  });
}

function isKeySetFault(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // An error that is not jose's own comes from fetching the key set (a refused connection).
  return typeof code !== 'string' || !code.startsWith('ERR_J') || KEY_SET_FAULTS.has(code);
}

/** 401 unless the token is the kind the web app sends, for this app's client. */
function assertTokenUse(payload: JWTPayload, tokenUse: OidcTokenUse, clientId: string): void {
  // Cognito says which token it is; other issuers leave it out.
  if (payload.token_use !== undefined && payload.token_use !== tokenUse) {
    throw unauthorized(
      new Error(`a ${String(payload.token_use)} token where ${tokenUse} was expected`),
    );
  }
  if (tokenUse === 'access' && payload.client_id !== clientId) {
    throw unauthorized(new Error('an access token for another client'));
  }
  if (tokenUse === 'id' && payload.azp !== undefined && payload.azp !== clientId) {
    throw unauthorized(new Error('an ID token authorised for another client'));
  }
}

/**
 * A verifier for the tokens of an OpenID Connect issuer (a Cognito user pool
 * or the district's own), checked against the issuer's published keys
 * (jose's `createRemoteJWKSet`: fetched on the first token, cached, fetched
 * again for a `kid` it does not know, so a key rotation needs no restart).
 *
 * It throws `HttpError` 401 for a missing, malformed, expired or wrongly
 * signed token, one signed with anything but RS256 or ES256, a wrong issuer,
 * an ID token for another client (`aud`, `azp`) or an access token for one
 * (`client_id`), the other kind of token (Cognito's `token_use`), a token
 * without `iat` or `sub` or issued for more than 12 hours; 403 for a token of
 * another district or whose holder has no ogi role or two
 * (`staffClaimsFromOidc`); 503 `sign-in-unavailable` when the key set cannot
 * be fetched or read. It throws a plain `Error` at once when the issuer or
 * key set URL is not https (http only on a loopback host).
 *
 * @example
 * const verify = createOidcVerifier({ issuer, clientId, roleClaim: 'cognito:groups', district: 'dachang' });
 * const staff = await verify(token); // { sub, name, role, district }
 */
export function createOidcVerifier(options: OidcVerifierOptions): TokenVerifier {
  secureUrl(options.issuer, 'sign-in issuer');
  if (options.clientId.trim() === '') throw new Error('The staff sign-in client id is empty');
  const jwksUrl = secureUrl(options.jwksUrl ?? defaultJwksUrl(options.issuer), 'sign-in key set');
  const tokenUse = options.tokenUse ?? 'id';
  const mapping = {
    roleClaim: options.roleClaim ?? DEFAULT_ROLE_CLAIM,
    districtClaim: options.districtClaim ?? DEFAULT_DISTRICT_CLAIM,
    district: options.district,
  };
  let keys: JWTVerifyGetKey | undefined;
  return async (token) => {
    if (typeof token !== 'string' || token.length === 0) throw unauthorized();
    let payload: JWTPayload;
    try {
      const { createRemoteJWKSet, jwtVerify } = await jose();
      keys ??= createRemoteJWKSet(jwksUrl, {
        ...(options.jwksCooldownMs === undefined
          ? {}
          : { cooldownDuration: options.jwksCooldownMs }),
        ...(options.jwksTimeoutMs === undefined ? {} : { timeoutDuration: options.jwksTimeoutMs }),
      });
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        ...(tokenUse === 'id' ? { audience: options.clientId } : {}),
        algorithms: [...OIDC_ALGORITHMS],
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      throw isKeySetFault(error) ? keySetUnavailable(error) : unauthorized(error);
    }
    assertTokenUse(payload, tokenUse, options.clientId);
    assertLifetime(payload);
    return staffClaimsFromOidc(payload, mapping);
  };
}
