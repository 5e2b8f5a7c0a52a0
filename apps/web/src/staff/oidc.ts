import type { WebSignIn } from '@ogi/schema';
import {
  authorizationUrl,
  callbackOf,
  challengeOf,
  type PendingSignIn,
  randomToken,
  tokenRequestBody,
} from './pkce.js';

type OidcSignIn = Extract<WebSignIn, { kind: 'oidc' }>;

const PENDING_KEY = 'ogi.oidc-pending';

interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const body = (await response.json()) as Partial<Discovery>;
  if (typeof body.authorization_endpoint !== 'string' || typeof body.token_endpoint !== 'string') {
    throw new Error('discovery names no authorization or token endpoint');
  }
  return body as Discovery;
}

/** Where the provider sends the browser back: the app's own page. */
export function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** Leaves for the provider's sign-in page, keeping the verifier and state in this tab. */
export async function beginOidcSignIn(signIn: OidcSignIn): Promise<void> {
  const { authorization_endpoint, token_endpoint } = await discover(signIn.issuer);
  const pending: PendingSignIn = {
    state: randomToken(16),
    verifier: randomToken(32),
    redirectUri: redirectUri(),
    tokenEndpoint: token_endpoint,
    clientId: signIn.clientId,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  location.assign(
    authorizationUrl(authorization_endpoint, {
      clientId: signIn.clientId,
      redirectUri: pending.redirectUri,
      scope: signIn.scope ?? 'openid profile',
      state: pending.state,
      challenge: await challengeOf(pending.verifier),
    }),
  );
}

function readPending(): PendingSignIn | undefined {
  try {
    const stored = sessionStorage.getItem(PENDING_KEY);
    return stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finishes a sign-in when the page was opened by the provider's redirect:
 * the token on success, an error when the redirect was refused or forged,
 * `undefined` when this is no callback. The code leaves the address bar
 * either way.
 */
export async function completeOidcSignIn(
  signIn: OidcSignIn,
  search: string,
): Promise<string | Error | undefined> {
  const pending = readPending();
  const callback = callbackOf(search, pending);
  if (callback === undefined) return undefined;
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(null, '', `${location.pathname}#/staff`);
  if (callback.kind === 'forged' || pending === undefined) return new Error('state mismatch');
  if (callback.kind === 'refused') return new Error(callback.error);
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(callback.code, pending),
  });
  if (!response.ok) return new Error(`token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { id_token?: unknown; access_token?: unknown };
  const token = signIn.bearer === 'access' ? tokens.access_token : tokens.id_token;
  return typeof token === 'string' ? token : new Error('no token in the answer');
}
