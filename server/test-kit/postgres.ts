import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './child-process';

const script = path.join(repoRoot, 'scripts', 'pg-throwaway.sh');

/**
 * A throwaway PostgreSQL server (scripts/pg-throwaway.sh) in the folder `dir` on `port`: `url` is its database
 * `helpline`. fsync is off (tests only) unless `durable`, as the bench measures production.
 */
export const startThrowawayPostgres = (dir: string, port: number, { durable = false } = {}) => {
  const env = { ...process.env, PG_FSYNC: durable ? 'on' : 'off' };
  const run = (...args: string[]) => execFileSync('bash', [script, ...args], { env, encoding: 'utf8' }).trim();
  const url = run('start', dir, String(port));
  return {
    url,
    /** `pg_ctl stop -m fast`: every connection is ended at once (57P01), new ones are refused. */
    stop: () => void run('stop', dir),
    /** Starts the stopped server again with its data. */
    resume: () => void run('resume', dir, String(port)),
  };
};
