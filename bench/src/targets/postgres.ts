import { execFileSync } from 'node:child_process';
import { startThrowawayPostgres } from '@helpline/server/testing';

/** A fresh PostgreSQL of the bench's own, durable as in production: fsync on, a commit waits for the disk. */
export const startPostgres = (dir: string, port: number) => startThrowawayPostgres(dir, port, { durable: true });

/** The version of the PostgreSQL the bench starts (the newest installed). */
export const postgresVersion = () =>
  execFileSync('bash', ['-c', '"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version'], {
    encoding: 'utf8',
  }).trim();
