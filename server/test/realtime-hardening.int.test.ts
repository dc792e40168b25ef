import { randomUUID } from 'node:crypto';
import { conversations, messages } from '@helpline/db';
import type { Message } from '@helpline/shared';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: open
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const openOf = (visitorId: string) =>
  t.db.db
    .select()
    .from(conversations)
    .where(eq(conversations.visitorId, visitorId))
    .then((rows) => rows.filter((r) => r.status === 'queued' || r.status === 'active'));

describe('hardening the visitor side (issue 7)', () => {
  it('finding 7: ten parallel joins from one visitor open exactly one conversation', async () => {
    const { socket } = await visitorSocket(t);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => ask(socket, 'queue:join', { programme: 'helpwanted' })),
    );
    // A join is idempotent for the visitor's open conversation (issue 16, finding 13): all ten answer that one.
    const won = answers.filter((a) => a.ok);
    expect(won).toHaveLength(10);
    expect(new Set(won.map((a) => a.conversationId)).size).toBe(1);
    const [row] = await t.db.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, String(won[0]?.conversationId)));
    expect(await openOf(String(row?.visitorId))).toHaveLength(1);
    await ask(socket, 'conversation:leave', { conversationId: String(won[0]?.conversationId) });
    socket.close();
  });

  it("finding 11: a visitor's send reusing the counsellor's message id stores the visitor's text", async () => {
    const member = await createStaff(t, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(t, await loginAs(t, member));
    await ask(counsellor, 'presence:set', { status: 'available' });
    const { socket: visitor } = await visitorSocket(t);
    const started = next(visitor, 'conversation:started');
    await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;

    const clientId = randomUUID();
    const fromCounsellor = await ask(counsellor, 'message:send', { conversationId, clientId, body: 'Hoi, ik ben er.' });
    expect(fromCounsellor).toMatchObject({ ok: true, message: { sender: 'counsellor' } });
    const seen = next(counsellor, 'message', (m) => m.sender === 'visitor');
    const fromVisitor = await ask(visitor, 'message:send', {
      conversationId,
      clientId,
      body: 'Ik wil iets vertellen.',
    });
    expect(fromVisitor).toMatchObject({
      ok: true,
      message: { sender: 'visitor', body: 'Ik wil iets vertellen.', clientId },
    });
    expect(await seen).toMatchObject({ body: 'Ik wil iets vertellen.' });
    // A resend by either side still answers with that side's own message.
    expect(await ask(visitor, 'message:send', { conversationId, clientId, body: 'Ik wil iets vertellen.' })).toEqual(
      fromVisitor,
    );
    expect(await ask(counsellor, 'message:send', { conversationId, clientId, body: 'Hoi, ik ben er.' })).toEqual(
      fromCounsellor,
    );
    expect(await t.db.db.$count(messages, eq(messages.conversationId, conversationId))).toBe(2);
    await ask(counsellor, 'conversation:end', { conversationId });
    await ask(counsellor, 'presence:set', { status: 'offline' });
    counsellor.close();
    visitor.close();
  });

  it("finding 12: an intake age band outside the programme's taxonomy is INVALID_INPUT naming intake.ageBand", async () => {
    const { socket } = await visitorSocket(t);
    const before = await t.db.db.$count(conversations);
    for (const ageBand of ['+31 6 12345678', '18-25', '']) {
      expect(await ask(socket, 'queue:join', { programme: 'helpwanted', intake: { ageBand } })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringContaining('intake.ageBand'), field: 'intake.ageBand' },
      });
    }
    expect(await t.db.db.$count(conversations)).toBe(before);
    const joined = await ask(socket, 'queue:join', { programme: 'helpwanted', intake: { ageBand: '19-25' } });
    expect(joined.ok).toBe(true);
    const stored = await t.db.db
      .select({ intake: conversations.intake })
      .from(conversations)
      .where(inArray(conversations.id, [String(joined.conversationId)]));
    expect(stored).toEqual([{ intake: { ageBand: '19-25' } }]);
    await ask(socket, 'conversation:leave', { conversationId: joined.conversationId });
    socket.close();
  });

  it('issue 8: system messages carry a code with parameters and a readable fallback, also when resumed', async () => {
    const anna = await createStaff(t, { programmes: ['helpwanted'] });
    const bert = await createStaff(t, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(t, await loginAs(t, anna));
    await ask(counsellor, 'presence:set', { status: 'available' });
    const { socket: visitor } = await visitorSocket(t);
    const started = next(visitor, 'conversation:started');
    await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;
    const told = next(visitor, 'message', (m) => m.sender === 'system');
    await ask(counsellor, 'conversation:transfer', { conversationId, to: { staffId: bert.id } });
    const transferred = await told;
    expect(transferred.system).toEqual({ code: 'transferred-to-colleague', params: { alias: bert.alias } });
    expect(transferred.body).toContain(bert.alias);
    const resumed = await ask(visitor, 'conversation:resume', { conversationId });
    expect((resumed.conversation as { messages: Message[] }).messages.at(-1)).toEqual(transferred);
    await ask(counsellor, 'presence:set', { status: 'offline' });
    counsellor.close();
    visitor.close();

    const waiting = await visitorSocket(t);
    await ask(waiting.socket, 'queue:join', { programme: 'helpwanted' });
    const timedOut = next(waiting.socket, 'message', (m) => m.sender === 'system');
    clock.advance(21 * 60_000);
    await t.app.jobs.runOnce();
    expect(await timedOut).toMatchObject({
      system: { code: 'queue-timed-out', params: {} },
      body: expect.stringContaining('Probeer het later nog eens'),
    });
    waiting.socket.close();
  });
});
