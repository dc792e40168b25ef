import path from 'node:path';
import { createVisitorSocket } from '@helpline/shared/client';
import { describe, expect, it } from 'vitest';
import { closeAll, createSupervisor, openChats, staffUp, startLoad } from './rig';
import { isRunning, startServer } from './server-process';
import { faultSuite } from './suite';
import { broken, faultNow, NOTHING_BROKEN, report, tally } from './verify';
import { since, until } from './wait';

const CHATS = 100;
const COUNSELLORS = 20;
const CAPACITY = 5;
const PACE_MS = 2000;
const ACKED = 3;
/** The outage lasts until this many sends were refused with UNAVAILABLE. */
const REFUSED_DURING_OUTAGE = 100;

const suite = faultSuite();

/** What a returning visitor's new connection is told (its token is looked up in the database). */
const handshakeAnswer = (url: string) =>
  new Promise<string>((resolve) => {
    const socket = createVisitorSocket(url, () => 'a'.repeat(43), { reconnection: false, forceNew: true });
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error.message);
    });
  });

const unavailable = (sides: ReturnType<typeof startLoad>['sides']) =>
  sides.reduce((n, s) => n + (s.errors.get('UNAVAILABLE') ?? 0), 0);

describe('PostgreSQL restarted under load', () => {
  it('sends during the outage answer UNAVAILABLE and succeed when retried; the server lives on; nothing acknowledged is lost', async () => {
    const databaseUrl = await suite.postgres.newDatabase();
    const env = {
      DATA_DIR: suite.dataDir,
      HELPLINE_KEYS_FILE: path.join(suite.dataDir, 'keys.json'),
      DATABASE_URL: databaseUrl,
    };
    const secret = createSupervisor(env);
    const server = await startServer(env);
    const cookies = await staffUp(server.url, secret, COUNSELLORS, CAPACITY);
    const chats = await openChats(cookies, CHATS, () => [server.url]);
    const load = startLoad(chats, PACE_MS);
    await until(() => load.eachAcked(ACKED) || load.refused().length > 0, 120_000, 'messages before the restart');
    // The stop comes during a burst (every sender's next message at once), so transactions are cut off mid-way.
    await load.burst(CHATS, 0);

    const fault = faultNow();
    suite.postgres.stop();
    const stoppedIn = since(fault.faultAt);
    await until(
      () => unavailable(load.sides) >= REFUSED_DURING_OUTAGE || load.refused().length > 0,
      60_000,
      'refusals',
    );
    const rest = await fetch(`${server.url}/api/programmes`);
    const restBody = await rest.json();
    const health = (await fetch(`${server.url}/api/health`)).status;
    const handshake = await handshakeAnswer(server.url);
    const aliveDuringOutage = isRunning(server);
    const backAt = performance.now();
    suite.postgres.resume();
    const outageMs = since(fault.faultAt);
    const listening = until(
      () => suite.postgres.backends(databaseUrl, 'LISTEN%'),
      60_000,
      'the adapter listening again',
    ).then(() => since(backAt));
    await until(() => load.eachAcked(1, backAt) || load.refused().length > 0, 60_000, 'a send after the restart');
    const recovered = load.sides
      .map((side) => Math.min(...side.sent.map((o) => (o.ack && o.ack.at > backAt ? o.ack.at - backAt : Infinity))))
      .sort((x, y) => x - y);
    const at = (q: number) => Math.round(recovered[Math.floor(q * (recovered.length - 1))] ?? 0);
    await until(() => load.eachAcked(ACKED, backAt) || load.refused().length > 0, 120_000, 'sends after the restart');
    const listeningIn = await listening;
    await load.stop();
    const t = await tally(chats, fault);

    report(`PostgreSQL stopped (-m fast) and started again under ${CHATS} chats`, {
      ...t,
      'stop took (ms)': stoppedIn,
      'outage (ms)': outageMs,
      'REST during outage': `${rest.status} ${JSON.stringify(restBody)}`,
      'health during outage': health,
      'new connection during outage': handshake,
      'back to a sender acked (ms)': `first ${at(0)}, median ${at(0.5)}, last ${at(1)}`,
      'back to adapter LISTEN (ms)': listeningIn,
      'client reconnects': chats.reduce((n, c) => n + c.visitor.link.stats.drops + c.counsellor.link.stats.drops, 0),
    });
    expect(load.refused()).toEqual([]);
    expect(aliveDuringOutage && isRunning(server)).toBe(true);
    expect(Object.keys(t.errors)).toEqual(['UNAVAILABLE']);
    expect(t.errors.UNAVAILABLE).toBeGreaterThanOrEqual(REFUSED_DURING_OUTAGE);
    expect(t.inFlightAtFault).toBeGreaterThan(0);
    // Every send was answered (none hung until the client gave up): refused with UNAVAILABLE, or stored.
    expect(t.resent).toBe(0);
    expect(rest.status).toBe(503);
    expect(restBody).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(health).toBe(503);
    expect(handshake).toBe('UNAVAILABLE');
    // A connection whose socket died with a write pending came back poisoned (suite.postgres.js 3.4.9, patched): its
    // reconnects never sent their startup and hung to the 10 s connect timeout, holding up everything behind them.
    expect(server.output()).not.toContain('CONNECT_TIMEOUT');
    expect(broken(t)).toEqual(NOTHING_BROKEN);
    closeAll(chats);
    await server.stop();
  });
});
