import { auditLog, staff } from '@helpline/db';
import type { Urgency } from '@helpline/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { DEFAULT_HANDLING_SECONDS } from '../src/modules/queue/wait-estimate';
import { startTestApp, type TestApp } from './harness';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both programmes open
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const counsellor = async (programme: 'helpwanted' | 'stopitnow', capacity = 2) => {
  const member = await createStaff(t, { programmes: [programme] });
  await t.db.db.update(staff).set({ capacity }).where(eq(staff.id, member.id));
  return { ...member, socket: await staffSocket(t, await loginAs(t, member)) };
};
const sockets: { close: () => void }[] = [];
afterAll(() => {
  for (const s of sockets) s.close();
});
/** A visitor joins (a second later than the one before), telling an urgency when given. */
const join = async (programme: 'helpwanted' | 'stopitnow', urgency?: Urgency) => {
  const visitor = await visitorSocket(t);
  sockets.push(visitor.socket);
  const started = next(visitor.socket, 'conversation:started', () => true, 20_000);
  started.catch(() => {});
  const joined = await ask(visitor.socket, 'queue:join', { programme, intake: urgency ? { urgency } : {} });
  expect(joined).toMatchObject({ ok: true });
  clock.advance(1000);
  return { ...visitor, started, conversationId: String(joined.conversationId) };
};
const waitingOrder = async (programme: 'helpwanted' | 'stopitnow') =>
  (await t.app.services.queue.snapshot([programme])).programmes[0]?.waiting.map((w) => w.conversationId);

