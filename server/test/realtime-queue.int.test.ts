import { randomUUID } from 'node:crypto';
import { conversations, missedContacts } from '@helpline/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-22T07:00:00Z')); // Sunday 08:00 in Amsterdam: both closed
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const missed = (kind: 'outside-hours' | 'abandoned' | 'timed-out') =>
  t.db.db.select().from(missedContacts).where(eq(missedContacts.kind, kind));

describe('queues by opening hours', () => {
  it('outside hours: CLOSED with the next opening, counted as missed', async () => {
    const { socket } = await visitorSocket(t);
    const answer = await ask(socket, 'queue:join', { programme: 'stopitnow' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'CLOSED', message: expect.any(String), opensAt: '2026-11-23T08:00:00.000Z' },
    });
    const rows = await missed('outside-hours');
    expect(rows.map((r) => [r.programmeId, r.conversationId])).toEqual([['stopitnow', null]]);
    expect(await t.db.db.$count(conversations)).toBe(0);
    socket.close();
  });

  it('leaving the queue is abandoned, with the seconds waited; positions move up for the others', async () => {
    clock.set(new Date('2026-11-22T10:30:00Z')); // Sunday 11:30: Helpwanted open, nobody available
    const first = await visitorSocket(t);
    const second = await visitorSocket(t);
    const joined = await ask(first.socket, 'queue:join', { programme: 'helpwanted' });
    const secondJoin = await ask(second.socket, 'queue:join', { programme: 'helpwanted' });
    expect([joined.position, secondJoin.position]).toEqual([1, 2]);
    expect(secondJoin.estimatedWaitSeconds).toBeGreaterThan(0);
    const moved = next(second.socket, 'queue:position', (p) => p.position === 1);
    clock.advance(95_000);
    const ended = next(first.socket, 'conversation:ended');
    expect(await ask(first.socket, 'conversation:leave', { conversationId: joined.conversationId })).toEqual({
      ok: true,
    });
    expect(await ended).toMatchObject({ endedBy: 'visitor', reason: 'abandoned' });
    await moved;
    const rows = await missed('abandoned');
    expect(rows.map((r) => [r.waitedSeconds, r.conversationId])).toEqual([[95, joined.conversationId]]);
    await ask(second.socket, 'conversation:leave', { conversationId: secondJoin.conversationId });
    first.socket.close();
    second.socket.close();
  });

  it('past the maximum wait: timed out, told in a system message, counted', async () => {
    const { socket } = await visitorSocket(t);
    const joined = await ask(socket, 'queue:join', { programme: 'helpwanted' });
    const told = record(socket, 'message');
    const ended = next(socket, 'conversation:ended');
    clock.advance(19 * 60_000);
    await t.app.jobs.runOnce();
    expect(await t.db.db.$count(missedContacts, eq(missedContacts.kind, 'timed-out'))).toBe(0);
    clock.advance(61_000);
    await t.app.jobs.runOnce();
    expect(await ended).toEqual({ conversationId: joined.conversationId, endedBy: 'system', reason: 'timed-out' });
    await waitFor(() => told.length === 1);
    expect(told[0]?.sender).toBe('system');
    expect((await missed('timed-out')).map((r) => r.waitedSeconds)).toEqual([20 * 60 + 1]);
    socket.close();
  });

  it('a visitor already waiting at closing time is still served', async () => {
    clock.set(new Date('2026-11-22T17:55:00Z')); // Sunday 18:55, Helpwanted closes at 19:00
    const { socket } = await visitorSocket(t);
    const joined = await ask(socket, 'queue:join', { programme: 'helpwanted' });
    expect(joined.ok).toBe(true);
    clock.advance(10 * 60_000); // 19:05: closed
    const late = await visitorSocket(t);
    expect(await ask(late.socket, 'queue:join', { programme: 'helpwanted' })).toMatchObject({
      error: { code: 'CLOSED' },
    });
    const member = await createStaff(t, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(t, await loginAs(t, member));
    const started = next(socket, 'conversation:started');
    await ask(counsellor, 'presence:set', { status: 'available' });
    await started;
    const row = (
      await t.db.db
        .select()
        .from(conversations)
        .where(and(eq(conversations.id, String(joined.conversationId))))
    )[0];
    expect(row?.status).toBe('active');
    expect(row?.waitedSeconds).toBe(600);
    expect(
      await ask(counsellor, 'message:send', {
        conversationId: joined.conversationId,
        clientId: randomUUID(),
        body: 'Ik ben er.',
      }),
    ).toMatchObject({ ok: true });
    counsellor.close();
    socket.close();
    late.socket.close();
  });
});
