import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts DynamoDB Local and the S3 emulator once for every test file.
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
