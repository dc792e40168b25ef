import { randomUUID } from 'node:crypto';
import { auditLog, conversations } from '@helpline/db';
import { createStaffSocket, type StaffSocket } from '@helpline/shared/client';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const member = async (programmes: ('helpwanted' | 'stopitnow')[], role: 'counsellor' | 'supervisor' = 'counsellor') => {
  const created = await createStaff(t, { programmes, role, totp: role === 'supervisor' });
  return { ...created, socket: await staffSocket(t, await loginAs(t, created)) };
};

/** A visitor in an active chat with this counsellor. */
const chatWith = async (counsellor: StaffSocket, programme: 'helpwanted' | 'stopitnow') => {
  const visitor = await visitorSocket(t);
  const joined = await ask(visitor.socket, 'queue:join', { programme });
  const conversationId = String(joined.conversationId);
  expect(await ask(counsellor, 'conversation:accept', { conversationId })).toMatchObject({
    ok: true,
    conversation: { id: conversationId, status: 'active' },
  });
  return { visitor: visitor.socket, conversationId };
};

describe('counsellor tools', () => {
  it('notes reach staff only, never the visitor', async () => {
    const anna = await member(['helpwanted']);
    const { visitor, conversationId } = await chatWith(anna.socket, 'helpwanted');
    const visitorSaw = record(visitor, 'message');
    const added = next(anna.socket, 'note:added');
    expect(await ask(anna.socket, 'note:add', { conversationId, body: 'Mogelijk minderjarig' })).toMatchObject({
      ok: true,
      note: { body: 'Mogelijk minderjarig', author: anna.alias },
    });
    await added;
    const other = await member(['helpwanted']);
    expect(await ask(other.socket, 'note:add', { conversationId, body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await ask(other.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(visitorSaw).toEqual([]);
    for (const s of [anna.socket, other.socket, visitor]) s.close();
  });

  it('a counsellor of one programme cannot take a chat of the other', async () => {
    const only = await member(['stopitnow']);
    const visitor = await visitorSocket(t);
    const joined = await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
    expect(await ask(only.socket, 'conversation:accept', { conversationId: joined.conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await ask(visitor.socket, 'conversation:leave', { conversationId: joined.conversationId });
    only.socket.close();
    visitor.socket.close();
  });

  it('transfers to a colleague, keeping the transcript', async () => {
    const anna = await member(['helpwanted']);
    const bert = await member(['helpwanted']);
    const { visitor, conversationId } = await chatWith(anna.socket, 'helpwanted');
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'eerste bericht' });
    const released = next(anna.socket, 'conversation:ended');
    const assigned = next(bert.socket, 'conversation:assigned');
    expect(await ask(anna.socket, 'conversation:transfer', { conversationId, to: { staffId: bert.id } })).toEqual({
      ok: true,
    });
    expect(await released).toMatchObject({ conversationId, reason: 'transferred' });
    expect((await assigned).conversation.id).toBe(conversationId);
    const transcript = await ask(bert.socket, 'conversation:resume', { conversationId });
    const bodies = (transcript.conversation as { messages: { body: string; sender: string }[] }).messages;
    expect(bodies[0]?.body).toBe('eerste bericht');
    expect(bodies.at(-1)?.sender).toBe('system');
    expect(
      await ask(bert.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'Ik neem het over.' }),
    ).toMatchObject({ ok: true });
    expect(await ask(anna.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'x' })).toMatchObject(
      { ok: false },
    );
    for (const s of [anna.socket, bert.socket, visitor]) s.close();
  });

  it('transfers to the other programme: back in its queue, transcript still readable under its key', async () => {
    const anna = await member(['helpwanted']);
    const stopper = await member(['stopitnow']);
    const { visitor, conversationId } = await chatWith(anna.socket, 'helpwanted');
    await ask(visitor, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      body: 'het gaat eigenlijk over mezelf',
    });
    expect(await ask(anna.socket, 'conversation:transfer', { conversationId, to: { programme: 'stopitnow' } })).toEqual(
      { ok: true },
    );
    const row = (await t.db.db.select().from(conversations).where(eq(conversations.id, conversationId)))[0];
    expect(row).toMatchObject({ programmeId: 'stopitnow', status: 'queued' });
    // Its data key is wrapped under a key of the new programme (the epoch key of the day its retention would run out).
    expect(row?.keyId).toMatch(/^stopitnow-e\d{4}-\d{2}-\d{2}-/);
    expect(await ask(stopper.socket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
    const transcript = await ask(stopper.socket, 'conversation:resume', { conversationId });
    expect((transcript.conversation as { messages: { body: string }[] }).messages[0]?.body).toBe(
      'het gaat eigenlijk over mezelf',
    );
    for (const s of [anna.socket, stopper.socket, visitor]) s.close();
  });

  it("a supervisor's monitor:join is silent, read-only and audit-logged", async () => {
    const anna = await member(['helpwanted']);
    const boss = await member(['helpwanted'], 'supervisor');
    const { visitor, conversationId } = await chatWith(anna.socket, 'helpwanted');
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'hallo' });
    expect(await ask(anna.socket, 'monitor:join', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const joined = await ask(boss.socket, 'monitor:join', { conversationId });
    expect(joined).toMatchObject({ ok: true, conversation: { id: conversationId }, messages: [{ body: 'hallo' }] });
    const live = next(boss.socket, 'message');
    await ask(anna.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'Fijn dat je schrijft' });
    expect((await live).body).toBe('Fijn dat je schrijft');
    expect(await ask(boss.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'x' })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    // This chat's reads (a colleague receiving a transfer earlier in this file reads what came before: audited too).
    const audit = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'transcript.read'), eq(auditLog.targetId, conversationId)));
    expect(audit.map((a) => [a.actorId, a.targetId, a.details])).toEqual([
      [boss.id, conversationId, { via: 'monitor:join' }],
    ]);
    for (const s of [anna.socket, boss.socket, visitor]) s.close();
  });
});

