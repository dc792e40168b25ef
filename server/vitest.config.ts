import { configDefaults, defineConfig } from 'vitest/config';

// Integration tests start real databases (a PGlite instance takes seconds on a busy 2-core machine) and processes.
// Files named *.pg.int.test.ts need PostgreSQL (several processes on one database) and run when DATABASE_URL is set.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : ['**/*.pg.int.test.ts'])],
  },
});
