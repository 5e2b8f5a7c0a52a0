import { StaffRole } from '@ogi/schema';
import type { JWTPayload } from 'jose';
import * as z from 'zod';
import { unauthorized } from './errors.js';

/** Who is calling a staff route, from a verified token. */
export interface StaffClaims {
  /** Stable staff id. */
  readonly sub: string;
  /** Display name (personal data: the logger redacts it). */
  readonly name: string;
  readonly role: StaffRole;
  /** The district the staff member works for. */
  readonly district: string;
}

/** The claims a staff token must carry. */
export const StaffClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  role: StaffRole,
  district: z.string().min(1).max(100),
});

/**
 * Checks a bearer token and returns who it belongs to, or throws `HttpError`
 * 401. The one seam for replacing HS256 with a JWKS (Cognito) verifier.
 */
export type TokenVerifier = (token: string | undefined) => Promise<StaffClaims>;

export interface TokenOptions {
  /** The HS256 shared secret: at least 32 bytes. */
  readonly secret: string | Uint8Array;
  readonly issuer: string;
  readonly audience: string;
}

/** Bytes an HS256 secret needs to match the hash size (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

function secretKey(secret: string | Uint8Array): Uint8Array {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`The staff token secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  return key;
}

/**
 * The staff claims of a verified JWT payload, or a 401. Shared by every
 * verifier, so a JWKS verifier accepts exactly the same claims.
 */
export function staffClaimsFromPayload(payload: JWTPayload): StaffClaims {
  const result = StaffClaimsSchema.safeParse(payload);
  if (!result.success) throw unauthorized(result.error);
  const { sub, name, role, district } = result.data;
  return { sub, name, role, district };
}

// jose loads on the first token: public routes never pay for it at cold start.
const jose = () => import('jose');

/**
 * The longest a staff token may live, from `iat` to `exp`: a working day and
 * a half. A token issued for longer (a forged or misconfigured issuer) is
 * refused however recent it is.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * A verifier for HS256 staff tokens with this issuer and audience. It throws
 * `HttpError` 401 for a missing, malformed, expired or wrongly signed token,
 * a wrong issuer or audience, a token without `iat` or issued for more than
 * `MAX_TOKEN_LIFETIME_SECONDS`, or claims that are not `StaffClaims`. It
 * throws a plain `Error` at once when the secret is shorter than 32 bytes.
 *
 * @example
 * const verify = createTokenVerifier({ secret: config.tokenSecret, issuer: 'ogi', audience: 'ogi-staff' });
 * const staff = await verify(token); // { sub, name, role, district }
 */
export function createTokenVerifier(options: TokenOptions): TokenVerifier {
  const key = secretKey(options.secret);
  return async (token) => {
    if (typeof token !== 'string' || token.length === 0) throw unauthorized();
    let payload: JWTPayload;
    try {
      const { jwtVerify } = await jose();
      ({ payload } = await jwtVerify(token, key, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      throw unauthorized(error);
    }
    assertLifetime(payload);
    return staffClaimsFromPayload(payload);
  };
}

/** 401 unless the token was issued for at most `MAX_TOKEN_LIFETIME_SECONDS`. */
export function assertLifetime(payload: JWTPayload): void {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') throw unauthorized();
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) {
    throw unauthorized(
      new Error(`token lifetime ${exp - iat} s exceeds ${MAX_TOKEN_LIFETIME_SECONDS} s`),
    );
  }
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `'8h'` → 28800; a number is already seconds. */
function seconds(span: string | number): number {
  if (typeof span === 'number') {
    if (!Number.isFinite(span)) throw new Error(`Invalid token lifetime: ${span}`);
    return Math.floor(span);
  }
  const match = /^(\d+)\s*([smhd])$/.exec(span.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_SECONDS[match[2]];
  if (!match || unit === undefined) throw new Error(`Invalid token lifetime: ${span}`);
  return Number(match[1]) * unit;
}

export interface IssueOptions extends TokenOptions {
  /** Seconds, or a span such as `'8h'`, `'30m'`, `'90s'`; 8 hours unless set, 12 at most. */
  readonly expiresIn?: string | number;
  /** Issue as of this time (tests of expiry); now unless set. */
  readonly now?: Date;
}

/**
 * A signed HS256 staff token, for the local stack's dev login and for tests.
 * @example const token = await issueStaffToken({ sub: 's-1', name: '王五', role: 'clerk', district: 'gulou' }, { secret, issuer, audience });
 */
export async function issueStaffToken(claims: StaffClaims, options: IssueOptions): Promise<string> {
  const { sub, name, role, district } = StaffClaimsSchema.parse(claims);
  const now = options.now ?? new Date();
  const issuedAt = Math.floor(now.getTime() / 1000);
  const lifetime = seconds(options.expiresIn ?? '8h');
  if (lifetime > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new Error(`A staff token lives at most ${MAX_TOKEN_LIFETIME_SECONDS} seconds`);
  }
  const { SignJWT } = await jose();
  return new SignJWT({ name, role, district })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(secretKey(options.secret));
}
