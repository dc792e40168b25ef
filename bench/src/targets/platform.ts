import path from 'node:path';
import { runStaffCli } from '@helpline/server/testing';
import { repoRoot, type ServerProcess, startServerProcess } from './server-process';

export const BENCH_PASSWORD = 'benchmark passphrase only';
const SUPERVISOR = 'bench-supervisor';

/** The platform as `npm start` runs it (the compiled server), API and sockets only, set up for the load generator. */
const platformEnv = (dataDir: string, databaseUrl?: string) => ({
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  HELPLINE_SERVE_WEB: 'false',
  // Every bench visitor comes from an address of its own, as real visitors do; the per-client limits stay as shipped.
  HELPLINE_TRUST_PROXY: '1',
  // A campaign's worth of new visitors in minutes: the per-process bound is raised, as an operator would for one.
  HELPLINE_VISITORS_PER_PROCESS: '1000000',
  // The bench's supervisor only sets opening hours; a second factor would change nothing measured.
  HELPLINE_REQUIRE_TOTP: 'false',
  LOG_LEVEL: 'warn',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});

export const post = (url: string, route: string, body: unknown, cookie = '') =>
  fetch(`${url}${route}`, {
    method: route.endsWith('/hours') ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });

export const loginCookie = async (url: string, username: string, password = BENCH_PASSWORD) => {
  const answer = await post(url, '/api/auth/login', { username, password });
  if (!answer.ok) throw new Error(`login of ${username}: ${answer.status} ${await answer.text()}`);
  return (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

export type Platform = ServerProcess & { supervisorCookie: string };

/**
 * Starts one server process on `dataDir` (PGlite) or `databaseUrl`. The first start on a database makes the bench's
 * supervisor with the staff CLI and opens Helpwanted around the clock.
 */
export const startPlatform = async ({
  dataDir,
  databaseUrl,
  first = true,
}: {
  dataDir: string;
  databaseUrl?: string;
  first?: boolean;
}): Promise<Platform> => {
  const env = platformEnv(dataDir, databaseUrl);
  if (first) {
    const args = ['--username', SUPERVISOR, '--alias', 'Bench', '--role', 'supervisor', '--programmes', 'helpwanted'];
    runStaffCli({
      entry: 'dist',
      env: { ...process.env, ...env },
      args: ['create', ...args],
      password: BENCH_PASSWORD,
    });
  }
  const server = await startServerProcess(path.join(repoRoot, 'server', 'dist', 'index.js'), {
    env,
    label: 'helpline',
  });
  const supervisorCookie = await loginCookie(server.url, SUPERVISOR);
  if (first) {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    const hours = { timezone: 'Europe/Amsterdam', weekly: week, exceptions: [], maxWaitMinutes: 240 };
    const answer = await post(server.url, '/api/programmes/helpwanted/hours', hours, supervisorCookie);
    if (!answer.ok) throw new Error(`opening hours: ${answer.status} ${await answer.text()}`);
  }
  return { ...server, supervisorCookie };
};
