import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The district configs are a package of their own, with their own tests.
    include: ['test/**/*.test.ts'],
    // Importing aws-cdk-lib and bundling the handlers takes a while on two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
