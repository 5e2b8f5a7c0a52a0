import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { RunningEmulator } from './dynamodb-local.js';
import { assertPortFree, freePort } from './ports.js';

const require = createRequire(import.meta.url);

export const LOCAL_SES_REGION = 'aws-ses-v2-local';

/** One e-mail as aws-ses-v2-local keeps it (GET /store). */
export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { to: string[]; cc: string[]; bcc: string[] };
  readonly subject: string;
  readonly body: { text?: string; html?: string };
  readonly at: number;
}

/** Starts aws-ses-v2-local, which accepts SESv2 SendEmail and keeps every mail for inspection. */
export async function startSes(
  options: { port?: number } = {},
): Promise<RunningEmulator & { emails(): Promise<StoredEmail[]> }> {
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port, 'the SES emulator');
  const sesLocal = (require('aws-ses-v2-local') as { default: (config: object) => Promise<Server> })
    .default;
  const server = await sesLocal({ host: '127.0.0.1', port });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    emails: async () => {
      const response = await fetch(`${endpoint}/store`);
      return ((await response.json()) as { emails: StoredEmail[] }).emails;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
