import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/server-process';
import { until } from './wait';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'server', 'dist');

/** What every process of a fault test shares: the data folder (or PostgreSQL) and the keys. */
export type ServerEnv = { DATA_DIR: string; HELPLINE_KEYS_FILE: string; DATABASE_URL?: string };

const processEnv = (env: ServerEnv, port: number): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production' as const,
  HOST: '127.0.0.1',
  PORT: String(port),
  HELPLINE_SERVE_WEB: 'false',
  LOG_LEVEL: 'warn',
  // Every simulated visitor comes from 127.0.0.1.
  HELPLINE_VISITORS_PER_CLIENT: '10000',
  ...env,
});

export const assertBuilt = () => {
  if (!existsSync(path.join(dist, 'index.js')))
    throw new Error(
      'server/dist is missing: run `npx turbo run build --filter=@helpline/server` (npm run faults does)',
    );
};

/** The compiled staff CLI, as an operator runs it (on PGlite only while no server holds the data folder). */
export const staffCli = (env: ServerEnv, args: string[], password: string) => {
  const run = spawnSync(process.execPath, [path.join(dist, 'cli', 'staff.cli.js'), ...args], {
    cwd: root,
    env: { ...processEnv(env, 0), HELPLINE_PASSWORD: password },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`staff ${args[0]} failed: ${run.stderr}${run.stdout}`);
  return run.stdout;
};

export type ServerProcess = {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  output: () => string;
  /** kill -9: no shutdown code runs. */
  kill9: () => Promise<void>;
  /** SIGTERM and wait (graceful shutdown). */
  stop: () => Promise<void>;
};

/** Every server process a fault test started, so none outlives a failed or timed-out test (see `killAll`). */
const started = new Set<ChildProcess>();

/** kill -9 of whatever server process is still running: each fault test file's last hook. */
export const killAll = () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
};

/** `node server/dist/index.js` as `npm start` runs it (API and Socket.IO only), ready once /api/health answers 200. */
export const startServer = async (env: ServerEnv, port?: number): Promise<ServerProcess> => {
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(dist, 'index.js')], {
    cwd: root,
    env: processEnv(env, listenOn),
  });
  started.add(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += String(d);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenOn}`;
  const healthy = () =>
    fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
  try {
    await until(async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited: ${output}`);
      return healthy();
    }, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    url,
    port: listenOn,
    pid: child.pid ?? 0,
    child,
    output: () => output,
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
};

/** Whether the process still runs (it has neither exited nor been killed). */
export const isRunning = (server: ServerProcess) => server.child.exitCode === null && server.child.signalCode === null;
