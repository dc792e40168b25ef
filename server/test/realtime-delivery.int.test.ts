import { randomUUID } from 'node:crypto';
import { conversations, messages } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const counsellorSocket = async (programmes: ('helpwanted' | 'stopitnow')[] = ['stopitnow']) =>
  staffSocket(t, await loginAs(t, await createStaff(t, { programmes })));

describe('exactly-once assignment', () => {
  it('20 visitors and 5 counsellors racing conversation:accept: each conversation accepted exactly once', async () => {
    const counsellors = await Promise.all(Array.from({ length: 5 }, () => counsellorSocket()));
    const visitors = await Promise.all(Array.from({ length: 20 }, () => visitorSocket(t)));
    const ids = (
      await Promise.all(visitors.map(({ socket }) => ask(socket, 'queue:join', { programme: 'stopitnow' })))
    ).map((a) => String(a.conversationId));
    const attempts = await Promise.all(
      counsellors.flatMap((c) =>
        ids.map(async (conversationId) => ({
          conversationId,
          ack: await ask(c, 'conversation:accept', { conversationId }),
        })),
      ),
    );
    for (const id of ids) {
      const forThis = attempts.filter((a) => a.conversationId === id);
      expect(forThis.filter((a) => a.ack.ok)).toHaveLength(1);
      expect(forThis.filter((a) => !a.ack.ok).every((a) => a.ack.error?.code === 'CONFLICT')).toBe(true);
    }
    const rows = await t.db.db.select().from(conversations).where(eq(conversations.programmeId, 'stopitnow'));
    expect(rows.filter((r) => ids.includes(r.id)).every((r) => r.status === 'active' && r.counsellorId)).toBe(true);
    for (const c of counsellors) c.close();
    for (const v of visitors) v.socket.close();
  });
});

