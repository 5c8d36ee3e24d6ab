// Unit and integration tests run in plain Node (better-sqlite3 built for
// Node's ABI), never inside Electron. Forks rather than threads: native
// modules and process.env changes stay isolated per test file. The global
// setup builds the print worker (test/setup/pdf-worker.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    setupFiles: ['test/setup/env.ts'],
    globalSetup: ['test/setup/pdf-worker.ts'],
  },
});
