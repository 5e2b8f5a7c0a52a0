import * as z from 'zod';
import type { DistrictConfig } from './district.js';
import { SingleLineText } from './text.js';

/**
 * How staff sign in to the web app's console: the local stack's dev login
 * (`POST /api/dev/login`, never deployed), or an OpenID Connect provider with
 * the authorization code flow and PKCE (RFC 7636).
 */
export const WebSignIn = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dev') }),
  z.strictObject({
    kind: z.literal('oidc'),
    /** The issuer; its `/.well-known/openid-configuration` names the endpoints. */
    issuer: z.url({ protocol: /^https?$/ }),
    /** The public client (no secret) the provider registered for this app. */
    clientId: z.string().min(1).max(200),
    /** Scopes asked for; `openid profile` unless set. */
    scope: z.string().min(1).max(500).optional(),
    /** Which token the staff API takes as its bearer: the ID token unless set. */
    bearer: z.enum(['id', 'access']).optional(),
    /**
     * The claim naming the staff role, as the API reads it
     * (`OGI_STAFF_OIDC_ROLE_CLAIM`): `role` unless set, `cognito:groups`
     * for a Cognito user pool's groups.
     */
    roleClaim: z.string().min(1).max(100).optional(),
  }),
]);
export type WebSignIn = z.infer<typeof WebSignIn>;

/**
 * `/config.json`, what the web app reads at start, so that one build serves
 * every district: the district's names and where its API answers. The local
 * stack writes it from the district config; a district stack puts it beside
 * the built app.
 */
export const WebConfig = z.strictObject({
  district: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The agency, e.g. 青岛西海岸新区大场镇人民政府. */
    agency: SingleLineText(100),
    /** The office that handles requests, e.g. 政府信息公开领导小组办公室. */
    office: SingleLineText(100),
    /** The agency's English name, shown when the page is in English. */
    agencyEn: SingleLineText(200).optional(),
    /** The district's IANA time zone, so staff forms date steps on the district's day. */
    timeZone: z.string().min(1).max(64).optional(),
  }),
  /** Where `/api/…` answers: empty for the page's own origin, else an origin such as `https://api.example.gov.cn`. */
  apiOrigin: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  /** How staff sign in; absent, the app offers no staff console. */
  signIn: WebSignIn.optional(),
});
export type WebConfig = z.infer<typeof WebConfig>;

/**
 * The `district` of `/config.json` for a district config: what the page shows
 * of it. The local stack and the CDK stack both write it from here.
 */
export function webDistrictOf(district: DistrictConfig): WebConfig['district'] {
  return {
    id: district.id,
    agency: district.names.agency,
    office: district.names.office,
    ...(district.names.en ? { agencyEn: district.names.en } : {}),
    timeZone: district.timeZone,
  };
}
