import { configDefaults, defineConfig } from 'vitest/config';

// Integration tests start real databases (a PGlite instance takes seconds on a busy 2-core machine) and processes.
// Files named *.pg.int.test.ts need PostgreSQL (several processes on one database) and run when DATABASE_URL is set.
// The fault tests (faults/*.fault.test.ts) kill and restart servers and databases: `npm run faults`, not `npm test`.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    exclude: [...configDefaults.exclude, 'faults/**', ...(process.env.DATABASE_URL ? [] : ['**/*.pg.int.test.ts'])],
  },
});
