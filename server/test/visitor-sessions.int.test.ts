import { randomUUID } from 'node:crypto';
import { conversations, missedContacts, visitors } from '@helpline/db';
import { createVisitorSocket } from '@helpline/shared/client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { type AnySocket, ask, connected, next, raw, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const OPEN = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam: both programmes open
const CLOSED = new Date('2026-11-22T07:00:00Z'); // Sunday 08:00 in Amsterdam: both closed
const clock = createManualClock(OPEN);
beforeAll(async () => {
  // Clients are told apart by the address a (simulated) reverse proxy reports.
  t = await startTestApp({ clock, env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
const disconnected = (socket: AnySocket) =>
  new Promise<void>((resolve) => raw(socket).once('disconnect', () => resolve()));

/** A visitor in an active chat with a new counsellor; returns both sides. */
const chatting = async (address: string) => {
  const counsellor = await staffSocket(t, await loginAs(t, await createStaff(t, { programmes: ['helpwanted'] })));
  await ask(counsellor, 'presence:set', { status: 'available' });
  const visitor = await visitorSocket(t, undefined, from(address));
  const started = next(visitor.socket, 'conversation:started');
  await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
  const { conversationId } = await started;
  await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'Mijn verhaal.' });
  return { counsellor, visitor, conversationId };
};

/** Reconnects with a token: the socket, and the new token it was given when the old one was forgotten (else null). */
const reconnect = async (token: string, address: string) => {
  const socket = createVisitorSocket(t.url, () => token, {
    reconnection: false,
    forceNew: true,
    extraHeaders: from(address),
  });
  const sessions = record(socket, 'session');
  await connected(socket);
  // Answers come in order after the `session` event, so once this one is back, a new token would have arrived.
  await ask(socket, 'conversation:resume', { conversationId: randomUUID() });
  return { socket, newToken: sessions[0]?.token ?? null };
};

describe('visitor sessions (issue 7, findings 6 and 10)', () => {
  it('finding 6: session:end forgets the token at once; the old token gets a new visitor, never the old transcript', async () => {
    clock.set(OPEN);
    const { counsellor, visitor, conversationId } = await chatting('198.51.100.1');
    const ended = next(counsellor, 'conversation:ended');
    const closed = disconnected(visitor.socket);
    expect(await ask(visitor.socket, 'session:end', {})).toEqual({ ok: true });
    await closed;
    expect(await ended).toMatchObject({ conversationId, endedBy: 'visitor' });

    const again = await reconnect(visitor.token, '198.51.100.1');
    expect(again.newToken).toEqual(expect.any(String));
    expect(again.newToken).not.toBe(visitor.token);
    expect(await ask(again.socket, 'conversation:resume', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const [row] = await t.db.db.select().from(conversations).where(eq(conversations.id, conversationId));
    const [kept] = await t.db.db
      .select()
      .from(visitors)
      .where(eq(visitors.id, String(row?.visitorId)));
    expect(kept).toMatchObject({ tokenHash: null, forgottenAt: expect.any(Date) });
    again.socket.close();
    counsellor.close();
  });

  it('finding 6: a token is forgotten 30 minutes after the last chat ended; survey and return code work until then', async () => {
    clock.set(OPEN);
    const { counsellor, visitor, conversationId } = await chatting('198.51.100.2');
    await ask(counsellor, 'conversation:end', { conversationId });
    visitor.socket.close();

    clock.advance(29 * 60_000);
    await t.app.jobs.runOnce();
    const within = await reconnect(visitor.token, '198.51.100.2');
    expect(within.newToken).toBeNull();
    expect(await ask(within.socket, 'survey:submit', { conversationId, rating: 5 })).toEqual({ ok: true });
    expect(await ask(within.socket, 'returnCode:create', {})).toMatchObject({
      ok: true,
      returnCode: expect.any(String),
    });
    expect(await ask(within.socket, 'conversation:resume', { conversationId })).toMatchObject({ ok: true });

    clock.advance(2 * 60_000);
    const closed = disconnected(within.socket);
    await t.app.jobs.runOnce();
    await closed;
    const after = await reconnect(visitor.token, '198.51.100.2');
    expect(after.newToken).toEqual(expect.any(String));
    expect(await ask(after.socket, 'conversation:resume', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    after.socket.close();
    counsellor.close();
  });

  it('finding 6: a visitor idle without a conversation is forgotten after 30 minutes too', async () => {
    clock.set(CLOSED);
    const { socket, token } = await visitorSocket(t, undefined, from('198.51.100.3'));
    expect(await ask(socket, 'returnCode:create', {})).toMatchObject({ ok: true });
    socket.close();
    clock.advance(31 * 60_000);
    const after = await reconnect(token, '198.51.100.3');
    expect(after.newToken).toEqual(expect.any(String));
    after.socket.close();
  });

  it('finding 10: a connection that never joins leaves no row behind', async () => {
    const before = await t.db.db.$count(visitors);
    const sockets = await Promise.all(Array.from({ length: 20 }, () => visitorSocket(t, undefined, from('192.0.2.7'))));
    for (const { socket } of sockets)
      expect(await ask(socket, 'conversation:resume', { conversationId: randomUUID() })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
    expect(await t.db.db.$count(visitors)).toBe(before);
    for (const { socket } of sockets) socket.close();
  });

  it('finding 10: outside-hours attempts count once per visitor per programme per day', async () => {
    clock.set(CLOSED);
    const outsideHours = () => t.db.db.$count(missedContacts, eq(missedContacts.kind, 'outside-hours'));
    const before = await outsideHours();
    const { socket } = await visitorSocket(t, undefined, from('192.0.2.8'));
    for (const programme of ['helpwanted', 'helpwanted', 'helpwanted', 'stopitnow', 'stopitnow'] as const)
      expect(await ask(socket, 'queue:join', { programme })).toMatchObject({ error: { code: 'CLOSED' } });
    expect(await outsideHours()).toBe(before + 2);
    clock.set(new Date('2026-11-29T07:00:00Z')); // the next Sunday, closed again: a new day counts again
    await ask(socket, 'queue:join', { programme: 'helpwanted' });
    await ask(socket, 'queue:join', { programme: 'helpwanted' });
    expect(await outsideHours()).toBe(before + 3);
    socket.close();
  });

  it('finding 10: new visitors and joins are bounded per client', async () => {
    clock.set(CLOSED);
    const before = await t.db.db.$count(visitors);
    const flood = await Promise.all(Array.from({ length: 31 }, () => visitorSocket(t, undefined, from('192.0.2.66'))));
    const first = await Promise.all(flood.map(({ socket }) => ask(socket, 'queue:join', { programme: 'helpwanted' })));
    expect(first.filter((a) => a.error?.code === 'CLOSED')).toHaveLength(30);
    expect(first.filter((a) => a.error?.code === 'RATE_LIMITED')).toHaveLength(1);
    expect(await t.db.db.$count(visitors)).toBe(before + 30);
    // 31 joins so far; the 30 known visitors may try 29 more before joins are refused too.
    const known = flood.filter((_, i) => first[i]?.error?.code === 'CLOSED');
    const second = await Promise.all(known.map(({ socket }) => ask(socket, 'queue:join', { programme: 'helpwanted' })));
    expect(second.filter((a) => a.error?.code === 'CLOSED')).toHaveLength(29);
    expect(second.filter((a) => a.error?.code === 'RATE_LIMITED')).toHaveLength(1);
    // Another client is not affected.
    const other = await visitorSocket(t, undefined, from('192.0.2.67'));
    expect(await ask(other.socket, 'queue:join', { programme: 'helpwanted' })).toMatchObject({
      error: { code: 'CLOSED' },
    });
    await waitFor(async () => (await t.db.db.$count(visitors)) === before + 31);
    for (const { socket } of [...flood, other]) socket.close();
  });
});

describe('HELPLINE_VISITORS_PER_CLIENT', () => {
  it('sets how many new visitors one client address may start', async () => {
    const small = await startTestApp({
      clock: createManualClock(CLOSED),
      env: { HELPLINE_TRUST_PROXY: '1', HELPLINE_VISITORS_PER_CLIENT: '3' },
    });
    try {
      const flood = await Promise.all(
        Array.from({ length: 4 }, () => visitorSocket(small, undefined, from('192.0.2.80'))),
      );
      const answers = await Promise.all(
        flood.map(({ socket }) => ask(socket, 'queue:join', { programme: 'helpwanted' })),
      );
      expect(answers.filter((a) => a.error?.code === 'CLOSED')).toHaveLength(3);
      expect(answers.filter((a) => a.error?.code === 'RATE_LIMITED')).toHaveLength(1);
      for (const { socket } of flood) socket.close();
    } finally {
      await small.close();
    }
  });
});
