import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

// Two processes share state only through PostgreSQL (PGlite is one process by design): a *.pg test, run with DATABASE_URL.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;
/** Process B seen through the same helpers as A. */
const onB = () => two.onB();

beforeAll(async () => {
  two = await startTwoProcesses(clock);
  a = two.a;
});
afterAll(() => stopTwoProcesses(two));

describe('two server processes on one PostgreSQL', () => {
  it('a visitor on one and a counsellor on the other: assigned, and messages flow both ways', async () => {
    const anna = await createStaff(a, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(onB(), await loginAs(onB(), anna));
    const assigned = next(counsellor, 'conversation:assigned');
    expect(await ask(counsellor, 'presence:set', { status: 'available' })).toEqual({ ok: true });
    const { socket: visitor } = await visitorSocket(a);
    const started = next(visitor, 'conversation:started');
    const joined = await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const conversationId = String(joined.conversationId);
    expect((await assigned).conversation.id).toBe(conversationId);
    await started;

    const atCounsellor = next(counsellor, 'message');
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'van proces A' });
    expect(await atCounsellor).toMatchObject({ body: 'van proces A', seq: 1 });
    const atVisitor = next(visitor, 'message');
    await ask(counsellor, 'message:send', { conversationId, clientId: randomUUID(), body: 'van proces B' });
    expect(await atVisitor).toMatchObject({ body: 'van proces B', seq: 2 });
    counsellor.close();
    visitor.close();
  }, 60_000);

  it('counsellors on both processes racing for the same chats: each accepted exactly once', async () => {
    const onA = await Promise.all(
      [1, 2, 3].map(async () => staffSocket(a, await loginAs(a, await createStaff(a, { programmes: ['stopitnow'] })))),
    );
    const onBSockets = await Promise.all(
      [1, 2, 3].map(async () =>
        staffSocket(onB(), await loginAs(onB(), await createStaff(a, { programmes: ['stopitnow'] }))),
      ),
    );
    const visitors = await Promise.all(Array.from({ length: 12 }, () => visitorSocket(a)));
    const ids = (
      await Promise.all(visitors.map(({ socket }) => ask(socket, 'queue:join', { programme: 'stopitnow' })))
    ).map((j) => String(j.conversationId));
    const attempts = await Promise.all(
      [...onA, ...onBSockets].flatMap((s) =>
        ids.map(async (conversationId) => ({
          conversationId,
          ok: (await ask(s, 'conversation:accept', { conversationId })).ok,
        })),
      ),
    );
    for (const id of ids) expect(attempts.filter((x) => x.conversationId === id && x.ok)).toHaveLength(1);
    for (const s of [...onA, ...onBSockets, ...visitors.map((v) => v.socket)]) s.close();
  }, 60_000);
});
