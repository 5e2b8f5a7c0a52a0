import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { webContentSecurityPolicy } from '@ogi/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalServer } from '../src/server.js';

const root = mkdtempSync(join(tmpdir(), 'ogi-web-root-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>表</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("申请");'.repeat(50));
writeFileSync(join(tmpdir(), 'ogi-web-secret.txt'), 'outside');
const config = {
  district: { id: 'dachang', agency: '大场镇人民政府', office: '政府信息公开办公室' },
  apiOrigin: '',
};
const server = createLocalServer({
  routes: [{ method: 'GET', path: '/api/ping', handler: async () => 'pong' }],
  web: { root, config, connectSources: ['http://127.0.0.1:4569'] },
});
let base = '';

/** A GET whose body is read as sent (fetch would inflate it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

describe('Function: createLocalServer with a web app', () => {
  it('serves index.html at / with a policy that lets it post uploads to storage', async () => {
    // Act
    const response = await fetch(`${base}/`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>表</title>');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4569");
    // The cloud's policy, but for upgrading requests the loopback serves over plain HTTP.
    expect(policy).toBe(
      webContentSecurityPolicy(['http://127.0.0.1:4569'], { upgradeInsecureRequests: false }),
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves /config.json as the district config it was given', async () => {
    // Act
    const response = await fetch(`${base}/config.json`);

    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(config);
  });

  it('gzips hashed assets for a browser that takes gzip and caches them for a year', async () => {
    // Act
    const response = await rawGet(`${base}/assets/index-abc.js`, { 'accept-encoding': 'gzip' });

    // Assess
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(response.body).toString()).toContain('console.log("申请");');
  });

  it('answers 404 for a path that climbs out of the web root', async () => {
    // Act
    const response = await fetch(`${base}/..%2fogi-web-secret.txt`);

    // Assess
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('leaves /api/ paths to the handlers', async () => {
    // Act
    const response = await fetch(`${base}/api/ping`);

    // Assess
    expect(await response.text()).toBe('pong');
  });
});
