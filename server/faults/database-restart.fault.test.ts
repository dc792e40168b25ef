import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from './postgres-server';
import { closeAll, createSupervisor, openChats, staffUp, startLoad } from './rig';
import { assertBuilt, isRunning, startServer } from './server-process';
import { broken, faultNow, NOTHING_BROKEN, report, tally } from './verify';
import { since, until } from './wait';

const CHATS = 100;
const COUNSELLORS = 20;
const CAPACITY = 5;
const PACE_MS = 2000;
const ACKED = 3;
/** The outage lasts until this many sends were refused with UNAVAILABLE. */
const REFUSED_DURING_OUTAGE = 100;

let postgres: PostgresServer;
let dataDir: string;
beforeAll(() => {
  assertBuilt();
  postgres = startPostgres();
  dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-faults-'));
});
afterAll(async () => {
  await postgres.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const unavailable = (sides: ReturnType<typeof startLoad>['sides']) =>
  sides.reduce((n, s) => n + (s.errors.get('UNAVAILABLE') ?? 0), 0);

describe('PostgreSQL restarted under load', () => {
  it('sends during the outage answer UNAVAILABLE and succeed when retried; the server lives on; nothing acknowledged is lost', async () => {
    const databaseUrl = await postgres.newDatabase();
    const env = { DATA_DIR: dataDir, HELPLINE_KEYS_FILE: path.join(dataDir, 'keys.json'), DATABASE_URL: databaseUrl };
    const secret = createSupervisor(env);
    const server = await startServer(env);
    const cookies = await staffUp(server.url, secret, COUNSELLORS, CAPACITY);
    const chats = await openChats(cookies, CHATS, () => [server.url]);
    const load = startLoad(chats, PACE_MS);
    await until(() => load.eachAcked(ACKED) || load.refused().length > 0, 120_000, 'messages before the restart');
    // The stop comes during a burst (every sender's next message at once), so transactions are cut off mid-way.
    await load.burst(CHATS, 0);

    const fault = faultNow();
    postgres.stop();
    const stoppedIn = since(fault.faultAt);
    await until(
      () => unavailable(load.sides) >= REFUSED_DURING_OUTAGE || load.refused().length > 0,
      60_000,
      'refusals',
    );
    const rest = await fetch(`${server.url}/api/programmes`);
    const restBody = await rest.json();
    const health = (await fetch(`${server.url}/api/health`)).status;
    const aliveDuringOutage = isRunning(server);
    const backAt = performance.now();
    postgres.resume();
    const outageMs = since(fault.faultAt);
    const listening = until(
      () => postgres.backends(databaseUrl, 'LISTEN%'),
      60_000,
      'the adapter listening again',
    ).then(() => since(backAt));
    await until(() => load.eachAcked(1, backAt) || load.refused().length > 0, 60_000, 'a send after the restart');
    const firstAllIn = since(backAt);
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
      'back to every sender acked (ms)': firstAllIn,
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
    expect(broken(t)).toEqual(NOTHING_BROKEN);
    closeAll(chats);
    await server.stop();
  });
});
