import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that spawn the CLI run dist/: rebuild it first when a source is newer.
    globalSetup: ['test/support/build-if-stale.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Test files are independent (each builds its own mock app with its own state), so they run in
    // parallel on worker threads (cheaper to start than forked processes), one per core, and a worker
    // keeps its loaded modules between files: the mock's modules are imported once per worker, not once
    // per file. Module-level state in src/ is only immutable tables and caches of pure results.
    pool: 'threads',
    poolOptions: { threads: { maxThreads: Math.max(2, availableParallelism()), minThreads: 1 } },
    isolate: false,
  },
});
