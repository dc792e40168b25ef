import { defineConfig } from 'vitest/config';

// The `~/` alias of tsconfig.json (Next.js reads it itself).
export default defineConfig({ resolve: { tsconfigPaths: true } });
