// Unit and integration tests run in plain Node (better-sqlite3 built for
// Node's ABI), never inside Electron. Forks rather than threads: native
// modules and process.env changes stay isolated per test file. The global
// setup builds the print worker (test/setup/pdf-worker.ts).
//
// Timeouts are a guard against a hang, never a verdict: a test must decide
// the same way on a loaded 2-core machine (CI) as on an idle one, where
// vitest's 5 s default failed tests that spawn the built CLI or start a
// server. A test that needs longer still says so itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['test/setup/env.ts'],
    globalSetup: ['test/setup/pdf-worker.ts'],
  },
});
