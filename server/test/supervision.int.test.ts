import { randomUUID } from 'node:crypto';
import { auditLog } from '@helpline/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { type Member, member } from './helpers/chats';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { call } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both programmes open
const team = {} as Record<'anna' | 'colleague' | 'boss' | 'nightBoss', Member>;
beforeAll(async () => {
  t = await startTestApp({ clock });
  team.anna = await member(t, { programmes: ['helpwanted'] });
  team.colleague = await member(t, { programmes: ['helpwanted'] });
  team.boss = await member(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
  team.nightBoss = await member(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
});
afterAll(async () => {
  for (const m of Object.values(team)) m.socket.close();
  await t.close();
});

/** A visitor in an active chat with Anna; every event the visitor's socket hears is kept. */
const chatWithAnna = async () => {
  const visitor = await visitorSocket(t);
  const heard: { event: string; payload: unknown }[] = [];
  visitor.socket.onAny((event: string, payload: unknown) => heard.push({ event, payload }));
  const joined = await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
  const conversationId = String(joined.conversationId);
  expect(await ask(team.anna.socket, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
  return { visitor: visitor.socket, heard, conversationId };
};
const audited = (action: 'help.requested' | 'debrief.requested' | 'whisper.sent', conversationId: string) =>
  t.db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, conversationId)));

describe('a supervisor at hand', () => {
  it('help:request from the chat reaches every supervisor on shift, and the counsellor hears how many', async () => {
    const { visitor, conversationId } = await chatWithAnna();
    const atBoss = next(team.boss.socket, 'help:requested');
    const atNightBoss = next(team.nightBoss.socket, 'help:requested');
    const colleagueHeard = record(team.colleague.socket, 'help:requested');
    const answer = await ask(team.anna.socket, 'help:request', { conversationId });
    expect(answer).toMatchObject({ ok: true, supervisors: 2 });
    const expected = { conversationId, counsellor: { id: team.anna.id, alias: team.anna.alias }, at: answer.at };
    expect(await atBoss).toEqual(expected);
    expect(await atNightBoss).toEqual(expected);
    expect(colleagueHeard).toEqual([]);
    expect(await audited('help.requested', conversationId)).toMatchObject([{ actorId: team.anna.id }]);

    expect(await ask(team.colleague.socket, 'help:request', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await ask(team.anna.socket, 'conversation:end', { conversationId });
    expect(await ask(team.anna.socket, 'help:request', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    visitor.close();
  });

  it('debrief:request after a chat reaches the supervisors quietly: who asks and when, not which chat', async () => {
    const { visitor, conversationId } = await chatWithAnna();
    await ask(team.anna.socket, 'conversation:end', { conversationId });
    const atBoss = next(team.boss.socket, 'debrief:requested');
    const answer = await ask(team.anna.socket, 'debrief:request', { conversationId });
    expect(answer).toMatchObject({ ok: true, supervisors: 2 });
    expect(await atBoss).toEqual({ counsellor: { id: team.anna.id, alias: team.anna.alias }, at: answer.at });
    expect(await audited('debrief.requested', conversationId)).toMatchObject([{ actorId: team.anna.id }]);
    expect(await ask(team.colleague.socket, 'debrief:request', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    visitor.close();
  });

  it('a whisper reaches the counsellor only: never the visitor, stored sealed as a note, audited without its text', async () => {
    const { visitor, heard, conversationId } = await chatWithAnna();
    const body = 'Vraag of de deadline vanavond is';
    const atAnna = next(team.anna.socket, 'whisper');
    const answer = await ask(team.boss.socket, 'whisper:send', { conversationId, body });
    expect(answer).toMatchObject({ ok: true, whisper: { conversationId, body, from: { alias: team.boss.alias } } });
    expect(await atAnna).toEqual(answer.whisper);
    // A message sent after the whisper reaches the visitor: whatever the whisper sent them would have come before.
    const after = next(visitor, 'message');
    await ask(team.anna.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'Ben je er nog?' });
    await after;
    expect(heard.map((h) => h.event)).not.toContain('whisper');
    expect(JSON.stringify(heard)).not.toContain(body);

    const transcript = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, {
      cookie: team.boss.cookie,
    });
    // Stored as a whisper: after a reload the counsellor's pane shows it as one, never as a handover note.
    expect(((await transcript.json()) as { notes: unknown[] }).notes).toEqual([
      expect.objectContaining({ body, author: team.boss.alias, whisper: true }),
    ]);
    const sealed = await t.db.query<{ ciphertext: Uint8Array }>(
      sql`select ciphertext from notes where conversation_id = ${conversationId}`,
    );
    expect(Buffer.from(sealed[0]?.ciphertext ?? []).toString('utf8')).not.toContain(body);
    const entries = await audited('whisper.sent', conversationId);
    expect(entries).toMatchObject([{ actorId: team.boss.id, details: { to: team.anna.id } }]);
    expect(JSON.stringify(entries)).not.toContain(body);
    expect(t.logs.join('\n')).not.toContain(body);

    expect(await ask(team.colleague.socket, 'whisper:send', { conversationId, body })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await ask(team.anna.socket, 'conversation:end', { conversationId });
    visitor.close();
  });
});
