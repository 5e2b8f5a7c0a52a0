import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from './dynamodb-local.js';
import { assertPortFree, freePort } from './ports.js';

/** s3rver's default key pair; the emulator checks SigV4 signatures against it. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface S3Options {
  readonly port?: number;
  /** Where objects are kept; absent, a fresh scratch folder. */
  readonly dataDir?: string;
  /** Buckets to create at start (existing ones are kept). */
  readonly buckets?: readonly string[];
}

interface S3rverInstance {
  run(): Promise<unknown>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

const require = createRequire(import.meta.url);

/**
 * Lets a page of any origin post a presigned upload form and read the answer,
 * as the web app does with identity proofs (its progress listener makes the
 * browser ask first), and read a file through a five-minute download link, as
 * the staff console does when the attachment route redirects its fetch there.
 * A district's bucket allows only its web origin.
 */
const BROWSER_UPLOAD_CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * Starts @20minutes/s3rver, an S3-protocol server that verifies SigV4
 * signatures (s3rver 3 does not). It enforces no presigned-POST policy
 * conditions, so the server's own post-upload checks are what tests can prove.
 */
export async function startS3(options: S3Options = {}): Promise<RunningEmulator> {
  const S3rver = require('@20minutes/s3rver') as S3rverConstructor;
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port, 'the S3 emulator');
  const directory = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ogi-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: (options.buckets ?? []).map((name) => ({
      name,
      configs: [BROWSER_UPLOAD_CORS],
    })),
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await server.close();
      // A scratch folder of its own goes with it; a data folder the caller gave stays.
      if (options.dataDir === undefined) rmSync(directory, { recursive: true, force: true });
    },
  };
}
