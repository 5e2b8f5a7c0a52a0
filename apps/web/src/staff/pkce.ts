/**
 * The browser's half of OAuth 2.0's authorization code flow with PKCE
 * (RFC 7636, S256): a public client, so no secret, and a code that is
 * useless to whoever intercepts the redirect without the verifier.
 */

/** What the app keeps in session storage between leaving for the provider and coming back. */
export interface PendingSignIn {
  readonly state: string;
  readonly verifier: string;
  readonly redirectUri: string;
  readonly tokenEndpoint: string;
  readonly clientId: string;
}

/** What the provider's redirect back to the app carried. */
export type Callback =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'refused'; readonly error: string }
  | { readonly kind: 'forged' };

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh random string of `bytes` bytes, base64url: a verifier (RFC 7636 §4.1) or a `state`. */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 challenge of a verifier: base64url(SHA-256(ASCII(verifier))) (RFC 7636 §4.2). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The provider's authorization URL for this sign-in attempt. */
export function authorizationUrl(
  endpoint: string,
  request: {
    clientId: string;
    redirectUri: string;
    scope: string;
    state: string;
    challenge: string;
  },
): string {
  const url = new URL(endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

/**
 * Reads the redirect's query: `undefined` when it is not a sign-in callback
 * at all, `forged` when its `state` is not the one this tab sent (a login
 * CSRF), else the code or the provider's refusal.
 */
export function callbackOf(
  search: string,
  pending: PendingSignIn | undefined,
): Callback | undefined {
  const query = new URLSearchParams(search);
  const code = query.get('code');
  const error = query.get('error');
  if (code === null && error === null) return undefined;
  if (pending === undefined || query.get('state') !== pending.state) return { kind: 'forged' };
  if (error !== null) return { kind: 'refused', error };
  return code ? { kind: 'code', code } : { kind: 'forged' };
}

/** The token request's body: the code, exchanged with the verifier (RFC 7636 §4.5). */
export function tokenRequestBody(code: string, pending: PendingSignIn): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: pending.redirectUri,
    client_id: pending.clientId,
    code_verifier: pending.verifier,
  });
}
