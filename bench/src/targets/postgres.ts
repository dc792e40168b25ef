import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './server-process';

const script = path.join(repoRoot, 'scripts', 'pg-throwaway.sh');

/** A fresh PostgreSQL of the bench's own, durable as in production: fsync on, a commit waits for the disk. */
export const startPostgres = (dir: string, port: number) => {
  const url = execFileSync('bash', [script, 'start', dir, String(port)], {
    env: { ...process.env, PG_FSYNC: 'on' },
    encoding: 'utf8',
  }).trim();
  return { url, stop: () => void execFileSync('bash', [script, 'stop', dir]) };
};

/** The version of the PostgreSQL the bench starts (the newest installed). */
export const postgresVersion = () =>
  execFileSync('bash', ['-c', '"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version'], {
    encoding: 'utf8',
  }).trim();
