import { randomUUID } from 'node:crypto';
import { conversations, messages } from '@helpline/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { AppError } from '../src/errors';
import { type Guard, type PendingSend, storeBatch } from '../src/modules/conversations/message-batch';
import { startTestApp, type TestApp } from './harness';

// Group commit without sockets: batches are handed to storeBatch as the batcher would, against the real database.
let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const allow: Guard = () => {};
const refuse: Guard = () => {
  throw new AppError('FORBIDDEN', 'Not this one');
};
/** As the real guards: messages only in an active chat. */
const activeOnly: Guard = (row) => {
  if (row.status !== 'active') throw new AppError('CONFLICT', 'This conversation is not active');
};

const newChat = async () => {
  const visitorId = await t.app.services.visitors.create(randomUUID());
  const { conversation } = await t.app.services.queue.join(visitorId, 'stopitnow');
  return conversation.id;
};
const send = (conversationId: string, body: string, guard = allow, clientId: string = randomUUID()): PendingSend => ({
  input: { conversationId, sender: 'visitor', clientId, body },
  guard,
});
const store = (batch: PendingSend[]) =>
  t.db.db.transaction((tx) => storeBatch(tx, batch, { dataKeys: t.app.services.dataKeys, now: clock.now() }));
/** What a conversation holds: its counter and its messages' seqs, opened. */
const stored = async (conversationId: string) => {
  const [row] = await t.db.db
    .select({ lastSeq: conversations.lastSeq })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  const rows = await t.db.db
    .select({ seq: messages.seq })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.seq));
  const opened = await t.app.services.messages.after(conversationId);
  return { lastSeq: row?.lastSeq, seqs: rows.map((r) => r.seq), bodies: opened.map((m) => m.body) };
};
const seqOf = (outcome: Awaited<ReturnType<typeof store>>[number] | undefined) =>
  outcome?.ok ? outcome.value.message.seq : outcome?.error;

describe('storeBatch (group commit)', () => {
  it('numbers one batch over several conversations in order, and gives a refused send its number back', async () => {
    const [a, b] = [await newChat(), await newChat()];
    const outcomes = await store([
      send(a, 'a one'),
      send(b, 'b one'),
      send(a, 'refused', refuse),
      send(a, 'a two'),
      send(randomUUID(), 'nowhere'),
    ]);
    expect(outcomes.map(seqOf)).toEqual([1, 1, expect.any(AppError), 2, expect.any(AppError)]);
    expect(outcomes.map((o) => (o.ok ? null : (o.error as AppError).code))).toEqual([
      null,
      null,
      'FORBIDDEN',
      null,
      'NOT_FOUND',
    ]);
    expect(await stored(a)).toEqual({ lastSeq: 2, seqs: [1, 2], bodies: ['a one', 'a two'] });
    expect(await stored(b)).toEqual({ lastSeq: 1, seqs: [1], bodies: ['b one'] });
  });

  it('answers a repeat of a stored client id with the stored message, taking no seq, beside new sends', async () => {
    const [a, b] = [await newChat(), await newChat()];
    const clientId = randomUUID();
    const [first] = await store([send(a, 'hello', allow, clientId)]);
    const outcomes = await store([
      send(a, 'after', allow),
      send(a, 'hello', allow, clientId),
      send(b, 'elsewhere', allow),
    ]);
    expect(outcomes.map(seqOf)).toEqual([2, 1, 1]);
    expect(outcomes[1]).toEqual({ ok: true, value: expect.objectContaining({ isNew: false }) });
    expect(outcomes[1]?.ok && first?.ok && outcomes[1].value.message).toEqual(first?.ok && first.value.message);
    expect(await stored(a)).toEqual({ lastSeq: 2, seqs: [1, 2], bodies: ['hello', 'after'] });
    expect(await stored(b)).toEqual({ lastSeq: 1, seqs: [1], bodies: ['elsewhere'] });
  });

  it('checks a repeat like a new send: in a chat that has ended, both are refused and take no seq', async () => {
    const a = await newChat();
    const clientId = randomUUID();
    await store([send(a, 'before the end', allow, clientId)]);
    await t.db.db.update(conversations).set({ status: 'ended' }).where(eq(conversations.id, a));
    const outcomes = await store([send(a, 'too late', activeOnly), send(a, 'before the end', activeOnly, clientId)]);
    expect(outcomes.map((o) => (o.ok ? o.value.message.body : (o.error as AppError).code))).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    expect(await stored(a)).toEqual({ lastSeq: 1, seqs: [1], bodies: ['before the end'] });
  });

  it('answers a client id sent twice in one batch once, with one seq', async () => {
    const a = await newChat();
    const clientId = randomUUID();
    const outcomes = await store([send(a, 'twice', allow, clientId), send(a, 'twice', allow, clientId)]);
    expect(outcomes.map((o) => o.ok && o.value.isNew)).toEqual([true, false]);
    expect(outcomes.map(seqOf)).toEqual([1, 1]);
    expect(await stored(a)).toEqual({ lastSeq: 1, seqs: [1], bodies: ['twice'] });
  });
});
