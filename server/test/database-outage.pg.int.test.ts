import { randomUUID } from 'node:crypto';
import { type DbHandle, openPostgres } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { chat, member } from './helpers/chats';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

/** A promise and the function that settles it: one side of a test waits for the other. */
const signal = () => {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fire, fired };
};

// What a database connection lost under the server does (PostgreSQL only: PGlite runs inside the process). The
// fault suite (`npm run faults`) restarts a whole PostgreSQL server under load; these are its quick regressions.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;
let admin: DbHandle;
/** A second connection, to hold a row lock while `admin` looks on. */
let locker: DbHandle;

/** Backends of the test database other than the asking one, matching `where`. */
const backends = async (where: ReturnType<typeof sql>) =>
  admin.query<{ pid: number }>(
    sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and ${where}`,
  );

beforeAll(async () => {
  two = await startTwoProcesses(clock);
  a = two.a;
  admin = openPostgres(a.db.url ?? '', 1);
  locker = openPostgres(a.db.url ?? '', 1);
});
afterAll(async () => {
  await admin.close();
  await locker.close();
  await stopTwoProcesses(two);
});

describe('a database connection lost under the server', () => {
  it('a send whose connection is terminated answers UNAVAILABLE, and the same clientId is then stored once', async () => {
    const counsellor = await member(a, { programmes: ['helpwanted'] });
    const { conversationId, visitor } = await chat(a, counsellor, 'helpwanted', { keepOpen: true });
    const clientId = randomUUID();
    const { fire: release, fired: released } = signal();
    const { fire: locked, fired: isLocked } = signal();
    // Holding the conversation's row keeps the send waiting on its lock, so its connection is the one terminated.
    const holding = locker.db.transaction(async (tx) => {
      await tx.execute(sql`select id from conversations where id = ${conversationId} for update`);
      locked();
      await released;
    });
    await isLocked;
    const answer = ask(visitor.socket, 'message:send', { conversationId, clientId, body: 'tijdens de storing' });
    const waiting = await waitFor(async () => (await backends(sql`wait_event_type = 'Lock'`))[0]?.pid ?? 0);
    await admin.query(sql`select pg_terminate_backend(${waiting})`);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    release();
    await holding;

    const retried = await ask(visitor.socket, 'message:send', { conversationId, clientId, body: 'tijdens de storing' });
    expect(retried).toMatchObject({ ok: true, message: { seq: 1, clientId } });
    const resumed = await ask(counsellor.socket, 'conversation:resume', { conversationId });
    expect(resumed.conversation.messages.map((m) => m.clientId)).toEqual([clientId]);
    visitor.socket.close();
    counsellor.socket.close();
  }, 60_000);

  it('a connection lost mid-transaction answers the next query itself, not with the old error (postgres.js patched)', async () => {
    const single = openPostgres(a.db.url ?? '', 1);
    const { fire: release, fired: released } = signal();
    const { fire: locked, fired: isLocked } = signal();
    const holding = locker.db.transaction(async (tx) => {
      await tx.execute(sql`select id from programmes where id = 'helpwanted' for update`);
      locked();
      await released;
    });
    await isLocked;
    const blocked = single.db
      .transaction(async (tx) => {
        await tx.execute(sql`update programmes set name = name where id = 'helpwanted'`);
      })
      .catch((error: unknown) => error);
    const waiting = await waitFor(async () => (await backends(sql`wait_event_type = 'Lock'`))[0]?.pid ?? 0);
    await admin.query(sql`select pg_terminate_backend(${waiting})`);
    expect(await blocked).toBeInstanceOf(Error);
    release();
    await holding;
    // Unpatched, the reconnected connection answered its first query with the old backend's 57P01.
    await single.ping();
    await single.close();
  }, 60_000);

  it('every connection terminated: the second process lives on, its adapter listens again, and messages cross', async () => {
    const listening = () => backends(sql`query like 'LISTEN%'`);
    expect(await listening()).toHaveLength(2);
    await admin.query(sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`);
    await waitFor(async () => (await listening()).length === 2, 20_000);
    expect(two.b.child.exitCode).toBeNull();

    const anna = await createStaff(a, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(two.onB(), await loginAs(two.onB(), anna));
    const assigned = next(counsellor, 'conversation:assigned');
    expect(await ask(counsellor, 'presence:set', { status: 'available' })).toEqual({ ok: true });
    const { socket: visitor } = await visitorSocket(a);
    const joined = await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    expect(joined.ok).toBe(true);
    const conversationId = String(joined.conversationId);
    expect((await assigned).conversation.id).toBe(conversationId);
    const atCounsellor = next(counsellor, 'message');
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'van proces A' });
    expect(await atCounsellor).toMatchObject({ body: 'van proces A' });
    const atVisitor = next(visitor, 'message');
    await ask(counsellor, 'message:send', { conversationId, clientId: randomUUID(), body: 'van proces B' });
    expect(await atVisitor).toMatchObject({ body: 'van proces B' });
    expect(two.b.child.exitCode).toBeNull();
    visitor.close();
    counsellor.close();
  }, 60_000);
});