describe('return codes', () => {
  it('links a later contact to the earlier one without any identity', async () => {
    const first = await visitorSocket(t);
    const created = await ask(first.socket, 'returnCode:create', {});
    expect(String(created.returnCode)).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    first.socket.close();
    const later = await visitorSocket(t);
    const boss = await member(['helpwanted', 'stopitnow'], 'supervisor');
    const snapshot = next(boss.socket, 'queue:snapshot', (s) => s.programmes.some((p) => p.waiting.length > 0));
    const joined = await ask(later.socket, 'queue:join', {
      programme: 'stopitnow',
      intake: { returnCode: String(created.returnCode).toLowerCase() },
    });
    expect(joined.ok).toBe(true);
    expect((await snapshot).programmes.flatMap((p) => p.waiting).some((w) => w.returning)).toBe(true);
    const unknown = await visitorSocket(t);
    const notLinked = await ask(unknown.socket, 'queue:join', {
      programme: 'helpwanted',
      intake: { returnCode: 'AAAA-BBBB-CCCC' },
    });
    expect(notLinked.ok).toBe(true);
    const row = (
      await t.db.db
        .select()
        .from(conversations)
        .where(eq(conversations.id, String(notLinked.conversationId)))
    )[0];
    expect(row?.returning).toBe(false);
    for (const s of [later.socket, unknown.socket, boss.socket]) s.close();
  });
});

describe('presence state for the workspace', () => {
  it('tells every tab of the counsellor their presence and capacity after a change', async () => {
    const created = await createStaff(t, { programmes: ['stopitnow'] });
    const cookie = await loginAs(t, created);
    const first = await staffSocket(t, cookie);
    const second = await staffSocket(t, cookie);
    const bothTabs = [first, second].map((s) => next(s, 'presence:state', (p) => p.status === 'away'));
    expect(await ask(first, 'presence:set', { status: 'away' })).toEqual({ ok: true });
    for (const state of await Promise.all(bothTabs)) expect(state).toEqual({ status: 'away', capacity: 2 });
    const reconnected = createStaffSocket(t.url, { forceNew: true, extraHeaders: { cookie } });
    expect(await next(reconnected, 'presence:state')).toEqual({ status: 'away', capacity: 2 });
    for (const s of [first, second, reconnected]) s.close();
  });
});
