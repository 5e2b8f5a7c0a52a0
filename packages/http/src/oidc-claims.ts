import { roleOfClaim, staffNameOfClaims } from '@ogi/schema';
import type { JWTPayload } from 'jose';
import { type StaffClaims, staffClaimsFromPayload } from './auth.js';
import { forbidden } from './errors.js';

/** Where an issuer's tokens carry what ogi needs, and the district this deployment serves. */
export interface OidcClaimMapping {
  /** The claim naming the role: `role`, or `cognito:groups` (a list of groups). */
  readonly roleClaim: string;
  /** The claim naming a district, when the issuer carries one: `district`, `custom:district`. */
  readonly districtClaim: string;
  /** The deployment's own district. */
  readonly district: string;
}

/** Longest display name kept, as `StaffClaimsSchema` allows. */
const MAX_NAME_LENGTH = 200;

const OTHER_DISTRICT = { zh: '无权办理其他地区的申请', en: 'You work for another district' };
const NO_ROLE = {
  zh: '您的账号未分配办理岗位（经办人员、负责人或公开办），请联系管理员',
  en: 'Your account has no ogi role (clerk, head or office); ask your administrator',
};
const SEVERAL_ROLES = {
  zh: '您的账号同时分配了多个办理岗位，请联系管理员只保留一个',
  en: 'Your account has more than one ogi role; ask your administrator to keep one',
};

/**
 * The staff claims of a verified OIDC token (Cognito or another issuer).
 * The district is the deployment's own when the token names none (one
 * issuer, or one client, per district); a token naming another district, a
 * holder with no ogi role or with two, is 403: signed in, not allowed. A
 * token without a usable `sub` is 401.
 *
 * @example staffClaimsFromOidc(payload, { roleClaim: 'cognito:groups', districtClaim: 'district', district: 'dachang' })
 */
export function staffClaimsFromOidc(payload: JWTPayload, mapping: OidcClaimMapping): StaffClaims {
  const carried = payload[mapping.districtClaim];
  if (carried !== undefined && carried !== mapping.district) throw forbidden(OTHER_DISTRICT);
  const reading = roleOfClaim(payload[mapping.roleClaim]);
  if ('problem' in reading) {
    throw forbidden(reading.problem === 'no-role' ? NO_ROLE : SEVERAL_ROLES);
  }
  return staffClaimsFromPayload({
    sub: payload.sub,
    name: staffNameOfClaims(payload)?.slice(0, MAX_NAME_LENGTH),
    role: reading.role,
    district: mapping.district,
  });
}
