import { defineConfig } from 'vitest/config';

// `npm run faults`: the compiled server as real child processes, killed and restarted under load, and a PostgreSQL
// server of the suite's own stopped and started (FAULTS_PG_PORT, default 25440). One file at a time: each loads the
// machine on its own.
export default defineConfig({
  test: {
    include: ['faults/**/*.fault.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
