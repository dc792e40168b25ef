import { randomUUID } from 'node:crypto';
import { conversations } from '@helpline/db';
import { createVisitorSocket } from '@helpline/shared/client';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { type AnySocket, ask, askRaw, connected, emitRaw, next, raw, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

const OPEN = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam: both programmes open
let t: TestApp;
beforeAll(async () => {
  // Clients are told apart by the address a (simulated) reverse proxy reports.
  t = await startTestApp({ clock: createManualClock(OPEN), env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
/** A socket with a visitor's token (a second tab, a reconnect), or the server's refusal. */
const withToken = (app: TestApp, token: string) =>
  connected(createVisitorSocket(app.url, () => token, { reconnection: false, forceNew: true }));
/** A new anonymous visitor from `address` asks for a return code, which makes its row: the answer's code. */
const newVisitor = async (app: TestApp, address: string) => {
  const { socket } = await visitorSocket(app, undefined, from(address), { forceNew: true });
  const answer = await ask(socket, 'returnCode:create', {});
  socket.close();
  return answer.ok ? 'ok' : answer.error?.code;
};
const visitorOf = async (token: string) => {
  const { socket } = await visitorSocket(t, token, {}, { forceNew: true });
  return socket;
};
const openOf = (conversationId: string) =>
  t.db.db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), inArray(conversations.status, ['queued', 'active'])));

describe('finding 5: visitor intake cannot be shut for everyone', () => {
  const small = (env: Record<string, string> = {}) =>
    startTestApp({
      clock: createManualClock(OPEN),
      // Per client 3 new visitors; the process takes 6, shared fairly from 3 on.
      env: { HELPLINE_TRUST_PROXY: '1', HELPLINE_VISITORS_PER_CLIENT: '3', HELPLINE_VISITORS_PER_PROCESS: '6', ...env },
    });

  it('addresses of one IPv6 /64 count as one client; another /64 is another client', async () => {
    const app = await small({ HELPLINE_VISITORS_PER_PROCESS: '1000' });
    try {
      const network = ['2001:db8:5:1::1', '2001:db8:5:1:a::2', '2001:db8:5:1:ffff:1:2:3', '2001:db8:5:1::9'];
      const answers = [];
      for (const address of network) answers.push(await newVisitor(app, address));
      expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '2001:db8:5:2::1')).toBe('ok');
      // IPv4, also written as IPv4-mapped IPv6, is one client per address.
      const mapped = [];
      for (const address of ['192.0.2.10', '::ffff:192.0.2.10', '::ffff:c000:20a', '192.0.2.10'])
        mapped.push(await newVisitor(app, address));
      expect(mapped).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '192.0.2.11')).toBe('ok');
    } finally {
      await app.close();
    }
  });

  it('two clients cannot use up the process: the heavier is shed, a fresh client gets in until the machine is full', async () => {
    const app = await small();
    try {
      const heavy = [];
      for (let i = 0; i < 3; i++) heavy.push(await newVisitor(app, '198.51.100.1'));
      expect(heavy).toEqual(['ok', 'ok', 'ok']);
      // Half the process's bound is taken: a second client gets its fair share (3 over 2 clients), not its 3.
      const second = [];
      for (let i = 0; i < 3; i++) second.push(await newVisitor(app, '2001:db8:b::1'));
      expect(second).toEqual(['ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '198.51.100.1')).toBe('RATE_LIMITED');
      // A client with no history still gets in: 6 of 6 now, the machine is full, so the next is refused whoever it is.
      expect(await newVisitor(app, '203.0.113.7')).toBe('ok');
      expect(await newVisitor(app, '203.0.113.8')).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });
});

describe('finding 6: events are limited per visitor, over all sockets of its token', () => {
  it('at most 5 sockets per token; the sixth is refused with RATE_LIMITED; a closed one makes room', async () => {
    const first = await visitorSocket(t);
    await ask(first.socket, 'returnCode:create', {});
    const tries = await Promise.allSettled(Array.from({ length: 9 }, () => withToken(t, first.token)));
    const opened = tries.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = tries.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error & { data?: unknown }] : []));
    expect(opened).toHaveLength(4);
    expect(refused).toHaveLength(5);
    for (const err of refused)
      expect(err).toMatchObject({
        message: 'RATE_LIMITED',
        data: { code: 'RATE_LIMITED', message: expect.any(String) },
      });
    opened[0]?.close();
    const again = await waitFor(() => withToken(t, first.token).catch(() => null));
    expect(again?.connected).toBe(true);
    for (const socket of [first.socket, ...opened]) socket.close();
    again?.close();
  });

  it("five sockets of one token together get one socket's events, not five times as many", async () => {
    const first = await visitorSocket(t);
    await ask(first.socket, 'returnCode:create', {});
    const sockets: AnySocket[] = [first.socket];
    for (let i = 0; i < 4; i++) sockets.push(await withToken(t, first.token));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // a fresh window for the visitor
    const answers = await Promise.all(
      sockets.flatMap((socket) =>
        Array.from({ length: 12 }, () => ask(socket, 'conversation:resume', { conversationId: randomUUID() })),
      ),
    );
    const limited = answers.filter((a) => a.error?.code === 'RATE_LIMITED').length;
    // 60 events, each socket under its own limit of 20: the visitor's limit of 20 refuses the rest.
    expect(answers.length - limited).toBeLessThanOrEqual(20);
    expect(limited).toBeGreaterThanOrEqual(40);
    for (const socket of sockets) socket.close();
  });

  it('reconnecting resets nothing: the new socket carries on where the last one left off', async () => {
    const { socket, token } = await visitorSocket(t);
    await ask(socket, 'returnCode:create', {});
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const burst = await Promise.all(
      Array.from({ length: 20 }, () => ask(socket, 'conversation:resume', { conversationId: randomUUID() })),
    );
    expect(burst.filter((a) => a.error?.code === 'RATE_LIMITED')).toHaveLength(0);
    socket.close();
    const reconnected = await withToken(t, token);
    expect(await ask(reconnected, 'conversation:resume', { conversationId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    reconnected.close();
  });
});

describe('finding 13: a join is idempotent for the visitor’s open conversation', () => {
  it('a join stored but not answered, retried after a reconnect, answers the same conversation', async () => {
    const { socket, token } = await visitorSocket(t);
    let firstAnswer: unknown = null;
    const before = await t.db.db.$count(conversations);
    // The first answer never reaches the visitor (it was UNAVAILABLE, or the connection dropped): only the row is there.
    raw(socket).emit('queue:join', { programme: 'helpwanted', intake: { ageBand: '19-25' } }, (answer: unknown) => {
      firstAnswer = answer;
    });
    await waitFor(async () => (await t.db.db.$count(conversations)) > before);
    socket.close();

    const retry = await visitorOf(token);
    const again = await ask(retry, 'queue:join', { programme: 'helpwanted', intake: { ageBand: '19-25' } });
    expect(again).toEqual({
      ok: true,
      conversationId: expect.any(String),
      position: expect.any(Number),
      estimatedWaitSeconds: expect.any(Number),
    });
    if (firstAnswer) expect(again).toEqual(firstAnswer);
    expect(await openOf(String(again.conversationId))).toHaveLength(1);
    expect(await t.db.db.$count(conversations)).toBe(before + 1);
    // Another programme while this one is open stays CONFLICT.
    expect(await ask(retry, 'queue:join', { programme: 'stopitnow' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await ask(retry, 'conversation:leave', { conversationId: String(again.conversationId) });
    retry.close();
  });

  it('ten parallel joins answer one and the same conversation; once with a counsellor, position 1 and no wait', async () => {
    const { socket } = await visitorSocket(t);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => ask(socket, 'queue:join', { programme: 'helpwanted' })),
    );
    const ids = new Set(answers.map((a) => a.conversationId));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(ids.size).toBe(1);
    const conversationId = String([...ids][0]);
    expect(await openOf(conversationId)).toHaveLength(1);

    const counsellor = await staffSocket(t, await loginAs(t, await createStaff(t, { programmes: ['helpwanted'] })));
    const started = next(socket, 'conversation:started', (s) => s.conversationId === conversationId);
    await ask(counsellor, 'presence:set', { status: 'available' });
    await started;
    expect(await ask(socket, 'queue:join', { programme: 'helpwanted' })).toEqual({
      ok: true,
      conversationId,
      position: 1,
      estimatedWaitSeconds: 0,
    });
    await ask(socket, 'conversation:leave', { conversationId });
    await ask(counsellor, 'presence:set', { status: 'offline' });
    counsellor.close();
    socket.close();
  });
});

describe('finding 14: an event the server does not know is answered', () => {
  const names = ['no:such:event', 'constructor', '__proto__', 'error', 'QUEUE:JOIN', 'x'.repeat(300)];
  const expectUnknown = async (socket: AnySocket) => {
    for (const name of names) {
      emitRaw(socket, name, { x: 1 }); // without an ack: ignored
      expect(await askRaw(socket, name, { x: 1 }, 2000)).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringContaining(name.slice(0, 100)), field: '' },
      });
    }
    expect(socket.connected).toBe(true);
  };

  it('on /visitor: INVALID_INPUT naming the event; without an ack, ignored', async () => {
    const { socket } = await visitorSocket(t);
    await expectUnknown(socket);
    expect(await ask(socket, 'conversation:resume', { conversationId: randomUUID() })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    socket.close();
  });

  it('on /staff: INVALID_INPUT naming the event; without an ack, ignored', async () => {
    const socket = await staffSocket(t, await loginAs(t, await createStaff(t, { programmes: ['helpwanted'] })));
    await expectUnknown(socket);
    expect(await ask(socket, 'presence:set', { status: 'away' })).toEqual({ ok: true });
    socket.close();
  });
});
