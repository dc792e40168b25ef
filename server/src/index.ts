import { createDb, DataDirInUseError, migrate, pendingMigrations, seed } from '@helpline/db';
import { createApp } from './app';
import { createFileClock, systemClock } from './clock';
import { loadEnv } from './env';
import { createLogger } from './logger';
import { assertKeysFor } from './modules/crypto/boot-check';
import { createWebHandler, isWebBuilt } from './web';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

if (env.HELPLINE_SERVE_WEB && !isWebBuilt()) {
  fail(
    'The web app is not built: run `npm run build` (or `npm start` at the repository root), or set HELPLINE_SERVE_WEB=false.',
  );
}

const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir }).catch((error: unknown) =>
  fail(error instanceof DataDirInUseError ? error.message : `Cannot open the database: ${String(error)}`),
);
// HELPLINE_MIGRATE=false: `npm run migrate` is a step of its own (a rolling upgrade); this process waits for it.
if (env.HELPLINE_MIGRATE) {
  await migrate(db);
  await seed(db);
}

const clock = env.HELPLINE_TEST_CLOCK_FILE ? createFileClock(env.HELPLINE_TEST_CLOCK_FILE) : systemClock;
if (env.HELPLINE_TEST_CLOCK_FILE) {
  logger.warn({ file: env.HELPLINE_TEST_CLOCK_FILE }, 'test clock: the time is what this file says');
}
const web = env.HELPLINE_SERVE_WEB ? await createWebHandler(clock) : undefined;
const app = createApp({ env, db, logger, clock, web });
const port = await app.listen(env.PORT, env.HOST);
logger.info(
  { host: env.HOST, port, database: db.kind, web: Boolean(web), metricsPort: app.metricsPort() },
  'helpline listening',
);

let stopping = false;
/**
 * SIGTERM (or SIGINT) drains: see `drain` in app.ts. Exit 0 once drained; 1 if HELPLINE_DRAIN_SECONDS ran out first.
 */
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  const budgetMs = env.HELPLINE_DRAIN_SECONDS * 1000;
  logger.info({ signal, drainSeconds: env.HELPLINE_DRAIN_SECONDS }, 'draining');
  const force = setTimeout(() => {
    logger.error({ drainSeconds: env.HELPLINE_DRAIN_SECONDS }, 'drain ran out of time');
    process.exit(1);
  }, budgetMs);
  force.unref();
  // A second for the database to close within the budget.
  await app.drain(Math.max(0, budgetMs - 1000));
  await db.close();
  logger.info({ signal }, 'drained');
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// /readyz answers 503 until the migrations are current and the keys file holds every key the database needs.
const MIGRATIONS_POLL_MS = 2000;
for (let told = false; !stopping; told = true) {
  const pending = await pendingMigrations(db).catch(() => -1);
  if (pending === 0) break;
  if (!told)
    logger.warn(
      { pending },
      pending < 0 ? 'cannot read the migrations: waiting for the database' : 'waiting for `npm run migrate`',
    );
  await new Promise((resolve) => setTimeout(resolve, MIGRATIONS_POLL_MS));
}
if (!stopping) {
  await assertKeysFor(db, env.keysFile).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  app.readiness.started();
  process.stdout.write(
    `Helpline is running at http://${env.HOST}:${port} (${db.kind === 'pglite' ? `embedded database in ${env.dataDir}` : 'PostgreSQL'})\n`,
  );
}
