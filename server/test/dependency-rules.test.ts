import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/ARCHITECTURE.md are checked by Biome as you type (biome.json: `noRestrictedImports` per folder,
 * `noNodejsModules` in shared, `noProcessEnv`, `noImportCycles`). This file keeps only what Biome cannot say:
 * - Biome matches a specifier as written, so biome.json lists relative forms at the depths the folders have today
 *   (`../../http/...` from `modules/<domain>/`); here every relative import is resolved, at any depth or spelling
 *   (`../audit/../../services`, a new sub-folder).
 * - Biome's `patterns` see import and export statements but not `require()` calls.
 * - `noProcessEnv` sees `process.env` but not `const { env } = process`.
 * - `noImportCycles` sees cycles of files, not type-only ones: here no two module folders may import each other, by
 *   any kind of import, directly or through others, and `modules/access` imports no other module.
 * - The folders beneath the modules (`batching/`, `limits/`) have no Biome override: here they import nothing else of
 *   the server.
 * Each rule lists its violations as `file -> import`.
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
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\b(require)\s*\(\s*)['"]([^'"]+)['"]/g;

/** Every module specifier a file imports, and whether through `require()`. */
const importsOf = (source: string) =>
  [...source.matchAll(IMPORT)].map((m) => ({ specifier: m[2] ?? '', required: m[1] !== undefined }));

/** A relative specifier as a repo-relative path, with '/' and without extension or `/index`: `server/src/services`. */
const resolve = (file: string, specifier: string) =>
  path
    .join(path.dirname(file), specifier)
    .split(path.sep)
    .join('/')
    .replace(/\/$/, '')
    .replace(/\.(ts|tsx|mts|cts|js|mjs|jsx)$/, '')
    .replace(/\/index$/, '');

type Import = { file: string; specifier: string; required: boolean; resolved: string | null };
const importsUnder = (dir: string): Import[] =>
  sourcesUnder(dir).flatMap((file) =>
    importsOf(readFileSync(path.join(root, file), 'utf8')).map(({ specifier, required }) => ({
      file,
      specifier,
      required,
      resolved: specifier.startsWith('.') ? resolve(file, specifier) : null,
    })),
  );
const shown = (found: Import[]) => found.map((i) => `${i.file} -> ${i.specifier}`);

/** A resolved path is `target` or inside it. */
const within = (resolved: string, target: string) => resolved === target || resolved.startsWith(`${target}/`);
const relativeInto = (dir: string, targets: string[]) =>
  importsUnder(dir).filter((i) => i.resolved !== null && targets.some((t) => within(i.resolved ?? '', t)));
const relativeOutOf = (dir: string) => importsUnder(dir).filter((i) => i.resolved !== null && !within(i.resolved, dir));

const SERVER_SRC = 'server/src';
const MODULES = `${SERVER_SRC}/modules`;
const WIRING = ['services', 'deps', 'app', 'index'].map((f) => `${SERVER_SRC}/${f}`);

describe('dependency rules Biome cannot check', () => {
  it('reads every kind of import statement', () => {
    const source = `import a from 'a';\nimport type { B } from "b";\nimport {\n  c,\n} from '../c';\nexport * from './d';\nimport 'e';\nconst f = await import('f');\nconst g = require('g');`;
    expect(importsOf(source)).toEqual([
      ...['a', 'b', '../c', './d', 'e', 'f'].map((specifier) => ({ specifier, required: false })),
      { specifier: 'g', required: true },
    ]);
  });

  it('resolves a relative import however it is spelled', () => {
    const file = path.join('server', 'src', 'modules', 'audit', 'audit.service.ts');
    expect(resolve(file, '../audit/../../services.js')).toBe('server/src/services');
    expect(resolve(file, '../..')).toBe('server/src');
    expect(resolve(file, '../../http/')).toBe('server/src/http');
  });

  it('domain modules never reach the HTTP or realtime layers or the wiring, at any depth', () => {
    const found = relativeInto('server/src/modules', [`${SERVER_SRC}/http`, `${SERVER_SRC}/realtime`, ...WIRING]);
    // `server/src` itself resolves to index.ts.
    const srcRoot = importsUnder('server/src/modules').filter((i) => i.resolved === SERVER_SRC);
    expect(shown([...found, ...srcRoot])).toEqual([]);
  });

  it('the HTTP and realtime layers never reach each other or the wiring (services, deps, app, index)', () => {
    const found = [
      ...relativeInto('server/src/http', [`${SERVER_SRC}/realtime`, ...WIRING]),
      ...relativeInto('server/src/realtime', [`${SERVER_SRC}/http`, ...WIRING]),
      ...[...importsUnder('server/src/http'), ...importsUnder('server/src/realtime')].filter(
        (i) => i.resolved === SERVER_SRC,
      ),
    ];
    expect(shown(found)).toEqual([]);
  });

  it('shared, drizzle and web reach other workspaces only through their package names', () => {
    const found = ['shared', 'drizzle', 'web'].flatMap(relativeOutOf);
    expect(shown(found)).toEqual([]);
  });

  it('modules/access, the rules every module shares, imports no other module', () => {
    const found = importsUnder(`${MODULES}/access`).filter(
      (i) => i.resolved !== null && within(i.resolved, MODULES) && !within(i.resolved, `${MODULES}/access`),
    );
    expect(shown(found)).toEqual([]);
  });

  it('batching/ and limits/, beneath the modules, import nothing else of the server', () => {
    const found = ['server/src/batching', 'server/src/limits'].flatMap(relativeOutOf);
    expect(shown(found)).toEqual([]);
  });

  it('no two module folders import each other, also through others or by type (noImportCycles sees files only)', () => {
    const folderOf = (resolved: string) => resolved.slice(MODULES.length + 1).split('/')[0] ?? '';
    const uses = new Map<string, Set<string>>();
    for (const i of importsUnder(MODULES)) {
      if (i.resolved === null || !within(i.resolved, MODULES)) continue;
      const [from, to] = [folderOf(i.file.split(path.sep).join('/')), folderOf(i.resolved)];
      if (from !== to) uses.set(from, (uses.get(from) ?? new Set()).add(to));
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(uses.get(from) ?? [])].some(
        (next) => next === target || (!seen.has(next) && seen.add(next) && reaches(next, target, seen)),
      );
    const cycles = [...uses.keys()].filter((folder) => reaches(folder, folder));
    expect(cycles).toEqual([]);
  });

  it('the layered folders use no require(), which Biome does not check against the layers', () => {
    const found = ['server/src', 'shared', 'drizzle/src', 'web/src'].flatMap((dir) =>
      importsUnder(dir).filter((i) => i.required),
    );
    expect(shown(found)).toEqual([]);
  });

  it('the server reads process.env only in env.ts, also not by destructuring (noProcessEnv sees process.env only)', () => {
    const found = sourcesUnder(SERVER_SRC).filter(
      (file) =>
        file !== path.join(SERVER_SRC, 'env.ts') &&
        /\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
