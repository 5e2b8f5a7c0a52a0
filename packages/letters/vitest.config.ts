import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests are CPU-bound: CI runs every package's tests at once on two cores.
    testTimeout: 30_000,
  },
});
