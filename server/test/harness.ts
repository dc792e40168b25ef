import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { migrate, openPglite, seed } from '@helpline/db';
import { createTestDb, type TestDb, testServerUrl } from '@helpline/db/testing';
import { createApp } from '../src/app';
import { createManualClock, type ManualClock } from '../src/clock';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import type { WebHandler } from '../src/web';

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** Captures every log line the app writes, so tests can assert what never appears in logs. */
const captureLogs = () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
};

/** The real app on port 0 over a fresh database (PGlite, or PostgreSQL when DATABASE_URL is set). */
/** An embedded database in files (for tests that read what reached the disk), else a fresh test database. */
const openDb = async (dataDir: string, onDisk: boolean): Promise<TestDb> => {
  if (!onDisk || testServerUrl()) return createTestDb();
  const db = await openPglite(dataDir);
  await migrate(db);
  await seed(db);
  return { ...db, cleanup: db.close };
};

/**
 * The app as `npm start` runs it, listening on port 0 and started (ready). `starting`: left as a process is before its
 * boot checks passed (`/readyz` 503); the test calls `app.readiness.started()`.
 */
export const startTestApp = async (
  opts: {
    clock?: ManualClock;
    env?: Record<string, string>;
    onDisk?: boolean;
    web?: WebHandler;
    starting?: boolean;
  } = {},
) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-test-'));
  const db = await openDb(dataDir, opts.onDisk ?? false);
  const parsed = parseEnv({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    HELPLINE_SERVE_WEB: 'false',
    // Every REST answer a test gets is checked against its route table schema.
    HELPLINE_CHECK_ANSWERS: 'true',
    // On PostgreSQL the app shares rooms through the database, as in production.
    ...(db.url ? { DATABASE_URL: db.url } : {}),
    ...opts.env,
  });
  if (!parsed.ok) throw new Error(parsed.line);
  const clock = opts.clock ?? createManualClock();
  const logs = captureLogs();
  const app = createApp({ env: parsed.env, db, logger: createLogger('debug', logs.stream), clock, web: opts.web });
  const port = await app.listen(0, '127.0.0.1');
  if (!opts.starting) app.readiness.started();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    app,
    db,
    clock,
    env: parsed.env,
    dataDir,
    logs: logs.lines,
    close: async () => {
      await app.close();
      await db.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
