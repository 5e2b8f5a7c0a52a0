import type { StaffRole } from '@ogi/schema';

/** Who is signed in to the staff console, from the token's claims. */
export interface StaffSession {
  readonly token: string;
  readonly sub: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Seconds since 1970 when the token stops working. */
  readonly expiresAt: number;
}

const SESSION_KEY = 'ogi.staff-session';
const ROLES: readonly string[] = ['clerk', 'head', 'office'];

/**
 * The session a JWT opens, read from its payload without checking the
 * signature (the API checks it on every call); `undefined` when the token
 * does not carry a staff member's claims.
 */
export function sessionOf(token: string): StaffSession | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let claims: Record<string, unknown>;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { sub, name, role, exp } = claims;
  if (typeof sub !== 'string' || typeof exp !== 'number') return undefined;
  if (typeof role !== 'string' || !ROLES.includes(role)) return undefined;
  return {
    token,
    sub,
    name: typeof name === 'string' ? name : sub,
    role: role as StaffRole,
    expiresAt: exp,
  };
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

/** The tab's live session, if any. */
export function readSession(): StaffSession | undefined {
  try {
    const token = sessionStorage.getItem(SESSION_KEY);
    const session = token ? sessionOf(token) : undefined;
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
