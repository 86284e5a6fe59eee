import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    // Vitest's default on two cores is one file at a time. Most integration
    // files wait on servers in other processes, so three at once keep both
    // cores busy; the end-to-end files still run one by one.
    maxWorkers: 3,
    projects: [
      // Property tests run hundreds of cases: on two busy cores one can pass 5 s.
      // Unit tests share no state between files, so they share one module graph per worker (five times faster).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // A condition polled for is awaited until it holds: on two busy cores a worker's first job may take seconds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
          // Browsers are heavy on two cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
