import { join } from 'node:path';
import {
  LOCAL_DYNAMODB_CREDENTIALS,
  LOCAL_REGION,
  type RunningEmulator,
  startDynamoDbLocal,
} from './dynamodb-local.js';
import { LOCAL_S3_CREDENTIALS, startS3 } from './s3.js';
import { LOCAL_SES_REGION, type StoredEmail, startSes } from './ses.js';

export * from './dynamodb-local.js';
export { localFolder, workspaceRoot } from './paths.js';

import { assertPortFree } from './ports.js';

export { assertPortFree, EmulatorError, freePort } from './ports.js';
export * from './s3.js';
export * from './ses.js';
export * from './stack-file.js';

export interface EmulatorOptions {
  /** Keep DynamoDB and S3 data here across restarts; absent, everything is scratch. */
  readonly dataDir?: string;
  readonly ports?: { dynamodb?: number; s3?: number; ses?: number };
  readonly buckets?: readonly string[];
}

/** The three emulators and the client settings that reach them. */
export interface Emulators {
  readonly dynamodb: RunningEmulator & {
    readonly clientConfig: {
      endpoint: string;
      region: string;
      credentials: typeof LOCAL_DYNAMODB_CREDENTIALS;
    };
  };
  readonly s3: RunningEmulator & {
    readonly clientConfig: {
      endpoint: string;
      region: string;
      credentials: typeof LOCAL_S3_CREDENTIALS;
      forcePathStyle: true;
    };
  };
  readonly ses: RunningEmulator & {
    readonly clientConfig: {
      endpoint: string;
      region: string;
      credentials: typeof LOCAL_DYNAMODB_CREDENTIALS;
    };
    emails(): Promise<StoredEmail[]>;
  };
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local, the S3 emulator and the SES emulator side by side.
 * Every store, handler and stack test talks to these over the wire.
 */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const ports = options.ports ?? {};
  if (ports.dynamodb) await assertPortFree(ports.dynamodb, 'DynamoDB Local');
  if (ports.s3) await assertPortFree(ports.s3, 'the S3 emulator');
  if (ports.ses) await assertPortFree(ports.ses, 'the SES emulator');
  const started = await Promise.allSettled([
    startDynamoDbLocal({
      ...(options.ports?.dynamodb ? { port: options.ports.dynamodb } : {}),
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'dynamodb') } : {}),
    }),
    startS3({
      ...(options.ports?.s3 ? { port: options.ports.s3 } : {}),
      ...(options.dataDir ? { dataDir: join(options.dataDir, 's3') } : {}),
      buckets: options.buckets ?? [],
    }),
    startSes(options.ports?.ses ? { port: options.ports.ses } : {}),
  ]);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    // Leave nothing running behind a failed start.
    await Promise.all(
      started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)),
    );
    throw failure.reason;
  }
  const [dynamodb, s3, ses] = started.map(
    (result) => (result as PromiseFulfilledResult<RunningEmulator>).value,
  ) as [RunningEmulator, RunningEmulator, RunningEmulator & { emails(): Promise<StoredEmail[]> }];
  return {
    dynamodb: {
      ...dynamodb,
      clientConfig: {
        endpoint: dynamodb.endpoint,
        region: LOCAL_REGION,
        credentials: LOCAL_DYNAMODB_CREDENTIALS,
      },
    },
    s3: {
      ...s3,
      clientConfig: {
        endpoint: s3.endpoint,
        region: LOCAL_REGION,
        credentials: LOCAL_S3_CREDENTIALS,
        forcePathStyle: true,
      },
    },
    ses: {
      ...ses,
      clientConfig: {
        endpoint: ses.endpoint,
        region: LOCAL_SES_REGION,
        credentials: LOCAL_DYNAMODB_CREDENTIALS,
      },
    },
    stop: async () => {
      await Promise.all([dynamodb.stop(), s3.stop(), ses.stop()]);
    },
  };
}
