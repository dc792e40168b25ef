import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAll, createSupervisor, openChats, staffUp, startLoad } from './rig';
import { isRunning, startServer } from './server-process';
import { faultSuite } from './suite';
import { broken, faultNow, NOTHING_BROKEN, report, tally } from './verify';
import { until } from './wait';

const CHATS = 100;
const COUNSELLORS = 20;
const CAPACITY = 5;
const PACE_MS = 2000;
const ACKED = 3;
const BURST_ANSWERED = 60;

const suite = faultSuite();

describe('one of two server processes on one PostgreSQL killed', () => {
  it('its visitors and counsellors reconnect to the other and carry on; counsellors keep their chats; nothing acknowledged is lost', async () => {
    const env = {
      DATA_DIR: suite.dataDir,
      HELPLINE_KEYS_FILE: path.join(suite.dataDir, 'keys.json'),
      DATABASE_URL: await suite.postgres.newDatabase(),
    };
    const secret = createSupervisor(env);
    const a = await startServer(env);
    const b = await startServer(env);
    const cookies = await staffUp(a.url, secret, COUNSELLORS, CAPACITY);
    // Behind a load balancer: every client knows both; half start on A, half on B.
    const chats = await openChats(cookies, CHATS, (i) => (i % 2 === 0 ? [a.url, b.url] : [b.url, a.url]));
    const links = chats.flatMap((c) => [c.visitor.link, c.counsellor.link]);
    const acrossProcesses = chats.filter((c) => c.visitor.link.stats.url !== c.counsellor.link.stats.url).length;
    const load = startLoad(chats, PACE_MS);
    await until(() => load.eachAcked(ACKED) || load.refused().length > 0, 120_000, 'messages before the kill');
    await load.burst(CHATS, BURST_ANSWERED);

    const onA = new Set(links.filter((l) => l.stats.url === a.url));
    const fault = faultNow();
    await a.kill9();
    await until(() => links.every((l) => l.isReady()), 60_000, 'every client on B and resumed');
    const moved = [...onA].map((l) => l.stats.readyAt - fault.faultAt).sort((x, y) => x - y);
    const at = (q: number) => Math.round(moved[Math.floor(q * (moved.length - 1))] ?? 0);
    await until(() => load.eachAcked(ACKED, fault.faultAt) || load.refused().length > 0, 120_000, 'messages after');
    await load.stop();
    const t = await tally(chats, fault);
    const released = chats.flatMap((c) => c.counsellor.ended);

    report(`one of two processes killed (kill -9) during ${CHATS} chats on PostgreSQL`, {
      ...t,
      'chats across A and B': acrossProcesses,
      'clients moved from A to B': onA.size,
      'kill to moved and resumed (ms)': `first ${at(0)}, median ${at(0.5)}, all ${at(1)}`,
      'chats released or requeued': released.length,
    });
    expect(load.refused()).toEqual([]);
    expect(acrossProcesses).toBeGreaterThan(0);
    expect(onA.size).toBeGreaterThan(0);
    expect(links.every((l) => l.stats.url === b.url)).toBe(true);
    expect(isRunning(b)).toBe(true);
    expect(released).toEqual([]);
    expect(t.errors).toEqual({});
    expect(t.inFlightAtFault).toBeGreaterThan(0);
    expect(broken(t)).toEqual(NOTHING_BROKEN);
    closeAll(chats);
    await b.stop();
  });
});
