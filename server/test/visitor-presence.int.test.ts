import { missedContacts } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { VISITOR_GONE_MS } from '../src/modules/queue/queue.service';
import { type Member, startTeam } from './helpers/chats';
import { ask, next, record, visitorSocket } from './helpers/sockets';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let team: Record<'anna' | 'boss', Member>;
let t: Awaited<ReturnType<typeof startTeam>>['t'];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ t, team, stop } = await startTeam(clock, { anna: 'helpwanted', boss: 'supervisor' }));
});
afterAll(() => stop());

const activeChat = async () => {
  const visitor = await visitorSocket(t);
  const joined = await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
  const conversationId = String(joined.conversationId);
  expect((await ask(team.anna.socket, 'conversation:accept', { conversationId })).ok).toBe(true);
  return { ...visitor, conversationId };
};

describe('the counsellor learns that the visitor has gone', () => {
  it('a closed tab: visitor:presence offline (with the moment it went), and online again when they come back', async () => {
    const { socket, token, conversationId } = await activeChat();
    const wentAt = clock.now().toISOString();
    const gone = next(team.anna.socket, 'visitor:presence', (p) => p.conversationId === conversationId);
    const monitorJoined = await ask(team.boss.socket, 'monitor:join', { conversationId });
    expect(monitorJoined.ok).toBe(true);
    const atMonitor = next(team.boss.socket, 'visitor:presence', (p) => p.conversationId === conversationId);
    socket.close();
    expect(await gone).toEqual({ conversationId, online: false, since: wentAt });
    expect((await atMonitor).online).toBe(false);

    clock.advance(20_000);
    const back = next(team.anna.socket, 'visitor:presence', (p) => p.conversationId === conversationId);
    const again = await visitorSocket(t, token);
    expect(await back).toEqual({ conversationId, online: true, since: clock.now().toISOString() });
    await ask(team.anna.socket, 'conversation:end', { conversationId });
    again.socket.close();
  });

  it('a reload (a new socket within moments) is not reported as gone', async () => {
    const { socket, token, conversationId } = await activeChat();
    const heard = record(team.anna.socket, 'visitor:presence');
    socket.close();
    const again = await visitorSocket(t, token);
    await new Promise((r) => setTimeout(r, 4000));
    expect(heard.filter((p) => p.conversationId === conversationId && !p.online)).toEqual([]);
    await ask(team.anna.socket, 'conversation:end', { conversationId });
    again.socket.close();
  }, 10_000);

  it('a visitor still connected on another socket is not gone when one closes', async () => {
    const { socket, token, conversationId } = await activeChat();
    const second = await visitorSocket(t, token, {}, { forceNew: true });
    const heard = record(team.anna.socket, 'visitor:presence');
    socket.close();
    await new Promise((r) => setTimeout(r, 4000));
    expect(heard.filter((p) => !p.online)).toEqual([]);
    const gone = next(team.anna.socket, 'visitor:presence', (p) => p.conversationId === conversationId);
    second.socket.close();
    expect((await gone).online).toBe(false);
    await ask(team.anna.socket, 'conversation:end', { conversationId });
  }, 15_000);

  it('quick exit during a chat ends it with reason quick-exit', async () => {
    const { socket, conversationId } = await activeChat();
    const ended = next(team.anna.socket, 'conversation:ended', (p) => p.conversationId === conversationId);
    expect(await ask(socket, 'session:end', {})).toEqual({ ok: true });
    expect(await ended).toEqual({ conversationId, endedBy: 'visitor', reason: 'quick-exit' });
  });

  it('a waiting visitor gone for more than 60 s is no longer offered: abandoned and counted as missed', async () => {
    const ghost = await visitorSocket(t);
    const ghostJoin = await ask(ghost.socket, 'queue:join', { programme: 'helpwanted' });
    const ghostId = String(ghostJoin.conversationId);
    const present = await visitorSocket(t);
    const presentId = String((await ask(present.socket, 'queue:join', { programme: 'helpwanted' })).conversationId);
    ghost.socket.close();
    await new Promise((r) => setTimeout(r, 200));

    // Within the minute the ghost is still offered (it might be a reload).
    clock.advance(VISITOR_GONE_MS - 5000);
    await t.app.jobs.runOnce();
    const waitingIds = async () =>
      (await t.app.services.queue.snapshot(['helpwanted'])).programmes.flatMap((p) =>
        p.waiting.map((w) => w.conversationId),
      );
    expect(await waitingIds()).toContain(ghostId);
    expect(await t.app.services.conversations.mustFind(ghostId)).toMatchObject({ status: 'queued' });

    clock.advance(10_000);
    const ended = next(team.anna.socket, 'queue:snapshot', (s) =>
      s.programmes.every((p) => p.waiting.every((w) => w.conversationId !== ghostId)),
    );
    await t.app.jobs.runOnce();
    await ended;
    expect(await t.app.services.conversations.mustFind(ghostId)).toMatchObject({
      status: 'abandoned',
      endedBy: 'visitor',
    });
    expect(await t.app.services.conversations.mustFind(presentId)).toMatchObject({ status: 'queued' });
    const missed = await t.db.db.select().from(missedContacts).where(eq(missedContacts.conversationId, ghostId));
    expect(missed).toMatchObject([{ kind: 'abandoned' }]);
    const accepted = await ask(team.anna.socket, 'conversation:accept', { conversationId: ghostId });
    expect(accepted.error?.code).toBe('CONFLICT');
    expect(await waitingIds()).toContain(presentId);
    present.socket.close();
    await new Promise((r) => setTimeout(r, 200));
    clock.advance(VISITOR_GONE_MS + 5000);
    await t.app.jobs.runOnce();
  });

  it('accepting a visitor who left moments ago: the counsellor is told at once they are gone', async () => {
    const ghost = await visitorSocket(t);
    const conversationId = String((await ask(ghost.socket, 'queue:join', { programme: 'helpwanted' })).conversationId);
    ghost.socket.close();
    await new Promise((r) => setTimeout(r, 200));
    const told = next(team.anna.socket, 'visitor:presence', (p) => p.conversationId === conversationId);
    expect((await ask(team.anna.socket, 'conversation:accept', { conversationId })).ok).toBe(true);
    expect(await told).toMatchObject({ conversationId, online: false });
    await ask(team.anna.socket, 'conversation:end', { conversationId });
  });
});
