import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ManualClock } from '../../src/clock';
import { baseEnv, runSource, type ServerProcess, startServer } from '../../test-kit';
import { startTestApp, type TestApp } from '../harness';

/** Runs a server script of this workspace from its source as its own process with the given environment. */
export const runScript = (script: string, env: Record<string, string>, args: string[] = []) =>
  runSource(script, { ...baseEnv(), ...env }, args);

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
export const startServerProcess = (env: Record<string, string>): Promise<ServerProcess> =>
  startServer({
    entry: 'source',
    env: {
      ...baseEnv(),
      HELPLINE_SERVE_WEB: 'false',
      LOG_LEVEL: 'warn',
      HELPLINE_VISITOR_FORGET_MINUTES: '1440',
      // Nor does it take the first process's visitors (stamped on its manual clock) for gone.
      HELPLINE_VISITOR_GONE_SECONDS: '86400',
      ...env,
    },
  });

/**
 * The in-process app A (on DATABASE_URL, manual clock) and a real second server process B on the same database. B runs
 * on the real clock, or with `shareClock` from where A's stands (its test clock file) and on from there: opening hours
 * and queue times then agree between the two whatever the hour the suite runs at.
 */
export const startTwoProcesses = async (clock: ManualClock, { shareClock = false } = {}) => {
  const a = await startTestApp({ clock });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-b-'));
  const clockFile = path.join(dataDir, 'test-clock');
  if (shareClock) writeFileSync(clockFile, `${clock.now().toISOString()}\n`);
  const b = await startServerProcess({
    DATABASE_URL: a.db.url ?? '',
    DATA_DIR: dataDir,
    HELPLINE_KEYS_FILE: a.env.keysFile,
    ...(shareClock ? { HELPLINE_TEST_CLOCK_FILE: clockFile, HELPLINE_ALLOW_TEST_CLOCK: 'true' } : {}),
  });
  return { a, b, onB: (): TestApp => ({ ...a, url: b.url }) };
};

export const stopTwoProcesses = async ({ a, b }: { a: TestApp; b: ServerProcess }) => {
  await b.stop();
  await a.close();
};
