import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests are CPU-bound: CI runs every package's tests at once on two cores.
    testTimeout: 30_000,
    // A mutation run that was stopped leaves its sandbox (a copy of test/) behind.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
  },
});