describe('urgent chats first', () => {
  it('an urgent chat overtakes two waiting ones: snapshot, positions, honest estimates and routing follow one order', async () => {
    const first = await join('helpwanted');
    const second = await join('helpwanted', 'none');
    const secondMoves = record(second.socket, 'queue:position');
    const deadline = await join('helpwanted', 'deadline');
    const selfHarm = await join('helpwanted', 'self-harm');
    expect(await waitingOrder('helpwanted')).toEqual([
      selfHarm.conversationId,
      deadline.conversationId,
      first.conversationId,
      second.conversationId,
    ]);
    // Nobody is available: each place ahead is one handling time more, and the visitor is told so.
    await waitFor(() => secondMoves.some((p) => p.position === 4));
    expect(secondMoves.at(-1)).toEqual({
      conversationId: second.conversationId,
      position: 4,
      estimatedWaitSeconds: 4 * DEFAULT_HANDLING_SECONDS,
    });
    const resumed = await ask(first.socket, 'conversation:resume', { conversationId: first.conversationId });
    expect(resumed).toMatchObject({ conversation: { status: 'queued', position: 3 } });

    const anna = await counsellor('helpwanted', 1);
    const assigned = record(anna.socket, 'conversation:assigned');
    expect(await ask(anna.socket, 'presence:set', { status: 'available' })).toEqual({ ok: true });
    await selfHarm.started;
    expect(assigned.map((a) => a.conversation.id)).toEqual([selfHarm.conversationId]);
    expect(assigned[0]?.conversation.intake).toEqual({ urgency: 'self-harm' });
    await ask(anna.socket, 'conversation:end', { conversationId: selfHarm.conversationId });
    await deadline.started;
    expect(assigned.map((a) => a.conversation.id)).toEqual([selfHarm.conversationId, deadline.conversationId]);
    await ask(anna.socket, 'conversation:end', { conversationId: deadline.conversationId });
    await first.started;
    await ask(anna.socket, 'presence:set', { status: 'away' });
    await ask(anna.socket, 'conversation:end', { conversationId: first.conversationId });
    await ask(second.socket, 'conversation:leave', { conversationId: second.conversationId });
    anna.socket.close();
  }, 30_000);

  it('counsellors racing: the urgent chats go first, each to exactly one of them', async () => {
    const plain = [await join('stopitnow'), await join('stopitnow'), await join('stopitnow')] as const;
    const urgent = [await join('stopitnow', 'child-at-risk'), await join('stopitnow', 'self-harm')];
    const team = await Promise.all([1, 2, 3, 4].map(() => counsellor('stopitnow', 1)));
    const accepts = await Promise.all(
      team.map(async (m) => ({
        id: m.id,
        ok: (await ask(m.socket, 'conversation:accept', { conversationId: String(urgent[1]?.conversationId) })).ok,
      })),
    );
    expect(accepts.filter((a) => a.ok)).toHaveLength(1);
    const assigned = team.map((m) => record(m.socket, 'conversation:assigned'));
    await Promise.all(team.map((m) => ask(m.socket, 'presence:set', { status: 'available' })));
    await Promise.all([t.app.jobs.runOnce(), t.app.jobs.runOnce()]);
    await waitFor(() => assigned.flat().length >= 3);
    await t.app.jobs.runOnce();
    const names = new Map([
      ...plain.map((p, i) => [p.conversationId, `plain ${i}`] as const),
      ...urgent.map((u, i) => [u.conversationId, `urgent ${i}`] as const),
    ]);
    const given = assigned.flat().map((a) => names.get(a.conversation.id));
    // One counsellor holds the self-harm chat by hand; the other three get the child-at-risk one and the two oldest.
    expect(given.sort()).toEqual(['plain 0', 'plain 1', 'urgent 0']);
    expect(await waitingOrder('stopitnow')).toEqual([plain[2].conversationId]);
    await ask(plain[2].socket, 'conversation:leave', { conversationId: plain[2].conversationId });
    for (const m of team) m.socket.close();
  }, 30_000);

  it("an unknown urgency, or another programme's, is refused naming intake.urgency", async () => {
    const { socket } = await visitorSocket(t);
    sockets.push(socket);
    for (const [programme, urgency] of [
      ['helpwanted', 'pay before midnight'],
      ['helpwanted', 'child-at-risk'],
      ['stopitnow', 'deadline'],
    ] as const)
      expect(await ask(socket, 'queue:join', { programme, intake: { urgency } })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'intake.urgency' },
      });
  });

  it('a counsellor corrects the urgency: audited, the queue re-orders and the snapshot is pushed', async () => {
    const bea = await counsellor('helpwanted');
    const other = await counsellor('stopitnow');
    const older = await join('helpwanted');
    const newer = await join('helpwanted');
    expect(await waitingOrder('helpwanted')).toEqual([older.conversationId, newer.conversationId]);
    const pushed = next(bea.socket, 'queue:snapshot', (s) =>
      s.programmes.some((p) => p.waiting[0]?.conversationId === newer.conversationId),
    );
    const answer = await ask(bea.socket, 'conversation:urgency', {
      conversationId: newer.conversationId,
      urgency: 'deadline',
    });
    expect(answer).toMatchObject({ ok: true, conversation: { intake: { urgency: 'deadline' } } });
    const snapshot = await pushed;
    expect(snapshot.programmes[0]?.waiting[0]).toMatchObject({ urgency: 'deadline', intake: { urgency: 'deadline' } });
    const olderMoved = await next(older.socket, 'queue:position', (p) => p.position === 2);
    expect(olderMoved.estimatedWaitSeconds).toBe(await t.app.services.queueStats.estimateFor('helpwanted', 2));
    const entries = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'conversation.urgency-changed'), eq(auditLog.targetId, newer.conversationId)));
    expect(entries).toMatchObject([{ actorId: bea.id, details: { from: null, to: 'deadline' } }]);

    expect(
      await ask(bea.socket, 'conversation:urgency', { conversationId: older.conversationId, urgency: 'child-at-risk' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'urgency' } });
    expect(
      await ask(other.socket, 'conversation:urgency', { conversationId: older.conversationId, urgency: 'self-harm' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await waitingOrder('helpwanted')).toEqual([newer.conversationId, older.conversationId]);
    for (const v of [older, newer]) await ask(v.socket, 'conversation:leave', { conversationId: v.conversationId });
    bea.socket.close();
    other.socket.close();
  });

  it('a chat sent to the other programme keeps an urgency only when that programme has the value', async () => {
    const cas = await counsellor('helpwanted');
    const urgentFor = async (urgency: Urgency) => {
      const visitor = await join('helpwanted', urgency);
      await ask(cas.socket, 'conversation:accept', { conversationId: visitor.conversationId });
      const sent = { conversationId: visitor.conversationId, to: { programme: 'stopitnow' as const } };
      expect(await ask(cas.socket, 'conversation:transfer', sent)).toEqual({ ok: true });
      return visitor;
    };
    const deadline = await urgentFor('deadline');
    const selfHarm = await urgentFor('self-harm');
    const waiting = (await t.app.services.queue.snapshot(['stopitnow'])).programmes[0]?.waiting ?? [];
    expect(waiting.map((w) => [w.conversationId, w.urgency])).toEqual([
      [selfHarm.conversationId, 'self-harm'],
      [deadline.conversationId, undefined],
    ]);
    for (const v of [deadline, selfHarm])
      await ask(v.socket, 'conversation:leave', { conversationId: v.conversationId });
    cas.socket.close();
  });

  it('the supervisor overview counts urgent waiting chats, pushed when one arrives', async () => {
    const boss = await createStaff(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
    const wall = await staffSocket(t, await loginAs(t, boss));
    const calm = await join('helpwanted', 'none');
    const pushed = next(wall, 'supervisor:overview', (o) =>
      o.programmes.some((p) => p.id === 'helpwanted' && p.urgentWaiting === 1),
    );
    const urgent = await join('helpwanted', 'self-harm');
    const overview = await pushed;
    expect(overview.programmes.find((p) => p.id === 'helpwanted')).toMatchObject({ waiting: 2, urgentWaiting: 1 });
    expect(overview.programmes.find((p) => p.id === 'stopitnow')).toMatchObject({ urgentWaiting: 0 });
    for (const v of [calm, urgent]) await ask(v.socket, 'conversation:leave', { conversationId: v.conversationId });
    wall.close();
  });
});
