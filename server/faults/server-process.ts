import { existsSync } from 'node:fs';
import path from 'node:path';
import { baseEnv, runStaffCli, type ServerProcess, startServer as startKitServer } from '../test-kit';

/** What every process of a fault test shares: the data folder (or PostgreSQL) and the keys; how long a drain may take. */
export type ServerEnv = {
  DATA_DIR: string;
  HELPLINE_KEYS_FILE: string;
  DATABASE_URL?: string;
  HELPLINE_DRAIN_SECONDS?: string;
};

const processEnv = (env: ServerEnv): NodeJS.ProcessEnv => ({
  ...baseEnv(),
  HOST: '127.0.0.1',
  HELPLINE_SERVE_WEB: 'false',
  LOG_LEVEL: 'warn',
  // Every simulated visitor comes from 127.0.0.1.
  HELPLINE_VISITORS_PER_CLIENT: '10000',
  ...env,
});

export const assertBuilt = () => {
  if (!existsSync(path.resolve(import.meta.dirname, '..', 'dist', 'index.js')))
    throw new Error(
      'server/dist is missing: run `npx turbo run build --filter=@helpline/server` (npm run faults does)',
    );
};

/** The compiled staff CLI, as an operator runs it (on PGlite only while no server holds the data folder). */
export const staffCli = (env: ServerEnv, args: string[], password: string) =>
  runStaffCli({ entry: 'dist', env: { ...processEnv(env), PORT: '0' }, args, password });

export type { ServerProcess };

/** Every server process a fault test started, so none outlives a failed or timed-out test (see `killAll`). */
const started = new Set<ServerProcess>();

/** kill -9 of whatever server process is still running, awaiting their exit: each fault test file's last hook. */
export const killAll = async () => {
  await Promise.all([...started].map((server) => server.kill9()));
  started.clear();
};

/** `node server/dist/index.js` as `npm start` runs it (API and Socket.IO only), ready once /readyz answers 200. */
export const startServer = async (env: ServerEnv, port?: number): Promise<ServerProcess> => {
  const server = await startKitServer({ entry: 'dist', env: processEnv(env), port });
  started.add(server);
  return server;
};

/** Whether the process still runs (it has neither exited nor been killed). */
export const isRunning = (server: ServerProcess) => server.isRunning();
