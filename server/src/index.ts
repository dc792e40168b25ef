import { createDb, DataDirInUseError, migrate, seed } from '@helpline/db';
import { createApp } from './app';
import { systemClock } from './clock';
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
await migrate(db);
await seed(db);
await assertKeysFor(db, env.keysFile).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);

const web = env.HELPLINE_SERVE_WEB ? await createWebHandler() : undefined;
const app = createApp({ env, db, logger, clock: systemClock, web });
const port = await app.listen(env.PORT, env.HOST);
logger.info({ host: env.HOST, port, database: db.kind, web: Boolean(web) }, 'helpline listening');
process.stdout.write(
  `Helpline is running at http://${env.HOST}:${port} (${db.kind === 'pglite' ? `embedded database in ${env.dataDir}` : 'PostgreSQL'})\n`,
);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
