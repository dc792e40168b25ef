import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.resolve(serverDir, '..', 'node_modules', '.bin', 'tsx');

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export type ServerProcess = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Runs a server script of this workspace as its own process with the given environment. */
export const runScript = (script: string, env: Record<string, string>, args: string[] = []) => {
  const child = spawn(tsx, [script, ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += String(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/**
 * A time for the in-process app of a two-process test: today at 11:00 UTC, when Helpwanted is open every day. The
 * second process runs on the real clock, so the two must stay within the visitor forget window of each other.
 */
export const todayWhileOpen = () => {
  const at = new Date();
  at.setUTCHours(11, 0, 0, 0);
  return at;
};

/**
 * A real second server process (API only, real clock), ready when /api/health answers. It forgets visitors only after
 * a day, so visitors stamped by the first process's manual clock (same day) are not forgotten under the test.
 */
export const startServerProcess = async (env: Record<string, string>): Promise<ServerProcess> => {
  const port = await freePort();
  const run = runScript('src/index.ts', {
    HELPLINE_SERVE_WEB: 'false',
    LOG_LEVEL: 'warn',
    HELPLINE_VISITOR_FORGET_MINUTES: '1440',
    // Nor does it take the first process's visitors (stamped on its manual clock) for gone.
    HELPLINE_VISITOR_GONE_SECONDS: '86400',
    ...env,
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`server exited: ${run.output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ...run, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  run.child.kill('SIGKILL');
  throw new Error(`server did not start: ${run.output()}`);
};

/** The in-process app A (on DATABASE_URL, manual clock) and a real second server process B on the same database. */
export const startTwoProcesses = async (clock: ManualClock) => {
  const a = await startTestApp({ clock });
  const b = await startServerProcess({
    DATABASE_URL: a.db.url ?? '',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'helpline-b-')),
    HELPLINE_KEYS_FILE: a.env.keysFile,
  });
  return { a, b, onB: (): TestApp => ({ ...a, url: b.url }) };
};

export const stopTwoProcesses = async ({ a, b }: { a: TestApp; b: ServerProcess }) => {
  b.child.kill('SIGTERM');
  await b.exited;
  await a.close();
};