describe('no acknowledged message lost or duplicated', () => {
  const activeChat = async () => {
    const counsellor = await counsellorSocket(['helpwanted']);
    await ask(counsellor, 'presence:set', { status: 'available' });
    const visitor = await visitorSocket(t);
    const started = next(visitor.socket, 'conversation:started');
    await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;
    /** Ends the chat and closes both sockets, so no later test finds it. */
    const finish = async () => {
      await ask(counsellor, 'conversation:end', { conversationId });
      counsellor.close();
      visitor.socket.close();
    };
    return { counsellor, visitor, conversationId, finish };
  };

  it('a send whose ack was lost, sent again with the same client id, is stored once', async () => {
    const { visitor, conversationId, finish } = await activeChat();
    const clientId = randomUUID();
    const send = { conversationId, clientId, body: 'Ik durf het bijna niet te zeggen' };
    const [first, again] = await Promise.all([
      ask(visitor.socket, 'message:send', send),
      ask(visitor.socket, 'message:send', send),
    ]);
    const third = await ask(visitor.socket, 'message:send', send);
    expect(first.message).toEqual(again.message);
    expect(third.message).toEqual(first.message);
    expect(await t.db.db.$count(messages, eq(messages.conversationId, conversationId))).toBe(1);
    await finish();
  });

  it('reconnects with the token and resumes after its last seq without a gap', async () => {
    const { counsellor, visitor, conversationId, finish } = await activeChat();
    await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'een' });
    visitor.socket.close();
    for (const body of ['twee', 'drie', 'vier'])
      await ask(counsellor, 'message:send', { conversationId, clientId: randomUUID(), body });
    const back = await visitorSocket(t, visitor.token);
    const resumed = await ask(back.socket, 'conversation:resume', { conversationId, afterSeq: 1 });
    expect(resumed).toMatchObject({ ok: true, conversation: { id: conversationId, status: 'active' } });
    const got = (resumed.conversation as { messages: { seq: number; body: string }[] }).messages;
    expect(got.map((m) => [m.seq, m.body])).toEqual([
      [2, 'twee'],
      [3, 'drie'],
      [4, 'vier'],
    ]);
    const live = next(back.socket, 'message');
    await ask(counsellor, 'message:send', { conversationId, clientId: randomUUID(), body: 'vijf' });
    expect((await live).seq).toBe(5);
    await finish();
    back.socket.close();
  });

  it('numbers concurrent sends from both sides 1..n without gaps or repeats', async () => {
    const { counsellor, visitor, conversationId, finish } = await activeChat();
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        ask(i % 2 ? counsellor : visitor.socket, 'message:send', {
          conversationId,
          clientId: randomUUID(),
          body: `bericht ${i}`,
        }),
      ),
    );
    const rows = await t.db.db
      .select({ seq: messages.seq })
      .from(messages)
      .where(eq(messages.conversationId, conversationId));
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    await finish();
  });

  it('a burst of sends from several chats at once (stored together) keeps every promise of a single send', async () => {
    const chats = [await activeChat(), await activeChat(), await activeChat()];
    const sends = chats.flatMap(({ counsellor, visitor, conversationId }) =>
      Array.from({ length: 12 }, (_, i) => ({
        socket: i % 3 === 2 ? counsellor : visitor.socket,
        payload: { conversationId, clientId: randomUUID(), body: `bericht ${i}` },
      })),
    );
    const [first, second] = chats;
    if (!first || !second) throw new Error('no chats');
    const intruder = {
      socket: first.visitor.socket,
      payload: { conversationId: second.conversationId, clientId: randomUUID(), body: 'niet mijn gesprek' },
    };
    const answers = await Promise.all([...sends, intruder].map((s) => ask(s.socket, 'message:send', s.payload)));
    expect(answers.slice(0, sends.length).every((a) => a.ok)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Resends of stored messages in a burst with a new one: answered with the stored message, the new one follows on
    // (the refused send above took no number either).
    const resends = [sends[0], sends[13]].flatMap((s) => (s ? [s] : []));
    const later = { conversationId: second.conversationId, clientId: randomUUID(), body: 'daarna' };
    const again = await Promise.all([
      ...resends.map((s) => ask(s.socket, 'message:send', s.payload)),
      ask(second.visitor.socket, 'message:send', later),
    ]);
    expect(again.slice(0, 2).map((a) => a.message)).toEqual([answers[0]?.message, answers[13]?.message]);
    expect(again[2]?.message).toMatchObject({ seq: 13, body: 'daarna' });
    for (const { conversationId, counsellor, visitor } of chats) {
      const rows = await t.db.db
        .select({ seq: messages.seq, clientId: messages.clientId })
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(messages.seq);
      expect(rows.map((r) => r.seq)).toEqual(
        Array.from({ length: conversationId === second.conversationId ? 13 : 12 }, (_, i) => i + 1),
      );
      // Each sender's messages are numbered in the order they were sent.
      for (const sender of [counsellor, visitor.socket]) {
        const sent = sends.filter((s) => s.payload.conversationId === conversationId && s.socket === sender);
        const ids = new Set<string>(sent.map((s) => s.payload.clientId));
        expect(rows.filter((r) => r.clientId && ids.has(r.clientId)).map((r) => r.clientId)).toEqual([...ids]);
      }
    }
    for (const chat of chats) await chat.finish();
  });

  it('puts the chats of a counsellor gone past the grace period back at the front of the queue', async () => {
    const { counsellor, visitor, conversationId } = await activeChat();
    clock.advance(1000);
    const waiting = await visitorSocket(t);
    const waitingJoin = await ask(waiting.socket, 'queue:join', { programme: 'helpwanted' });
    await waitFor(
      async () => (await t.app.services.queue.snapshot(['helpwanted'])).programmes[0]?.waiting.length === 0,
    );
    const systemMessage = next(visitor.socket, 'message', (m) => m.sender === 'system');
    const open = t.app.io.of('/staff').sockets.size;
    counsellor.close();
    await waitFor(() => t.app.io.of('/staff').sockets.size === open - 1);
    clock.advance(30_000);
    await t.app.jobs.runOnce();
    expect((await t.db.db.select().from(conversations).where(eq(conversations.id, conversationId)))[0]?.status).toBe(
      'active',
    );
    clock.advance(31_000);
    await t.app.jobs.runOnce();
    expect((await systemMessage).body).toMatch(/vooraan/);
    // The waiting visitor had meanwhile been given the same counsellor (capacity 2): both chats go back, in their order.
    const resumed = await ask(visitor.socket, 'conversation:resume', { conversationId });
    expect(resumed).toMatchObject({ conversation: { status: 'queued', position: 1 } });
    const other = await ask(waiting.socket, 'conversation:resume', {
      conversationId: String(waitingJoin.conversationId),
    });
    expect(other).toMatchObject({ conversation: { status: 'queued', position: 2 } });
    visitor.socket.close();
    waiting.socket.close();
  });
});
