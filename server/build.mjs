// Compiles the server and its CLIs into dist/ with esbuild. The workspace packages (@helpline/shared, @helpline/db)
// are bundled from their TypeScript sources; every other package stays an import resolved from node_modules.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const clis = readdirSync(path.join(here, 'src', 'cli'))
  .filter((file) => file.endsWith('.cli.ts'))
  .map((file) => `src/cli/${file}`);

await build({
  absWorkingDir: here,
  entryPoints: ['src/index.ts', 'src/env-check.ts', ...clis],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@helpline/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
