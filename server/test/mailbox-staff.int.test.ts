import { randomUUID } from 'node:crypto';
import { auditLog, conversations } from '@helpline/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { api, type Member, startTeam } from './helpers/chats';
import { mailboxPost, writeThread } from './helpers/mailbox';
import { ask, next } from './helpers/sockets';
import { stopitnowTags } from './helpers/tags';

// Monday 7 December 2026, 08:00 in Amsterdam.
const clock = createManualClock(new Date('2026-12-07T07:00:00Z'));
let team: Awaited<ReturnType<typeof startTeam<'sam' | 'sara' | 'anna' | 'boss'>>>;
beforeAll(async () => {
  team = await startTeam(clock, { sam: 'stopitnow', sara: 'stopitnow', anna: 'helpwanted', boss: 'supervisor' });
});
afterAll(() => team.stop());

const claim = (who: Member, id: string) => api(team.t, who, 'POST', `/api/mailbox/${id}/claim`);
const answer = (who: Member, id: string, body: string, clientId = randomUUID()) =>
  api(team.t, who, 'POST', `/api/mailbox/${id}/messages`, { clientId, body });
const list = (who: Member, query = '') => api(team.t, who, 'GET', `/api/conversations?channel=mailbox${query}`);
/** Time passes in steps of 10 minutes, the team's sessions kept alive (they lapse after 30 idle minutes). */
const pass = async (minutes: number) => {
  for (let left = minutes; left > 0; left -= 10) {
    clock.advance(Math.min(10, left) * 60 * 1000);
    for (const who of Object.values(team.team)) await api(team.t, who, 'GET', '/api/auth/me');
  }
};
const readsAudited = async (id: string, staffId: string) =>
  (
    await team.t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'transcript.read'), eq(auditLog.targetId, id), eq(auditLog.actorId, staffId)))
  ).length;

