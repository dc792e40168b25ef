import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDb, type TestDb, testServerUrl } from '@helpline/db/testing';
import { ReadinessAnswer } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, freePort, until } from '../test-kit';
import { runScript } from './helpers/server-process';

let dataDir: string;
let empty: TestDb | undefined;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-migrate-'));
  // On PostgreSQL a database of its own, never migrated; on PGlite a new data folder.
  empty = testServerUrl() ? await createTestDb({ empty: true }) : undefined;
  env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HELPLINE_SERVE_WEB: 'false',
    ...(empty?.url ? { DATABASE_URL: empty.url } : {}),
  };
});
afterAll(async () => {
  await empty?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The server process with HELPLINE_MIGRATE=false, once it answers /livez. */
const startWithoutMigrating = async () => {
  const port = await freePort();
  const run: Child = runScript('src/index.ts', { ...env, PORT: String(port), HELPLINE_MIGRATE: 'false' });
  const url = `http://127.0.0.1:${port}`;
  await until(
    () =>
      fetch(`${url}/livez`).then(
        (r) => r.ok,
        () => false,
      ),
    60_000,
    '/livez',
    100,
  );
  return { run, url };
};
const readyz = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: ReadinessAnswer.parse(await res.json()) };
};
const migrateStep = async () => {
  const run = runScript('src/cli/migrate.cli.ts', env);
  return { code: await run.exited, output: run.output().trim() };
};

describe(`migrations as their own step: HELPLINE_MIGRATE=false and npm run migrate (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a server on an unmigrated database runs but is not ready until `npm run migrate` has run, then serves', async () => {
    const first = await startWithoutMigrating();
    const waiting = await readyz(first.url);
    expect(waiting.status).toBe(503);
    expect(waiting.body).toMatchObject({ ready: false, state: 'starting', checks: { migrations: 'pending' } });
    expect(waiting.body.pendingMigrations).toBeGreaterThan(5);

    let server = first;
    if (testServerUrl()) {
      // Several processes on PostgreSQL: the step runs beside the waiting server, which then becomes ready.
      const step = await migrateStep();
      expect(step).toMatchObject({
        code: 0,
        output: expect.stringMatching(/^Applied \d+ migrations: the database is current\.$/),
      });
    } else {
      // The embedded database is one process's: the step runs while no server holds the data folder.
      const refused = await migrateStep();
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use/i);
      expect(await first.run.stop()).toBe(0);
      const step = await migrateStep();
      expect(step).toMatchObject({ code: 0, output: expect.stringMatching(/^Applied \d+ migrations/) });
      server = await startWithoutMigrating();
    }
    await until(async () => (await readyz(server.url)).status === 200, 30_000, '/readyz 200', 200);
    expect((await readyz(server.url)).body.checks).toEqual({ database: 'ok', migrations: 'current', keys: 'loaded' });
    expect((await fetch(`${server.url}/api/programmes`)).status).toBe(200);
    expect(await server.run.stop()).toBe(0);
    expect(await migrateStep()).toEqual({ code: 0, output: 'The database was current: no migration to apply.' });
  }, 180_000);
});
