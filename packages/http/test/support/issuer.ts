import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** One signing key of the test issuer, with the `kid` its key set names it by. */
export interface TestKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** A key pair made here, for this test run only. */
export async function testKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk };
}

/**
 * An issuer's key set served over HTTP on a free loopback port, at
 * `/.well-known/jwks.json` as Cognito serves it. `keys` may be replaced
 * (a rotation); `fetches` counts the requests; `failing` answers 500.
 */
export interface KeySetServer {
  readonly issuer: string;
  keys: TestKey[];
  failing: boolean;
  readonly fetches: number;
  close(): Promise<void>;
}

export async function serveKeySet(keys: TestKey[]): Promise<KeySetServer> {
  let fetches = 0;
  const state = { keys, failing: false };
  const server: Server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    fetches++;
    if (state.failing) {
      response.writeHead(500).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: state.keys.map((key) => key.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}`,
    get keys() {
      return state.keys;
    },
    set keys(next) {
      state.keys = next;
    },
    get failing() {
      return state.failing;
    },
    set failing(next) {
      state.failing = next;
    },
    get fetches() {
      return fetches;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface TokenShape {
  readonly issuer: string;
  /** `aud`; none when `null`. */
  readonly audience?: string | null;
  /** Seconds from issue to expiry; one hour unless set. */
  readonly lifetime?: number;
  /** Issued this many seconds ago; now unless set. */
  readonly age?: number;
  readonly withoutIssuedAt?: boolean;
  /** The header's `kid`, when it must differ from the key's own. */
  readonly kid?: string;
}

/** A token signed with `key` carrying `claims` and the registered claims `shape` asks for. */
export async function signToken(
  key: TestKey,
  claims: Record<string, unknown>,
  shape: TokenShape,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000) - (shape.age ?? 0);
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: shape.kid ?? key.kid, typ: 'JWT' })
    .setIssuer(shape.issuer)
    .setExpirationTime(now + (shape.lifetime ?? 3600));
  if (shape.audience !== null) jwt.setAudience(shape.audience ?? 'ogi-web');
  if (!shape.withoutIssuedAt) jwt.setIssuedAt(now);
  return jwt.sign(key.privateKey);
}
