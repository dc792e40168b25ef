import { randomUUID } from 'node:crypto';
import { auditLog, conversations } from '@helpline/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const readsOf = async (conversationId: string) =>
  (
    await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'transcript.read'), eq(auditLog.targetId, conversationId)))
      .orderBy(auditLog.id)
  ).map((row) => [row.actorId, (row.details as { via: string }).via]);

describe('transcript access', () => {
  it('finding 1: every path to decrypted text or notes writes one audit row, except the holder in their own active chat', async () => {
    const anna = await createStaff(t, { programmes: ['helpwanted'] });
    const annaCookie = await loginAs(t, anna);
    const annaSocket = await staffSocket(t, annaCookie);
    const boss = await createStaff(t, { role: 'supervisor', totp: true, programmes: ['stopitnow'] });
    const bossCookie = await loginAs(t, boss);
    const bossSocket = await staffSocket(t, bossCookie);
    const other = await createStaff(t, { programmes: ['helpwanted'] });
    const otherCookie = await loginAs(t, other);

    const { socket: visitor } = await visitorSocket(t);
    const conversationId = String((await ask(visitor, 'queue:join', { programme: 'helpwanted' })).conversationId);
    expect(await ask(annaSocket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'mijn verhaal' });
    await ask(annaSocket, 'note:add', { conversationId, body: 'let op: eerste contact' });

    // The holder working in their own active chat: no row.
    expect(await ask(annaSocket, 'conversation:resume', { conversationId })).toMatchObject({
      ok: true,
      conversation: { messages: [{ body: 'mijn verhaal' }] },
    });
    expect(await readsOf(conversationId)).toEqual([]);

    // A supervisor's resume, monitoring and the REST transcript: one row each, naming the way.
    expect(await ask(bossSocket, 'conversation:resume', { conversationId })).toMatchObject({ ok: true });
    expect(await ask(bossSocket, 'monitor:join', { conversationId })).toMatchObject({ ok: true });
    const res = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, { cookie: bossCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      messages: [{ body: 'mijn verhaal', sender: 'visitor' }],
      notes: [{ body: 'let op: eerste contact', author: anna.alias, at: expect.any(String), id: expect.any(String) }],
    });
    expect(await readsOf(conversationId)).toEqual([
      [boss.id, 'conversation:resume'],
      [boss.id, 'monitor:join'],
      [boss.id, 'rest:transcript'],
    ]);

    // Another counsellor of the programme may not read it, and nothing is written for a refusal.
    const refused = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, { cookie: otherCookie });
    expect(refused.status).toBe(403);

    // Once ended, even the counsellor's own reads are audited.
    expect(await ask(annaSocket, 'conversation:end', { conversationId })).toMatchObject({ ok: true });
    expect(await ask(annaSocket, 'conversation:resume', { conversationId })).toMatchObject({ ok: true });
    const own = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, { cookie: annaCookie });
    expect(own.status).toBe(200);
    expect((await readsOf(conversationId)).slice(3)).toEqual([
      [anna.id, 'conversation:resume'],
      [anna.id, 'rest:transcript'],
    ]);

    // Shredded: GONE, by every way.
    await t.db.db.update(conversations).set({ wrappedKey: null }).where(eq(conversations.id, conversationId));
    const gone = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, { cookie: bossCookie });
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: { code: 'GONE' } });
    expect(await ask(bossSocket, 'conversation:resume', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'GONE' },
    });
    expect(await readsOf(conversationId)).toHaveLength(5);
    for (const s of [annaSocket, bossSocket, visitor]) s.close();
  });

  it('answers a bad id with INVALID_INPUT and an unknown one with NOT_FOUND', async () => {
    const cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const bad = await call(t, 'GET', '/api/conversations/nope/transcript', { cookie });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'id' } });
    const unknown = await call(t, 'GET', `/api/conversations/${randomUUID()}/transcript`, { cookie });
    expect(unknown.status).toBe(404);
  });
});
