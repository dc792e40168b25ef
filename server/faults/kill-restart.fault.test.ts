import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from './postgres-server';
import { closeAll, createSupervisor, openChats, staffUp, startLoad } from './rig';
import { assertBuilt, killAll, type ServerEnv, startServer } from './server-process';
import { broken, faultNow, NOTHING_BROKEN, report, tally } from './verify';
import { since, until } from './wait';

/** The pid a PGlite lock file names (it also records the holder's start time). */
const lockHolder = (lock: string) => (JSON.parse(readFileSync(lock, 'utf8')) as { pid: number }).pid;

const CHATS = 100;
const COUNSELLORS = 20;
const CAPACITY = 5;
/** Each side of each chat sends about one message every two seconds: 100 messages a second in all. */
const PACE_MS = 2000;
const ACKED_BEFORE = 3;
const ACKED_AFTER = 3;
/** The kill comes during a burst (every sender's next message at once), once this many are answered and not the rest. */
// The kill comes as soon as the burst is on its way: with group commit a whole burst can be answered at once.
const BURST_ANSWERED = 0;

let postgres: PostgresServer;
const folders: string[] = [];
beforeAll(() => {
  assertBuilt();
  postgres = startPostgres();
});
afterAll(async () => {
  await killAll();
  await postgres?.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.each(['PGlite', 'PostgreSQL'])(
  'kill -9 of the server during 100 active chats, then a restart (%s)',
  (database) => {
    it(`on ${database}: every visitor and counsellor resumes; nothing acknowledged lost, nothing doubled, order kept`, async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-faults-'));
      folders.push(dataDir);
      const env: ServerEnv = {
        DATA_DIR: dataDir,
        HELPLINE_KEYS_FILE: path.join(dataDir, 'keys.json'),
        ...(database === 'PostgreSQL' ? { DATABASE_URL: await postgres.newDatabase() } : {}),
      };
      const secret = createSupervisor(env);
      const first = await startServer(env);
      const cookies = await staffUp(first.url, secret, COUNSELLORS, CAPACITY);
      const chats = await openChats(cookies, CHATS, () => [first.url]);
      const load = startLoad(chats, PACE_MS);
      const refused = () => load.refused().length > 0;
      await until(() => load.eachAcked(ACKED_BEFORE) || refused(), 120_000, 'messages before the kill');
      await load.burst(CHATS, BURST_ANSWERED);

      const fault = faultNow();
      await first.kill9();
      const lock = path.join(dataDir, 'pglite.lock');
      // PGlite: the killed process's lock is left behind, naming a process that is gone.
      const staleLock = database === 'PGlite' ? lockHolder(lock) : null;
      const restartAt = performance.now();
      const second = await startServer(env, first.port);
      const upIn = since(fault.faultAt);
      const links = chats.flatMap((c) => [c.visitor.link, c.counsellor.link]);
      await until(() => links.every((l) => l.isReady()), 60_000, 'every client reconnected and resumed');
      const resumed = links.map((l) => l.stats.readyAt - fault.faultAt).sort((a, b) => a - b);
      const at = (q: number) => Math.round(resumed[Math.floor(q * (resumed.length - 1))] ?? 0);
      await until(() => load.eachAcked(ACKED_AFTER, restartAt) || refused(), 120_000, 'messages after the restart');
      await load.stop();
      const t = await tally(chats, fault);

      report(`kill -9 during ${CHATS} chats on ${database}`, {
        ...t,
        'kill to healthy again (ms)': upIn,
        'kill to resumed (ms)': `first ${at(0)}, median ${at(0.5)}, all ${at(1)}`,
        ...(staleLock
          ? { 'stale lock of pid': `${staleLock} (killed ${first.pid}), taken over by ${second.pid}` }
          : {}),
      });
      expect(load.refused()).toEqual([]);
      expect(broken(t)).toEqual(NOTHING_BROKEN);
      expect(t.ackedBeforeFault).toBeGreaterThanOrEqual(CHATS * 2 * ACKED_BEFORE);
      expect(t.inFlightAtFault).toBeGreaterThan(0);
      expect(t.errors).toEqual({});
      expect(chats.every((c) => c.visitor.link.stats.drops >= 1 && c.counsellor.link.stats.drops >= 1)).toBe(true);
      if (staleLock !== null) {
        expect(staleLock).toBe(first.pid);
        expect(lockHolder(lock)).toBe(second.pid);
      }
      closeAll(chats);
      await second.stop();
      if (database === 'PGlite') expect(existsSync(lock)).toBe(false);
    });
  },
);
