import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Chat, closeAll, createSupervisor, openChats, staffUp, startLoad } from './rig';
import { type ServerEnv, type ServerProcess, startServer } from './server-process';
import { faultSuite } from './suite';
import { broken, faultNow, NOTHING_BROKEN, report, tally } from './verify';
import { since, until } from './wait';

const CHATS = 100;
const COUNSELLORS = 20;
const CAPACITY = 5;
const PACE_MS = 2000;
const ACKED = 2;
const DRAIN_SECONDS = 10;
/** What a client may be told and send again after (the contract's "retry the same request"). */
const RETRYABLE = ['UNAVAILABLE', 'RATE_LIMITED'];

const suite = faultSuite();

type Step = { exitCode: number | null; drainMs: number; moved: number; movedInMs: number };

/**
 * SIGTERM to `old` during a burst of sends, as systemd or an orchestrator stops it for an upgrade: it must drain and exit
 * 0 in time, and every client on it must be on `other`, caught up, before a new process takes `old`'s port.
 */
const restart = async (
  env: ServerEnv,
  chats: Chat[],
  load: ReturnType<typeof startLoad>,
  old: ServerProcess,
  other: ServerProcess,
) => {
  const links = chats.flatMap((c) => [c.visitor.link, c.counsellor.link]);
  const onOld = links.filter((l) => l.stats.url === old.url);
  await load.burst(CHATS, 0);
  const fault = faultNow();
  const exitCode = await old.stop('SIGTERM');
  const drainMs = since(fault.faultAt);
  await until(() => links.every((l) => l.isReady()), 60_000, 'every client on the other process and caught up');
  const movedInMs = Math.max(0, ...onOld.map((l) => Math.round(l.stats.readyAt - fault.faultAt)));
  const moved = onOld.filter((l) => l.stats.url === other.url).length;
  const fresh = await startServer(env, old.port);
  await until(() => load.eachAcked(ACKED, fault.faultAt) || load.refused().length > 0, 60_000, 'messages after');
  return { fault, fresh, step: { exitCode, drainMs, moved, movedInMs } satisfies Step, onOld: onOld.length };
};

describe('a rolling restart of both of two server processes on one PostgreSQL', () => {
  it('each drains on SIGTERM and exits 0 in time; its clients carry on at the other; nothing lost or doubled, no error a client cannot retry', async () => {
    const env: ServerEnv = {
      DATA_DIR: suite.dataDir,
      HELPLINE_KEYS_FILE: path.join(suite.dataDir, 'keys.json'),
      DATABASE_URL: await suite.postgres.newDatabase(),
      HELPLINE_DRAIN_SECONDS: String(DRAIN_SECONDS),
    };
    const secret = createSupervisor(env);
    const a = await startServer(env);
    const b = await startServer(env);
    const cookies = await staffUp(a.url, secret, COUNSELLORS, CAPACITY);
    const chats = await openChats(cookies, CHATS, (i) => (i % 2 === 0 ? [a.url, b.url] : [b.url, a.url]));
    const load = startLoad(chats, PACE_MS);
    await until(() => load.eachAcked(ACKED) || load.refused().length > 0, 60_000, 'messages before the restarts');

    const first = await restart(env, chats, load, a, b);
    const second = await restart(env, chats, load, b, first.fresh);
    await load.stop();
    const t = await tally(chats, first.fault);
    const released = chats.flatMap((c) => c.counsellor.ended);

    report(`rolling restart of two processes during ${CHATS} chats on PostgreSQL`, {
      ...t,
      'A: exit, drain (ms)': `${first.step.exitCode}, ${first.step.drainMs}`,
      'A: clients moved to B': `${first.step.moved} of ${first.onOld}, all caught up in ${first.step.movedInMs} ms`,
      'B: exit, drain (ms)': `${second.step.exitCode}, ${second.step.drainMs}`,
      "B: clients moved to A'": `${second.step.moved} of ${second.onOld}, all caught up in ${second.step.movedInMs} ms`,
      'chats released or requeued': released.length,
    });
    for (const { step, onOld } of [first, second]) {
      expect(step.exitCode).toBe(0);
      expect(step.drainMs).toBeLessThan(DRAIN_SECONDS * 1000);
      expect(onOld).toBeGreaterThan(0);
      expect(step.moved).toBe(onOld);
    }
    expect(load.refused()).toEqual([]);
    expect(Object.keys(t.errors).filter((code) => !RETRYABLE.includes(code))).toEqual([]);
    expect(released).toEqual([]);
    expect(t.inFlightAtFault).toBeGreaterThan(0);
    expect(broken(t)).toEqual(NOTHING_BROKEN);
    closeAll(chats);
    await Promise.all([first.fresh.stop(), second.fresh.stop()]);
  });
});
