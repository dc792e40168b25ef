import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, migrate, migrationsFolder, pendingMigrations } from './create-db';
import { seed } from './seed';
import { tableRows, writeRowEverywhere } from './test-rows';
import { createTestDb, type TestDb, testServerUrl } from './testing';

type Journal = { entries: { idx: number; tag: string; when: number }[] };
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
const tags = journal.entries.map((e) => e.tag);

/** A migrations folder holding only the first `count` committed migrations: the schema as a release then had it. */
const firstMigrations = (root: string, count: number) => {
  const folder = path.join(root, String(count));
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  for (const tag of tags.slice(0, count))
    copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  return folder;
};

/** Every row of every table, as `table -> rows` (JSON, so dates and bytes compare by value). */
const everything = async (db: DbHandle) =>
  JSON.parse(JSON.stringify(await tableRows(db))) as Record<string, Record<string, unknown>[]>;

/** Rows in one order whatever order the database gave them in. */
const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

/** The rows of `after`, each cut to the columns the rows of `before` had. */
const cutTo = (before: Record<string, unknown>[], after: Record<string, unknown>[]) =>
  after.map((row) => Object.fromEntries(Object.keys(before[0] ?? {}).map((k) => [k, row[k]])));

let t: TestDb;
let root: string;
beforeAll(async () => {
  t = await createTestDb({ empty: true });
  root = mkdtempSync(path.join(tmpdir(), 'helpline-migrations-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe(`migrations, one at a time over a database holding data (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a fresh database has every migration pending', async () => {
    expect(await pendingMigrations(t)).toBe(tags.length);
  });

  it.each(tags.map((tag, i) => [tag, i + 1] as const))(
    '%s applies to the data of the release before it, keeps that data, and takes rows of its own',
    async (_tag, count) => {
      const before = await everything(t);
      await migrate(t, firstMigrations(root, count));
      expect(await pendingMigrations(t)).toBe(tags.length - count);
      const after = await everything(t);
      for (const [table, rows] of Object.entries(before)) {
        // A migration here changes no stored value: a later one that rewrites data on purpose says so here.
        expect(sorted(cutTo(rows, after[table] ?? [])), table).toEqual(sorted(rows));
      }
      const written = await writeRowEverywhere(t, `m${count}`);
      expect(written, 'every table takes a row of its own').toEqual(Object.keys(after).sort());
    },
  );

  it('after the last one the schema is current and the seed runs over the data', async () => {
    expect(await pendingMigrations(t)).toBe(0);
    await migrate(t);
    await seed(t);
    expect(await pendingMigrations(t)).toBe(0);
  });
});
