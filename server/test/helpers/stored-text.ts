import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rowsOf } from '@helpline/db';
import { sql } from 'drizzle-orm';
import type { TestApp } from '../harness';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

/**
 * Everything the test app's database holds, as text: the files on disk (PGlite, closed first, so the app is done with
 * it) or every row of every table (PostgreSQL). For canary scans: what must never be stored must not appear in it.
 */
export const everythingStored = async (t: TestApp): Promise<string> => {
  if (t.db.kind === 'pglite') {
    await t.db.close();
    // Postgres's own sample configuration (pg_hba.conf) names 127.0.0.1; the data and the WAL are what count.
    const data = filesUnder(t.dataDir).filter((f) => !f.endsWith('.conf'));
    return data.map((f) => readFileSync(f).toString('latin1')).join('\n');
  }
  const tables = rowsOf<{ tablename: string }>(
    await t.db.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`),
  );
  const dumps = await Promise.all(
    tables.map(async ({ tablename }) =>
      JSON.stringify(rowsOf(await t.db.db.execute(sql.raw(`select t::text as row from "${tablename}" t`)))),
    ),
  );
  return dumps.join('\n');
};
