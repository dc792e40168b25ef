import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const counsellor = async () => {
  const member = await createStaff(t, { programmes: ['stopitnow'] });
  return { ...member, socket: await staffSocket(t, await loginAs(t, member)) };
};
const waitingVisitor = async () => {
  const visitor = await visitorSocket(t);
  const started = next(visitor.socket, 'conversation:started');
  const joined = await ask(visitor.socket, 'queue:join', { programme: 'stopitnow' });
  clock.advance(1000);
  return { ...visitor, started, conversationId: String(joined.conversationId) };
};

describe('automatic routing', () => {
  it('gives the longest-waiting visitor to the available counsellor with the fewest active chats, within capacity', async () => {
    const busy = await counsellor();
    const free = await counsellor();
    const first = await waitingVisitor();
    expect(await ask(busy.socket, 'conversation:accept', { conversationId: first.conversationId })).toMatchObject({
      ok: true,
    });
    const older = await waitingVisitor();
    const newer = await waitingVisitor();
    const third = await waitingVisitor();
    const fourth = await waitingVisitor();
    // Both become available at once, then one routing round runs.
    await t.app.services.presence.set(busy.id, 'available');
    await t.app.services.presence.set(free.id, 'available');
    await t.app.jobs.runOnce();
    // busy has 1 of 2, free 0 of 2: the oldest goes to free; then both have room for one more each.
    expect((await older.started).counsellor.alias).toBe(free.alias);
    const aliases = [(await newer.started).counsellor.alias, (await third.started).counsellor.alias].sort();
    expect(aliases).toEqual([busy.alias, free.alias].sort());
    await t.app.jobs.runOnce();
    const stillWaiting = await ask(fourth.socket, 'conversation:resume', { conversationId: fourth.conversationId });
    expect(stillWaiting).toMatchObject({ conversation: { status: 'queued', position: 1 } });

    const ended = next(busy.socket, 'conversation:ended');
    expect(await ask(first.socket, 'conversation:leave', { conversationId: first.conversationId })).toEqual({
      ok: true,
    });
    expect(await ended).toMatchObject({ conversationId: first.conversationId, endedBy: 'visitor' });
    expect((await fourth?.started)?.counsellor.alias).toBe(busy.alias);
    for (const s of [
      busy.socket,
      free.socket,
      first.socket,
      older?.socket,
      newer?.socket,
      third?.socket,
      fourth?.socket,
    ])
      s?.close();
  });

  it('does not route to a counsellor who is away', async () => {
    const away = await counsellor();
    await ask(away.socket, 'presence:set', { status: 'away' });
    const visitor = await waitingVisitor();
    await t.app.jobs.runOnce();
    expect(await ask(visitor.socket, 'conversation:resume', { conversationId: visitor.conversationId })).toMatchObject({
      conversation: { status: 'queued' },
    });
    await ask(visitor.socket, 'conversation:leave', { conversationId: visitor.conversationId });
    away.socket.close();
    visitor.socket.close();
  });
});
