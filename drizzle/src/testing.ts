import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type DbHandle, migrate, openPglite, openPostgres } from './create-db';
import { seed } from './seed';

export type TestDb = DbHandle & { url?: string; cleanup: () => Promise<void> };

/** The PostgreSQL server the tests run on (DATABASE_URL), or undefined for PGlite (vitest configs read it on their own). */
export const testServerUrl = (): string | undefined => process.env.DATABASE_URL;

/**
 * A fresh, migrated and seeded database for one test file: a new database on the PostgreSQL server of DATABASE_URL
 * when it is set (dropped by cleanup), else an in-memory PGlite. `empty`: neither migrated nor seeded.
 */
export const createTestDb = async (opts: { maxConnections?: number; empty?: boolean } = {}): Promise<TestDb> => {
  const prepare = async (db: DbHandle) => {
    if (opts.empty) return;
    await migrate(db);
    await seed(db);
  };
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const db = await openPglite();
    await prepare(db);
    return { ...db, cleanup: db.close };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(serverUrl, 1);
  await admin.query(sql.raw(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), opts.maxConnections ?? 10);
  await prepare(db);
  return {
    ...db,
    url: url.toString(),
    cleanup: async () => {
      await db.close();
      await admin.query(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
};
