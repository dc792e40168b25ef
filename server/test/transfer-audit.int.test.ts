import { randomUUID } from 'node:crypto';
import { auditLog } from '@helpline/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const rowsOf = async (action: string, conversationId: string) =>
  t.db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, conversationId)))
    .orderBy(auditLog.id);
const readsOf = async (conversationId: string) =>
  (await rowsOf('transcript.read', conversationId)).map((row) => [row.actorId, (row.details as { via: string }).via]);
const transfersOf = async (conversationId: string) =>
  (await rowsOf('conversation.transferred', conversationId)).map((row) => [row.actorId, row.details]);

const signedIn = async (opts: Parameters<typeof createStaff>[1]) => {
  const member = await createStaff(t, opts);
  const cookie = await loginAs(t, member);
  return { ...member, cookie, socket: await staffSocket(t, cookie) };
};

/** A helpwanted chat held by `holder`: the visitor wrote, the holder answered and wrote a note. */
const heldChat = async (holder: Awaited<ReturnType<typeof signedIn>>) => {
  const { socket: visitor } = await visitorSocket(t);
  const conversationId = String((await ask(visitor, 'queue:join', { programme: 'helpwanted' })).conversationId);
  expect(await ask(holder.socket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
  await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'mijn verhaal' });
  await ask(holder.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'dank je' });
  await ask(holder.socket, 'note:add', { conversationId, body: 'eerste contact' });
  return { conversationId, visitor };
};

describe('finding 2: a supervisor cannot read a live chat unaudited', () => {
  it('a supervisor who transfers a live chat to themselves is audited for the transfer and for reading what came before', async () => {
    const anna = await signedIn({ programmes: ['helpwanted'] });
    const boss = await signedIn({ role: 'supervisor', totp: true, programmes: ['helpwanted'] });
    const { conversationId, visitor } = await heldChat(anna);
    expect(await readsOf(conversationId)).toEqual([]);

    const handedOver = next(visitor, 'message', (m) => m.system?.code === 'transferred-to-colleague');
    expect(await ask(boss.socket, 'conversation:transfer', { conversationId, to: { staffId: boss.id } })).toMatchObject(
      { ok: true },
    );
    expect(await transfersOf(conversationId)).toEqual([
      [boss.id, { from: { staffId: anna.id, programme: 'helpwanted' }, to: { staffId: boss.id } }],
    ]);

    // Now the holder, but of a chat written before: reading it is a transcript read, by every way.
    expect(await ask(boss.socket, 'conversation:resume', { conversationId })).toMatchObject({
      ok: true,
      conversation: { messages: [{ body: 'mijn verhaal' }, { body: 'dank je' }, { sender: 'system' }] },
    });
    const res = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, { cookie: boss.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ notes: [{ body: 'eerste contact', author: anna.alias }] });
    expect(await readsOf(conversationId)).toEqual([
      [boss.id, 'conversation:resume'],
      [boss.id, 'rest:transcript'],
    ]);

    // Their own part of the chat (from the hand-over on) stays theirs to read, as for any holder.
    const { seq: handoverSeq } = await handedOver;
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'hallo?' });
    expect(await ask(boss.socket, 'conversation:resume', { conversationId, afterSeq: handoverSeq - 1 })).toMatchObject({
      ok: true,
      conversation: { messages: [{ sender: 'system' }, { body: 'hallo?' }] },
    });
    expect(await readsOf(conversationId)).toHaveLength(2);
    for (const s of [anna.socket, boss.socket, visitor]) s.close();
  });

  it('every transfer, to a colleague or a programme, is audited; the receiver reading earlier messages is a transcript read', async () => {
    const anna = await signedIn({ programmes: ['helpwanted'] });
    const bert = await signedIn({ programmes: ['helpwanted'] });
    const { conversationId, visitor } = await heldChat(anna);

    expect(await ask(anna.socket, 'conversation:transfer', { conversationId, to: { staffId: anna.id } })).toMatchObject(
      { ok: false, error: { code: 'INVALID_INPUT' } },
    );
    expect(await ask(anna.socket, 'conversation:transfer', { conversationId, to: { staffId: bert.id } })).toMatchObject(
      { ok: true },
    );
    expect(await ask(bert.socket, 'conversation:resume', { conversationId })).toMatchObject({ ok: true });
    expect(await readsOf(conversationId)).toEqual([[bert.id, 'conversation:resume']]);

    expect(
      await ask(bert.socket, 'conversation:transfer', { conversationId, to: { programme: 'stopitnow' } }),
    ).toMatchObject({ ok: true });
    expect(await transfersOf(conversationId)).toEqual([
      [anna.id, { from: { staffId: anna.id, programme: 'helpwanted' }, to: { staffId: bert.id } }],
      [bert.id, { from: { staffId: bert.id, programme: 'helpwanted' }, to: { programme: 'stopitnow' } }],
    ]);
    for (const s of [anna.socket, bert.socket, visitor]) s.close();
  });
});
