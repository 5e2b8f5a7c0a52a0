import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webContentSecurityPolicy } from '@ogi/http';
import { type DistrictConfig, type WebConfig, webDistrictOf } from '@ogi/schema';

/** The built web app (Vite's output) and what `/config.json` tells it. */
export interface WebApp {
  /** The folder holding `index.html` and `assets/`. */
  readonly root: string;
  readonly config: WebConfig;
  /** Origins the page may send to besides its own: the storage its uploads are posted to. */
  readonly connectSources: readonly string[];
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Where `@ogi/web` puts its build: `apps/web/dist`. */
export function builtWebRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@ogi/web/package.json')), 'dist');
}

/**
 * `/config.json` for a district whose API answers on the page's own origin;
 * staff sign in with the local stack's dev login, or with `oidc` when given.
 */
export function webConfigOf(
  district: DistrictConfig,
  oidc?: { readonly issuer: string; readonly clientId: string; readonly roleClaim?: string },
): WebConfig {
  return {
    district: webDistrictOf(district),
    apiOrigin: '',
    signIn: oidc
      ? {
          kind: 'oidc',
          issuer: oidc.issuer,
          clientId: oidc.clientId,
          ...(oidc.roleClaim ? { roleClaim: oidc.roleClaim } : {}),
        }
      : { kind: 'dev' },
  };
}

function securityHeaders(app: WebApp): Record<string, string> {
  return {
    'content-security-policy': webContentSecurityPolicy(app.connectSources, {
      upgradeInsecureRequests: false,
    }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}

/**
 * Serves the web app for a `GET` or `HEAD` outside `/api/`: `/` is
 * `index.html`, `/config.json` is `app.config`, hashed assets are cached for a
 * year, and text is gzipped when the browser takes it, as CloudFront does.
 * Returns false when the request is not the web app's, or names no file of
 * it (the API's JSON 404 answers then).
 */
export function serveWebApp(
  app: WebApp | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (path === '/api' || path.startsWith('/api/')) return false;
  if (app === undefined) return false;
  const headers = securityHeaders(app);
  if (path === '/config.json') {
    send(request, response, 200, '.json', Buffer.from(JSON.stringify(app.config)), {
      ...headers,
      'cache-control': 'no-cache',
    });
    return true;
  }
  const file = fileOf(app.root, path === '/' ? '/index.html' : path);
  if (file === undefined) {
    // Anything else the origin does not have gets the API's own JSON 404, one shape for every refusal.
    if (path !== '/' || existsSync(join(app.root, 'index.html'))) return false;
    const unbuilt =
      'The web app is not built: run `pnpm --filter @ogi/web build` (pnpm start does).';
    send(request, response, 404, '.txt', Buffer.from(unbuilt), headers);
    return true;
  }
  const immutable = path.startsWith('/assets/');
  send(request, response, 200, extname(file), readFileSync(file), {
    ...headers,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  return true;
}

/** The file under `root` a path names, or `undefined`: never a path outside `root`. */
function fileOf(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  extension: string,
  body: Buffer,
  headers: Record<string, string>,
): void {
  const gzip =
    COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  const payload = gzip ? gzipSync(body) : body;
  response.writeHead(status, {
    ...headers,
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'content-length': String(payload.length),
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : payload);
}
