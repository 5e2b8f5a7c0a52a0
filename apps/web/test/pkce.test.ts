import { describe, expect, it } from 'vitest';
import {
  authorizationUrl,
  callbackOf,
  challengeOf,
  type PendingSignIn,
  randomToken,
  tokenRequestBody,
} from '../src/staff/pkce.js';

const PENDING: PendingSignIn = {
  state: 'state-123',
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  redirectUri: 'https://ogi.example.gov.cn/',
  tokenEndpoint: 'https://login.example.gov.cn/token',
  clientId: 'ogi-web',
};

describe('Sign-in: PKCE for the staff console (RFC 7636)', () => {
  it('derives the S256 challenge of RFC 7636 appendix B from its verifier', async () => {
    // Act
    const challenge = await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');

    // Assess
    expect(challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 base64url characters, each new', () => {
    // Act
    const first = randomToken(32);
    const second = randomToken(32);

    // Assess
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('sends the challenge, S256, the state and the redirect to the provider', () => {
    // Act
    const url = new URL(
      authorizationUrl('https://login.example.gov.cn/authorize?tenant=x', {
        clientId: 'ogi-web',
        redirectUri: PENDING.redirectUri,
        scope: 'openid profile',
        state: 'state-123',
        challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      }),
    );

    // Assess
    expect(url.origin + url.pathname).toBe('https://login.example.gov.cn/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'ogi-web',
      redirect_uri: 'https://ogi.example.gov.cn/',
      scope: 'openid profile',
      state: 'state-123',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
  });

  it('takes the code of a redirect carrying this tab’s state', () => {
    // Act
    const callback = callbackOf('?code=abc&state=state-123', PENDING);

    // Assess
    expect(callback).toEqual({ kind: 'code', code: 'abc' });
  });

  it('refuses a redirect with another state, or when this tab began no sign-in', () => {
    // Act
    const otherState = callbackOf('?code=abc&state=someone-else', PENDING);
    const notBegun = callbackOf('?code=abc&state=state-123', undefined);

    // Assess
    expect(otherState).toEqual({ kind: 'forged' });
    expect(notBegun).toEqual({ kind: 'forged' });
  });

  it('reports the provider’s refusal, and ignores an address that is no callback', () => {
    // Act
    const refused = callbackOf('?error=access_denied&state=state-123', PENDING);
    const none = callbackOf('?lang=en', PENDING);

    // Assess
    expect(refused).toEqual({ kind: 'refused', error: 'access_denied' });
    expect(none).toBeUndefined();
  });

  it('exchanges the code with the verifier, never a client secret', () => {
    // Act
    const body = Object.fromEntries(tokenRequestBody('abc', PENDING));

    // Assess
    expect(body).toEqual({
      grant_type: 'authorization_code',
      code: 'abc',
      redirect_uri: 'https://ogi.example.gov.cn/',
      client_id: 'ogi-web',
      code_verifier: PENDING.verifier,
    });
  });
});
