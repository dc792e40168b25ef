import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type PostgresServer, startPostgres } from './postgres-server';
import { assertBuilt, killAll } from './server-process';

/**
 * A fault test file's own PostgreSQL and data folder, made before its tests; after them (also when one failed or timed
 * out) every server it started is killed and both are removed.
 */
export const faultSuite = () => {
  const suite = { postgres: undefined as unknown as PostgresServer, dataDir: '' };
  beforeAll(() => {
    assertBuilt();
    suite.postgres = startPostgres();
    suite.dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-faults-'));
  });
  afterAll(async () => {
    await killAll();
    await suite.postgres?.remove();
    if (suite.dataDir) rmSync(suite.dataDir, { recursive: true, force: true });
  });
  return suite;
};
