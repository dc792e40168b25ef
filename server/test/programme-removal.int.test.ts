import { randomUUID } from 'node:crypto';
import { conversations, staff } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, emitRaw, next, record, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const signedIn = async (opts: Parameters<typeof createStaff>[1]) => {
  const member = await createStaff(t, opts);
  const cookie = await loginAs(t, member);
  return { ...member, cookie, socket: await staffSocket(t, cookie) };
};
/** A visitor in the queue of `programme` (a second later than the one before). */
const waiting = async (programme: 'helpwanted' | 'stopitnow') => {
  const { socket } = await visitorSocket(t);
  const conversationId = String((await ask(socket, 'queue:join', { programme })).conversationId);
  clock.advance(1000);
  return { socket, conversationId };
};

describe('finding 3: a counsellor keeps no chat of a programme taken from them', () => {
  it('their active chats in the removed programme go back to the queue at once, first in line, with a system message', async () => {
    const admin = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const anna = await signedIn({ programmes: ['helpwanted', 'stopitnow'] });
    const earlier = await waiting('stopitnow');
    const visitor = await waiting('stopitnow');
    const kept = await waiting('helpwanted');
    for (const { conversationId } of [visitor, kept])
      expect(await ask(anna.socket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
    const { conversationId } = visitor;
    await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'hallo' });

    const notice = next(visitor.socket, 'message', (m) => m.sender === 'system');
    const patched = await call(t, 'PATCH', `/api/staff/${anna.id}`, {
      cookie: admin,
      body: { programmes: ['helpwanted'] },
    });
    expect(patched.status).toBe(200);
    expect((await notice).system).toEqual({ code: 'counsellor-withdrawn', params: {} });
    // Back in the queue, ahead of the visitor who was already waiting there; the chat in her programme stays hers.
    expect(await ask(visitor.socket, 'conversation:resume', { conversationId })).toMatchObject({
      conversation: { status: 'queued', position: 1 },
    });
    expect(await ask(earlier.socket, 'conversation:resume', { conversationId: earlier.conversationId })).toMatchObject({
      conversation: { position: 2 },
    });
    const [stays] = await t.db.db.select().from(conversations).where(eq(conversations.id, kept.conversationId));
    expect(stays).toMatchObject({ status: 'active', counsellorId: anna.id });

    // A new login hears nothing of the chat and cannot write in it.
    await waitFor(() => anna.socket.disconnected);
    const again = await staffSocket(t, await loginAs(t, anna));
    const heard = record(again, 'message');
    await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'ben je er nog?' });
    expect(await ask(again, 'message:send', { conversationId, clientId: randomUUID(), body: 'ja hoor' })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    await pause(200);
    expect(heard).toEqual([]);
    for (const s of [again, earlier.socket, visitor.socket, kept.socket]) s.close();
  });

  it('sending, typing and delivery follow the member’s rights as they are now, even before the chat is requeued', async () => {
    const anna = await signedIn({ programmes: ['helpwanted', 'stopitnow'] });
    const boss = await signedIn({ role: 'supervisor', totp: true, programmes: ['stopitnow'] });
    const visitor = await waiting('stopitnow');
    const { conversationId } = visitor;
    expect(await ask(anna.socket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
    expect(await ask(boss.socket, 'monitor:join', { conversationId })).toMatchObject({ ok: true });

    // Rights changed under her (another process, or the moment before the requeue): her next event knows it.
    await t.db.db
      .update(staff)
      .set({ programmes: ['helpwanted'] })
      .where(eq(staff.id, anna.id));
    expect(
      await ask(anna.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'nog even' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const typingSeen = record(visitor.socket, 'typing');
    emitRaw(anna.socket, 'typing', { conversationId, typing: true });
    const heardByAnna = record(anna.socket, 'message');
    const typingByAnna = record(anna.socket, 'typing');
    const monitored = next(boss.socket, 'message', (m) => m.body === 'hallo?');
    emitRaw(visitor.socket, 'typing', { conversationId, typing: true });
    await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'hallo?' });
    await monitored;
    await pause(200);
    expect(heardByAnna).toEqual([]);
    expect(typingByAnna).toEqual([]);
    expect(typingSeen).toEqual([]);
    for (const s of [anna.socket, boss.socket, visitor.socket]) s.close();
  });
});
