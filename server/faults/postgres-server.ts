import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DbHandle, openPostgres } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { startThrowawayPostgres } from '../test-kit';

/**
 * A PostgreSQL server of the fault suite's own (scripts/pg-throwaway.sh), on FAULTS_PG_PORT, so a test may stop and
 * start it under load without disturbing anything else. The default lies below the ephemeral port range (32768 and
 * up): while it is stopped, no client connection can take its port, nor connect to itself on it.
 */
export const startPostgres = () => {
  const port = Number(process.env.FAULTS_PG_PORT ?? 25440);
  const base = mkdtempSync(path.join(tmpdir(), 'helpline-faults-pg-'));
  chmodSync(base, 0o755); // the postgres user reaches its data folder inside
  const { url, stop, resume } = startThrowawayPostgres(path.join(base, 'pg'), port);
  const admin: DbHandle = openPostgres(url, 1);
  return {
    /** A new empty database on this server; the server process migrates it at start. */
    newDatabase: async () => {
      const name = `faults_${randomBytes(4).toString('hex')}`;
      await admin.query(sql.raw(`create database ${name}`));
      const at = new URL(url);
      at.pathname = `/${name}`;
      return at.toString();
    },
    /** `pg_ctl stop -m fast`: every connection is ended at once (57P01), new ones are refused. */
    stop,
    /** Starts the stopped server again with its data. */
    resume,
    /** Backends of a database (by its URL) running a query like `pattern`. */
    backends: async (databaseUrl: string, pattern: string) => {
      const name = new URL(databaseUrl).pathname.slice(1);
      const rows = await admin.query<{ n: number }>(
        sql`select count(*)::int as n from pg_stat_activity where datname = ${name} and query like ${pattern}`,
      );
      return rows[0]?.n ?? 0;
    },
    remove: async () => {
      await admin.close();
      stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
};
export type PostgresServer = ReturnType<typeof startPostgres>;
