import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The district configs are a package of their own, with their own tests.
    include: ['test/**/*.test.ts'],
    // Importing aws-cdk-lib and bundling the handlers takes a while on two cores.
    testTimeout: 120_000,
    // One process for every file: the shipped districts' stacks (and the
    // handlers' bundles) are built once, not once per file (test/support).
    isolate: false,
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