describe('the mailbox, for counsellors', () => {
  it('lists the unanswered threads of one’s programmes, oldest first, with their age and no text', async () => {
    const { t, team: m } = team;
    const first = await writeThread(t, 'stopitnow', 'Eerste vraag');
    clock.advance(60_000);
    const second = await writeThread(t, 'stopitnow', 'Tweede vraag');
    await writeThread(t, 'helpwanted', 'Andere lijn');
    clock.advance(60_000);
    const res = await list(m.sam, '&state=unanswered');
    expect(res.status).toBe(200);
    const ids = res.body.map((item: { id: string }) => item.id);
    expect(ids.slice(0, 2)).toEqual([first.conversationId, second.conversationId]);
    expect(res.body.every((item: { programme: string }) => item.programme === 'stopitnow')).toBe(true);
    expect(res.body[0]).toMatchObject({ channel: 'mailbox', state: 'unanswered', ageSeconds: 120, claimedBy: null });
    expect(JSON.stringify(res.body)).not.toContain('vraag');
    expect((await list(m.sam, '&state=nope')).body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'state' });
    // The chat list stays a list of chats.
    const chats = await api(t, m.boss, 'GET', '/api/conversations');
    expect(chats.body.some((c: { id: string }) => c.id === first.conversationId)).toBe(false);
  });

  it('one counsellor answers at a time: CONFLICT for the second, until the claim lapses after 30 minutes', async () => {
    const { t, team: m } = team;
    const { conversationId: id, code } = await writeThread(t, 'stopitnow', 'Wie helpt mij?');
    expect((await claim(m.sam, id)).status).toBe(200);
    expect((await claim(m.sara, id)).body.error.code).toBe('CONFLICT');
    expect((await answer(m.sara, id, 'Ik')).status).toBe(403);
    expect((await claim(m.anna, id)).status).toBe(403);
    await pass(31);
    expect((await answer(m.sam, id, 'Te laat')).status).toBe(403);
    expect((await claim(m.sara, id)).status).toBe(200);
    const clientId = randomUUID();
    const sent = await answer(m.sara, id, 'Wij helpen je graag', clientId);
    expect(sent.status).toBe(200);
    expect(sent.body.message).toMatchObject({ sender: 'counsellor', seq: 2, from: { alias: m.sara.alias } });
    expect((await answer(m.sara, id, 'Wij helpen je graag', clientId)).body.message.id).toBe(sent.body.message.id);
    const read = await mailboxPost(t, '/api/mailbox/read', { code });
    expect(read.body).toMatchObject({ state: 'answered', expectedReplyBy: null });
    expect(read.body.messages[1]).toMatchObject({ body: 'Wij helpen je graag', from: { alias: m.sara.alias } });
    // Retention counts from the last message.
    const [row] = await t.db.db.select().from(conversations).where(eq(conversations.id, id));
    expect(row?.endedAt?.toISOString()).toBe(clock.now().toISOString());
  });

  it('audits reads by anyone but the claimant as transcript reads', async () => {
    const { t, team: m } = team;
    const { conversationId: id } = await writeThread(t, 'stopitnow', 'Lees mij');
    await claim(m.sam, id);
    const own = await api(t, m.sam, 'GET', `/api/mailbox/${id}`);
    expect(own.body.messages[0].body).toBe('Lees mij');
    expect(await readsAudited(id, m.sam.id)).toBe(0);
    expect((await api(t, m.sara, 'GET', `/api/mailbox/${id}`)).status).toBe(200);
    expect(await readsAudited(id, m.sara.id)).toBe(1);
    expect((await api(t, m.boss, 'GET', `/api/mailbox/${id}`)).status).toBe(200);
    expect(await readsAudited(id, m.boss.id)).toBe(1);
    expect((await api(t, m.anna, 'GET', `/api/mailbox/${id}`)).status).toBe(403);
    // Notes: the claimant's, never the visitor's to read.
    const note = await api(t, m.sam, 'POST', `/api/mailbox/${id}/notes`, { body: 'Eerder contact gehad' });
    expect(note.status).toBe(201);
    expect((await api(t, m.sara, 'POST', `/api/mailbox/${id}/notes`, { body: 'Ik ook' })).status).toBe(403);
    expect((await api(t, m.sam, 'GET', `/api/mailbox/${id}`)).body.notes).toEqual([
      { id: note.body.id, body: 'Eerder contact gehad', author: m.sam.alias, at: expect.any(String) },
    ]);
    expect((await api(t, null, 'GET', `/api/mailbox/${id}`)).status).toBe(401);
  });

  it('a thread written to again comes back unanswered, to the same counsellor first while on shift', async () => {
    const { t, team: m } = team;
    const { conversationId: id, code } = await writeThread(t, 'stopitnow', 'Vraag');
    await claim(m.sam, id);
    await answer(m.sam, id, 'Antwoord');
    await pass(40);
    await ask(m.sam.socket, 'presence:set', { status: 'available' });
    await mailboxPost(t, '/api/mailbox/reply', { code, clientId: randomUUID(), body: 'Nog een vraag' });
    const item = (await list(m.sara, '&state=unanswered')).body.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ state: 'unanswered', claimedBy: { id: m.sam.id } });
    expect((await claim(m.sara, id)).body.error.code).toBe('CONFLICT');
    expect((await answer(m.sam, id, 'Tweede antwoord')).status).toBe(200);

    // Off shift: the thread is free for anyone.
    await ask(m.sam.socket, 'presence:set', { status: 'offline' });
    await pass(40);
    await mailboxPost(t, '/api/mailbox/reply', { code, clientId: randomUUID(), body: 'Derde vraag' });
    expect((await claim(m.sara, id)).status).toBe(200);
  });

  it('closes a thread only with complete tags', async () => {
    const { t, team: m } = team;
    const { conversationId: id, code } = await writeThread(t, 'stopitnow', 'Sluiten');
    await claim(m.sam, id);
    await answer(m.sam, id, 'Klaar');
    const early = await api(t, m.sam, 'POST', `/api/mailbox/${id}/close`);
    expect(early.body.error).toMatchObject({ code: 'CONFLICT', field: 'tags' });
    expect((await api(t, m.sam, 'PUT', `/api/conversations/${id}/tags`, stopitnowTags)).status).toBe(200);
    expect((await api(t, m.sara, 'POST', `/api/mailbox/${id}/close`)).status).toBe(403);
    expect((await api(t, m.sam, 'POST', `/api/mailbox/${id}/close`)).body).toEqual({
      conversationId: id,
      state: 'closed',
    });
    expect((await mailboxPost(t, '/api/mailbox/read', { code })).body.state).toBe('closed');
    expect((await claim(m.sara, id)).body.error.code).toBe('CONFLICT');
  });

  it('pushes the unanswered threads in the queue snapshot and shows them on the supervisors’ wall', async () => {
    const { t, team: m } = team;
    const before = (await api(t, m.boss, 'GET', '/api/supervisor/overview')).body.programmes.find(
      (p: { id: string }) => p.id === 'stopitnow',
    );
    const pushed = next(m.sam.socket, 'queue:snapshot', (s) =>
      s.programmes.some((p) => p.programme === 'stopitnow' && (p.mailbox?.unanswered ?? 0) > before.mailboxUnanswered),
    );
    await writeThread(t, 'stopitnow', 'Live');
    const snapshot = await pushed;
    const stopitnow = snapshot.programmes.find((p) => p.programme === 'stopitnow');
    expect(stopitnow?.mailbox?.oldestAt).toEqual(expect.any(String));
    clock.advance(5 * 60 * 1000);
    const after = (await api(t, m.boss, 'GET', '/api/supervisor/overview')).body.programmes.find(
      (p: { id: string }) => p.id === 'stopitnow',
    );
    expect(after.mailboxUnanswered).toBe(before.mailboxUnanswered + 1);
    expect(after.mailboxOldestSeconds).toBeGreaterThanOrEqual(300);
    expect(after.mailboxOverdue).toBe(0);
  });

  it('answers bad ids and bodies with INVALID_INPUT naming the field', async () => {
    const { t, team: m } = team;
    expect((await claim(m.sam, 'nope')).body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'conversationId' });
    expect((await claim(m.sam, randomUUID())).status).toBe(404);
    const { conversationId: id } = await writeThread(t, 'stopitnow', 'x');
    await claim(m.sam, id);
    const long = await api(t, m.sam, 'POST', `/api/mailbox/${id}/messages`, {
      clientId: randomUUID(),
      body: 'x'.repeat(4001),
    });
    expect(long.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
    const noId = await api(t, m.sam, 'POST', `/api/mailbox/${id}/messages`, { body: 'x' });
    expect(noId.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'clientId' });
  });
});
