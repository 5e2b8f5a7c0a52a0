import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** The person the provider signs in without asking, shaped like a Cognito user. */
export interface TestUser {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  /** The user pool groups: `cognito:groups` in the tokens. */
  readonly groups: readonly string[];
}

/**
 * A small OpenID Connect provider for browser tests, shaped like a Cognito
 * user pool: discovery, an authorize endpoint that approves `user` at once
 * and redirects back with a code, a token endpoint that checks the PKCE
 * verifier (RFC 7636, S256 only), and its key set at
 * `/.well-known/jwks.json`. Plain node:http and jose; one RS256 key made at
 * start.
 */
export interface OidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  /** Who the next authorization signs in. */
  user: TestUser;
  /** Lets the app's redirect URI be used (the stack's root, known once it listens). */
  allowRedirect(uri: string): void;
  /** Codes exchanged for tokens. */
  readonly exchanges: number;
  /** Why each refused token request was refused. */
  readonly refusals: readonly string[];
  close(): Promise<void>;
}

interface PendingCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly user: TestUser;
  readonly expiresAt: number;
}

const CODE_LIFETIME_MS = 60_000;
const TOKEN_LIFETIME_S = 3600;
/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** Discovery, keys and tokens are fetched by the page from another origin. */
const CORS = { 'access-control-allow-origin': '*' };

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...CORS,
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** Starts the provider on a free loopback port. */
export async function startOidcProvider(options: {
  readonly clientId: string;
  readonly user: TestUser;
}): Promise<OidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomBytes(8).toString('hex');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const redirectUris = new Set<string>();
  const codes = new Map<string, PendingCode>();
  const refusals: string[] = [];
  const state = { user: options.user, exchanges: 0 };
  let issuer = '';

  const sign = (claims: Record<string, unknown>, subject: string, audience?: string) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_LIFETIME_S}s`);
    return (audience ? jwt.setAudience(audience) : jwt).sign(privateKey);
  };

  const authorize = (url: URL, response: ServerResponse) => {
    const query = url.searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    const problem =
      query.get('client_id') !== options.clientId
        ? 'unknown client'
        : !redirectUris.has(redirectUri)
          ? 'redirect URI not registered'
          : query.get('response_type') !== 'code'
            ? 'response_type must be code'
            : query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')
              ? 'an S256 code challenge is required'
              : !query.get('state')
                ? 'state is required'
                : undefined;
    // Never redirect to an address the client did not register: show the refusal here.
    if (problem) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(problem);
      return;
    }
    const code = randomBytes(32).toString('base64url');
    codes.set(code, {
      clientId: options.clientId,
      redirectUri,
      challenge: query.get('code_challenge') ?? '',
      user: state.user,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state') ?? '');
    response.writeHead(302, { location: back.toString(), 'cache-control': 'no-store' });
    response.end();
  };

  const token = async (request: IncomingMessage, response: ServerResponse) => {
    const form = new URLSearchParams(await readBody(request));
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code); // a code is good for one exchange, whatever its outcome
    const verifier = form.get('code_verifier') ?? '';
    const problem =
      form.get('grant_type') !== 'authorization_code'
        ? 'unsupported grant type'
        : pending === undefined || pending.expiresAt < Date.now()
          ? 'unknown or expired code'
          : form.get('client_id') !== pending.clientId
            ? 'code issued to another client'
            : form.get('redirect_uri') !== pending.redirectUri
              ? 'redirect URI differs from the authorization request'
              : !VERIFIER.test(verifier) || s256(verifier) !== pending.challenge
                ? 'PKCE verifier does not match the challenge'
                : undefined;
    if (problem || pending === undefined) {
      refusals.push(problem ?? 'unknown code');
      send(response, 400, { error: 'invalid_grant', error_description: problem });
      return;
    }
    const { user } = pending;
    state.exchanges++;
    const groups = [...user.groups];
    send(response, 200, {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_S,
      id_token: await sign(
        {
          token_use: 'id',
          name: user.name,
          email: user.email,
          'cognito:username': user.sub,
          'cognito:groups': groups,
        },
        user.sub,
        pending.clientId,
      ),
      access_token: await sign(
        {
          token_use: 'access',
          client_id: pending.clientId,
          scope: 'openid profile',
          'cognito:groups': groups,
        },
        user.sub,
      ),
    });
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /.well-known/openid-configuration') {
      send(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/oauth2/authorize`,
        token_endpoint: `${issuer}/oauth2/token`,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        scopes_supported: ['openid', 'profile', 'email'],
      });
    } else if (route === 'GET /.well-known/jwks.json') {
      send(response, 200, jwks);
    } else if (route === 'GET /oauth2/authorize') {
      authorize(url, response);
    } else if (route === 'POST /oauth2/token') {
      token(request, response).catch((error: unknown) =>
        send(response, 500, { error: String(error) }),
      );
    } else if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
      });
      response.end();
    } else {
      send(response, 404, { error: 'not_found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    clientId: options.clientId,
    get user() {
      return state.user;
    },
    set user(next) {
      state.user = next;
    },
    allowRedirect: (uri) => {
      redirectUris.add(uri);
    },
    get exchanges() {
      return state.exchanges;
    },
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
