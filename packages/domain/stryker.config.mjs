// Mutation testing of the statutory rules: `pnpm mutate` at the root.
// Slow (tens of minutes on two cores), so it is not part of `pnpm test` or CI.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/clock/**/*.ts',
    'src/calendar/**/*.ts',
    'src/fees/**/*.ts',
    // Data, not rules: the notices' dates are checked day by day against
    // chinese-days (calendar.data.test.ts); mutating a date or a notice's title
    // tests that cross-check, not the arithmetic.
    '!src/calendar/national-notices.ts',
    // The index that imports each year's notice file: no rule to mutate.
    '!src/calendar/notices/**',
  ],
  testRunner: 'vitest',
  // Named, not found by a `@stryker-mutator/*` scan: pnpm does not hoist the runner beside core.
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  // The machine's two cores are shared: one test runner at a time.
  concurrency: 1,
  // Reruns test only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 80, break: null },
  // Instrumented property tests take seconds; leave room on a busy machine.
  timeoutMS: 10_000,
};
