import { randomUUID } from 'node:crypto';
import { messages, surveyAnswers } from '@helpline/db';
import type { StaffSocket } from '@helpline/shared/client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let counsellor: StaffSocket;
let alias = '';

beforeAll(async () => {
  t = await startTestApp({ clock });
  const member = await createStaff(t, { programmes: ['helpwanted'] });
  alias = member.alias;
  counsellor = await staffSocket(t, await loginAs(t, member));
  expect(await ask(counsellor, 'presence:set', { status: 'available' })).toEqual({ ok: true });
});
afterAll(async () => {
  counsellor.close();
  await t.close();
});

describe('a whole conversation', () => {
  it('joins, is assigned, exchanges messages with typing, ends, and answers the survey', async () => {
    const { socket: visitor, token } = await visitorSocket(t);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const assigned = next(counsellor, 'conversation:assigned');
    const started = next(visitor, 'conversation:started');
    const joined = await ask(visitor, 'queue:join', {
      programme: 'helpwanted',
      intake: { about: 'self', language: 'nl' },
    });
    expect(joined).toMatchObject({ ok: true, position: 1 });
    const conversationId = String(joined.conversationId);
    expect((await assigned).conversation.id).toBe(conversationId);
    expect(await started).toEqual({ conversationId, counsellor: { alias } });

    const toCounsellor = record(counsellor, 'message');
    const toVisitor = record(visitor, 'message');
    const typing = next(counsellor, 'typing');
    visitor.emit('typing', { conversationId, typing: true });
    expect(await typing).toEqual({ conversationId, typing: true });

    const sent = await ask(visitor, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      body: 'Iemand dreigt mijn foto te delen',
    });
    expect(sent).toMatchObject({
      ok: true,
      message: { seq: 1, sender: 'visitor', body: 'Iemand dreigt mijn foto te delen' },
    });
    const reply = await ask(counsellor, 'message:send', {
      conversationId,
      clientId: randomUUID(),
      body: 'Goed dat je het vertelt.',
    });
    expect(reply).toMatchObject({ ok: true, message: { seq: 2, sender: 'counsellor' } });
    await waitFor(() => toVisitor.length === 2 && toCounsellor.length === 2);
    expect(toVisitor.map((m) => [m.seq, m.sender])).toEqual([
      [1, 'visitor'],
      [2, 'counsellor'],
    ]);
    expect(toCounsellor.map((m) => m.body)).toEqual(['Iemand dreigt mijn foto te delen', 'Goed dat je het vertelt.']);

    const stored = await t.db.db.select().from(messages).where(eq(messages.conversationId, conversationId));
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(Buffer.from(row.ciphertext).toString('latin1')).not.toContain('foto');

    const ended = next(visitor, 'conversation:ended');
    expect(await ask(counsellor, 'conversation:end', { conversationId })).toEqual({ ok: true });
    expect(await ended).toEqual({ conversationId, endedBy: 'counsellor' });
    expect(
      await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'nog iets' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect(
      await ask(visitor, 'survey:submit', { conversationId, rating: 5, feltBetter: true, wouldRecommend: true }),
    ).toEqual({ ok: true });
    expect(await ask(visitor, 'survey:submit', { conversationId, rating: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.db.db.$count(surveyAnswers, eq(surveyAnswers.conversationId, conversationId))).toBe(1);
    visitor.close();
  });

  it('keeps another visitor out of the conversation', async () => {
    const { socket: first } = await visitorSocket(t);
    const joined = await ask(first, 'queue:join', { programme: 'helpwanted' });
    const { socket: stranger } = await visitorSocket(t);
    const conversationId = String(joined.conversationId);
    expect(await ask(stranger, 'message:send', { conversationId, clientId: randomUUID(), body: 'hoi' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await ask(stranger, 'conversation:resume', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await ask(first, 'queue:join', { programme: 'stopitnow' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await ask(first, 'conversation:leave', { conversationId });
    first.close();
    stranger.close();
  });
});
