import { startEmulators } from '@ogi/emulators';
import type { TestProject } from 'vitest/node';

/** The bucket the S3 emulator creates for the tests. */
export const TEST_BUCKET = 'uploads';

interface ClientSettings {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodb: ClientSettings;
    s3: ClientSettings & { forcePathStyle: true; bucket: string };
  }
}

/** Starts the emulators once for the run; each test file makes its own table. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const emulators = await startEmulators({ buckets: [TEST_BUCKET] });
  project.provide('dynamodb', emulators.dynamodb.clientConfig);
  project.provide('s3', { ...emulators.s3.clientConfig, bucket: TEST_BUCKET });
  return () => emulators.stop();
}
