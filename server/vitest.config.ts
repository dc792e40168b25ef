import { defineConfig } from 'vitest/config';

// Integration tests start real databases (a PGlite instance takes seconds on a busy 2-core machine) and processes.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false } });
