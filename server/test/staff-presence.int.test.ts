import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { GRACE_MS } from '../src/modules/conversations/conversation.service';
import { api, type Member, startTeam } from './helpers/chats';
import { ask, next, visitorSocket } from './helpers/sockets';
import { loginAs, staffSocket } from './helpers/staff';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let team: Record<'anna' | 'boss', Member>;
let t: Awaited<ReturnType<typeof startTeam>>['t'];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ t, team, stop } = await startTeam(clock, { anna: 'helpwanted', boss: 'supervisor' }));
});
afterAll(() => stop());

const statusOf = async (staffId: string) => {
  const overview = await api(t, team.boss, 'GET', '/api/supervisor/overview');
  return (overview.body.counsellors as { id: string; status: string }[]).find((c) => c.id === staffId)?.status;
};
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('presence follows the counsellor', () => {
  it('a reload within 30 s keeps presence and chats; 30 s without a connection is offline and the chat requeued', async () => {
    const { anna } = team;
    expect(GRACE_MS).toBe(30_000);
    const assigned = next(anna.socket, 'conversation:assigned');
    expect(await ask(anna.socket, 'presence:set', { status: 'available' })).toEqual({ ok: true });
    const visitor = await visitorSocket(t);
    const conversationId = String(
      (await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' })).conversationId,
    );
    expect((await assigned).conversation.id).toBe(conversationId);

    // The browser reloads (even logs in again) within the grace period: still available, the chat still theirs.
    anna.socket.close();
    await settle();
    clock.advance(20_000);
    await t.app.jobs.runOnce();
    const cookie = await loginAs(t, anna);
    const reloaded = await staffSocket(t, cookie);
    await settle();
    expect(await t.app.services.presence.stateOf(anna.id)).toMatchObject({ status: 'available' });
    expect(await t.app.services.conversations.mustFind(conversationId)).toMatchObject({
      status: 'active',
      counsellorId: anna.id,
    });
    expect(await statusOf(anna.id)).toBe('available');

    // The browser closes. The grace period counts from the moment the last connection went, not the last heartbeat.
    clock.advance(9_000);
    reloaded.close();
    await settle();
    clock.advance(25_000);
    await t.app.jobs.runOnce();
    expect(await statusOf(anna.id)).toBe('available');
    clock.advance(6_000);
    await t.app.jobs.runOnce();
    expect(await statusOf(anna.id)).toBe('offline');
    expect(await t.app.services.presence.stateOf(anna.id)).toMatchObject({ status: 'offline' });
    expect(await t.app.services.conversations.mustFind(conversationId)).toMatchObject({ counsellorId: null });
    visitor.socket.close();
  });
});
