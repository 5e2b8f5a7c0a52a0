import { DEFAULT_ROLE_CLAIM, roleOfClaim, type StaffRole, staffNameOfClaims } from '@ogi/schema';

/** Who is signed in to the staff console, from the token's claims. */
export interface StaffSession {
  readonly token: string;
  readonly sub: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Seconds since 1970 when the token stops working. */
  readonly expiresAt: number;
}

/** Why a token opens no session: unreadable, or a holder with no ogi role or with two. */
export interface SessionProblem {
  readonly problem: 'unreadable' | 'no-role' | 'several-roles';
}

const SESSION_KEY = 'ogi.staff-session';

function payloadOf(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The session a JWT opens, read from its payload without checking the
 * signature (the API checks it on every call), or why it opens none. The
 * role is read from `roleClaim` as the API reads it (`roleOfClaim`: a role,
 * or Cognito's list of groups with exactly one ogi role in it).
 */
export function readToken(
  token: string,
  roleClaim: string = DEFAULT_ROLE_CLAIM,
): StaffSession | SessionProblem {
  const claims = payloadOf(token);
  const { sub, exp } = claims ?? {};
  if (!claims || typeof sub !== 'string' || typeof exp !== 'number') {
    return { problem: 'unreadable' };
  }
  const reading = roleOfClaim(claims[roleClaim]);
  if ('problem' in reading) return reading;
  return { token, sub, name: staffNameOfClaims(claims) ?? sub, role: reading.role, expiresAt: exp };
}

/** The session a JWT opens, or `undefined` when it carries no staff member's claims. */
export function sessionOf(token: string, roleClaim?: string): StaffSession | undefined {
  const reading = readToken(token, roleClaim);
  return 'problem' in reading ? undefined : reading;
}

/** Whether the session's token still works at `now`. */
export function isLive(session: StaffSession, now = Date.now()): boolean {
  return session.expiresAt * 1000 > now;
}

/**
 * Keeps the token in this tab's session storage (never a cookie, so no other
 * site's request carries it, and it is gone when the tab closes).
 */
export function keepSession(session: StaffSession): void {
  try {
    sessionStorage.setItem(SESSION_KEY, session.token);
  } catch {
    // The session stays in memory only.
  }
}

/** The tab's live session, if any, its role read from `roleClaim`. */
export function readSession(roleClaim?: string): StaffSession | undefined {
  try {
    const token = sessionStorage.getItem(SESSION_KEY);
    const session = token ? sessionOf(token, roleClaim) : undefined;
    return session && isLive(session) ? session : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the token. */
export function dropSession(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing kept.
  }
}
