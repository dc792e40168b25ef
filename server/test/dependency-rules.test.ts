import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/ARCHITECTURE.md, checked by reading the import statements of every source file (TypeScript 7
 * has no compiler API for a dependency tool to use). Each rule lists its violations as `file -> import`.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP = new Set(['node_modules', '.next', 'dist', 'build', '.turbo', 'test-results', 'playwright-report']);

const sourcesUnder = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourcesUnder(rel);
    return /\.(ts|tsx|mts|cts|js|mjs|jsx)$/.test(entry.name) ? [rel] : [];
  });

// Static and dynamic imports, re-exports, side-effect imports and require calls.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** Every module specifier a file imports. */
const importsOf = (source: string) => [...source.matchAll(IMPORT)].map((m) => m[1] ?? '');

type Import = { file: string; specifier: string; resolved: string | null };
const importsUnder = (dir: string): Import[] =>
  sourcesUnder(dir).flatMap((file) =>
    importsOf(readFileSync(path.join(root, file), 'utf8')).map((specifier) => ({
      file,
      specifier,
      resolved: specifier.startsWith('.') ? path.join(path.dirname(file), specifier) : null,
    })),
  );
const shown = (found: Import[]) => found.map((i) => `${i.file} -> ${i.specifier}`);

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '');

describe('dependency rules', () => {
  it('reads every kind of import statement', () => {
    const source = `import a from 'a';\nimport type { B } from "b";\nimport {\n  c,\n} from '../c';\nexport * from './d';\nimport 'e';\nconst f = await import('f');\nconst g = require('g');`;
    expect(importsOf(source)).toEqual(['a', 'b', '../c', './d', 'e', 'f', 'g']);
  });

  it('domain modules never import the HTTP or realtime layers', () => {
    const found = importsUnder('server/src/modules').filter(
      (i) =>
        i.resolved !== null &&
        (i.resolved.startsWith(path.join('server', 'src', 'http')) ||
          i.resolved.startsWith(path.join('server', 'src', 'realtime'))),
    );
    expect(shown(found)).toEqual([]);
  });

  it('the web app never imports the database package or the server', () => {
    const found = importsUnder('web').filter(
      (i) =>
        /^@helpline\/(db|server)(\/|$)/.test(i.specifier) ||
        (i.resolved !== null && /^(server|drizzle)(\/|$)/.test(i.resolved)),
    );
    expect(shown(found)).toEqual([]);
  });

  it('shared imports no Node built-in (its tsconfig has no DOM or Node types either)', () => {
    const found = importsUnder('shared/src').filter((i) => isNodeBuiltin(i.specifier));
    expect(shown(found)).toEqual([]);
  });
});
