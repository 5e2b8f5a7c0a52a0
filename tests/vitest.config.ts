import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each stack suite starts DynamoDB Local (Java), the S3 and SES emulators.
    hookTimeout: 90_000,
    testTimeout: 60_000,
    // One stack per file, two files at a time: what 2 cores carry without timeouts.
    maxWorkers: 2,
  },
});
