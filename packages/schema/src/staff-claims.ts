import { STAFF_ROLES, type StaffRole } from './vocabulary.js';

/**
 * The claim that names a staff member's role unless a deployment says
 * otherwise: the local stack's tokens carry `role`; a Cognito user pool puts
 * its groups in `cognito:groups`.
 */
export const DEFAULT_ROLE_CLAIM = 'role';

/** The claim that names a staff member's district, when an issuer carries one. */
export const DEFAULT_DISTRICT_CLAIM = 'district';

/** What a token's role claim says: the one ogi role, or why there is none. */
export type RoleReading =
  | { readonly role: StaffRole }
  | { readonly problem: 'no-role' | 'several-roles' };

const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

/**
 * The staff role a role claim names. The claim is a string (`"clerk"`) or a
 * list of group names (Cognito's `cognito:groups`); exactly one of them must
 * be an ogi role, others (`admins`) are ignored. A member of two ogi roles is
 * refused rather than guessed: the rights differ (only a head extends).
 *
 * @example roleOfClaim(['staff', 'head']) // { role: 'head' }
 */
export function roleOfClaim(value: unknown): RoleReading {
  const names: readonly unknown[] = Array.isArray(value) ? value : [value];
  const roles = [...new Set(names.filter(isStaffRole))];
  const [role] = roles;
  if (role === undefined) return { problem: 'no-role' };
  return roles.length === 1 ? { role } : { problem: 'several-roles' };
}

const NAME_CLAIMS = ['name', 'preferred_username', 'email', 'sub'] as const;

/**
 * The name to show for a token's holder: `name`, else `preferred_username`,
 * else `email`, else `sub` (a provider asked only for `openid` gives no name,
 * and the audit records `sub` anyway).
 */
export function staffNameOfClaims(claims: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of NAME_CLAIMS) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}
