import { randomUUID } from 'node:crypto';
import { conversations, mailboxThreads, messages } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { rotateKeys } from '../src/modules/crypto/rotate.service';
import { startTestApp, type TestApp } from './harness';
import { mailboxPost, writeThread } from './helpers/mailbox';

// Friday 4 December 2026, 02:00 in Amsterdam: both programmes closed.
const clock = createManualClock(new Date('2026-12-04T01:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock, env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const rowsOf = async (id: string) => ({
  conversation: (await t.db.db.select().from(conversations).where(eq(conversations.id, id)))[0],
  thread: (await t.db.db.select().from(mailboxThreads).where(eq(mailboxThreads.conversationId, id)))[0],
  messages: await t.db.db.select().from(messages).where(eq(messages.conversationId, id)),
});

describe('the anonymous mailbox, for visitors', () => {
  it('takes a message at 02:00 and gives a code once, with the reply promise in working days', async () => {
    const res = await mailboxPost(t, '/api/mailbox', { programme: 'stopitnow', body: 'Ik maak me zorgen' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    // Friday night, 3 working days: Monday, Tuesday, Wednesday; due at the end of Wednesday in Amsterdam.
    expect(res.body.expectedReplyBy).toBe('2026-12-09T23:00:00.000Z');
    const stored = await rowsOf(res.body.conversationId);
    expect(stored.conversation).toMatchObject({ channel: 'mailbox', programmeId: 'stopitnow', visitorId: null });
    expect(stored.thread).toMatchObject({ state: 'unanswered' });
    expect(stored.thread?.codeHash).not.toContain(res.body.code);
    expect(stored.messages).toHaveLength(1);
  });

  it('reads the thread with the right code (any case), and answers 404 to a wrong one in the same time', async () => {
    const { code, conversationId } = await writeThread(t, 'helpwanted', 'Iemand heeft mijn foto', '198.51.100.20');
    const right = await mailboxPost(t, '/api/mailbox/read', { code: code.toLowerCase() }, '198.51.100.20');
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({
      conversationId,
      programme: 'helpwanted',
      state: 'unanswered',
      messages: [{ seq: 1, sender: 'visitor', body: 'Iemand heeft mijn foto' }],
    });
    const wrong = await mailboxPost(t, '/api/mailbox/read', { code: 'AAAA-BBBB-CCCC-DDDD' }, '198.51.100.20');
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('NOT_FOUND');
    // Both wait for the same floor: what the time of the answer says about the code is below the network's noise.
    // Medians of interleaved samples, so one answer slowed by a busy machine does not decide.
    const rightMs = [right.ms];
    const wrongMs = [wrong.ms];
    for (let i = 0; i < 4; i++) {
      rightMs.push((await mailboxPost(t, '/api/mailbox/read', { code }, '198.51.100.20')).ms);
      wrongMs.push(
        (await mailboxPost(t, '/api/mailbox/read', { code: `AAAA-BBBB-CCCC-DDD${i + 2}` }, '198.51.100.20')).ms,
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    expect(Math.abs(median(rightMs) - median(wrongMs))).toBeLessThan(120);
    expect(Math.min(...rightMs, ...wrongMs)).toBeGreaterThanOrEqual(240);
  });

  it('takes the visitor’s reply once per clientId, and the thread is unanswered again', async () => {
    const { code, conversationId } = await writeThread(t, 'helpwanted', 'Eerste bericht', '198.51.100.21');
    const clientId = randomUUID();
    const first = await mailboxPost(t, '/api/mailbox/reply', { code, clientId, body: 'Nog iets' }, '198.51.100.21');
    expect(first.status).toBe(200);
    expect(first.body.message).toMatchObject({ seq: 2, sender: 'visitor', body: 'Nog iets', clientId });
    const again = await mailboxPost(t, '/api/mailbox/reply', { code, clientId, body: 'Nog iets' }, '198.51.100.21');
    expect(again.body.message).toEqual(first.body.message);
    const read = await mailboxPost(t, '/api/mailbox/read', { code }, '198.51.100.21');
    expect(read.body.state).toBe('unanswered');
    expect(read.body.messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2]);
    expect((await rowsOf(conversationId)).messages).toHaveLength(2);
  });

  it('forgets a thread at once: its wrapped data key and text deleted, the code stops working', async () => {
    const { code, conversationId } = await writeThread(t, 'stopitnow', 'Vergeet dit', '198.51.100.22');
    // The thread's data key is under a key of its own: destroying that key shreds every copy, on disk or in a backup.
    const ownKey = (await rowsOf(conversationId)).conversation?.keyId ?? '';
    expect(ownKey).toMatch(/^mailbox-thread-/);
    const res = await mailboxPost(t, '/api/mailbox/forget', { code }, '198.51.100.22');
    expect(res.status).toBe(204);
    const after = await rowsOf(conversationId);
    expect(after.messages).toEqual([]);
    expect(after.thread).toMatchObject({ codeHash: null, state: 'closed' });
    expect(after.conversation).toMatchObject({ wrappedKey: null, shreddedAt: expect.any(Date) });
    expect(t.app.services.keyring.isDestroyed(ownKey)).toBe(true);
    // Key rotation passes over threads: their own keys wrap nothing else.
    const kept = await writeThread(t, 'stopitnow', 'Blijft', '198.51.100.22');
    await rotateKeys({ db: t.db.db, keysFile: t.env.keysFile, programmes: ['stopitnow'], at: clock.now() });
    expect((await rowsOf(kept.conversationId)).conversation?.keyId).toMatch(/^mailbox-thread-/);
    expect((await mailboxPost(t, '/api/mailbox/read', { code: kept.code }, '198.51.100.22')).status).toBe(200);
    expect((await mailboxPost(t, '/api/mailbox/read', { code }, '198.51.100.22')).status).toBe(404);
    expect((await mailboxPost(t, '/api/mailbox/forget', { code }, '198.51.100.22')).status).toBe(404);
  });

  it('refuses bad input with INVALID_INPUT naming the field, never a 500', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/mailbox', { body: 'x' }, 'programme'],
      ['/api/mailbox', { programme: 'nope', body: 'x' }, 'programme'],
      ['/api/mailbox', { programme: 'helpwanted', body: 'x'.repeat(4001) }, 'body'],
      ['/api/mailbox', { programme: 'helpwanted', body: '   ' }, 'body'],
      ['/api/mailbox', { programme: 'helpwanted', body: 'x', intake: { ageBand: 'martian' } }, 'intake.ageBand'],
      ['/api/mailbox', { programme: 'helpwanted', body: 'x', clientId: 'twice' }, 'clientId'],
      ['/api/mailbox/read', { code: 'short' }, 'code'],
      ['/api/mailbox/read', { code: 42 }, 'code'],
      ['/api/mailbox/reply', { code: 'AAAA-BBBB-CCCC-DDDD', clientId: 'x', body: 'x' }, 'clientId'],
      ['/api/mailbox/forget', {}, 'code'],
    ];
    for (const [path, body, field] of cases) {
      const res = await mailboxPost(t, path, body, '198.51.100.23');
      expect(res.status, `${path} ${field}`).toBe(400);
      expect(res.body.error, `${path} ${field}`).toMatchObject({ code: 'INVALID_INPUT', field });
    }
    expect(
      (await mailboxPost(t, '/api/mailbox', { programme: 'helpwanted', body: 'x'.repeat(4000) }, '198.51.100.23'))
        .status,
    ).toBe(201);
  });

  it('limits wrong codes per client, and a right code from elsewhere is still read', async () => {
    const { code } = await writeThread(t, 'helpwanted', 'Mijn bericht', '192.0.2.50');
    const guesses = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-${'23456789AB'[i]}DDD`);
    const answers = await Promise.all(
      guesses.map((guess) => mailboxPost(t, '/api/mailbox/read', { code: guess }, '203.0.113.9')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(404));
    // The guesser is refused now, even with a right code; the visitor elsewhere is not.
    expect((await mailboxPost(t, '/api/mailbox/read', { code }, '203.0.113.9')).status).toBe(429);
    expect((await mailboxPost(t, '/api/mailbox/read', { code }, '192.0.2.50')).status).toBe(200);
    // After the window, the guesser's address is heard again.
    clock.advance(16 * 60 * 1000);
    expect((await mailboxPost(t, '/api/mailbox/read', { code }, '203.0.113.9')).status).toBe(200);
  });

  it('makes one thread of a write form posted twice (its clientId), and gives the same code again', async () => {
    const from = '198.51.100.24';
    const form = { programme: 'helpwanted', body: 'Alleen één keer', clientId: randomUUID() };
    const first = await mailboxPost(t, '/api/mailbox', form, from);
    expect(first.status).toBe(201);
    // A reload re-posts the form: the visitor sees the same code, and the thread is not written twice.
    const again = await mailboxPost(t, '/api/mailbox', form, from);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await rowsOf(first.body.conversationId)).messages).toHaveLength(1);
    const read = await mailboxPost(t, '/api/mailbox/read', { code: first.body.code }, from);
    expect(read.body.messages.map((m: { body: string }) => m.body)).toEqual(['Alleen één keer']);
    // Five posts of one form at the same moment (on PostgreSQL they race to the unique hash): one thread, one code.
    const twin = { programme: 'stopitnow', body: 'Vaak getikt', clientId: randomUUID() };
    const threadsBefore = (await t.db.db.select().from(conversations)).length;
    const posts = await Promise.all([1, 2, 3, 4, 5].map(() => mailboxPost(t, '/api/mailbox', twin, from)));
    expect(posts.map((p) => p.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(posts.map((p) => JSON.stringify(p.body))).size).toBe(1);
    expect((await t.db.db.select().from(conversations)).length).toBe(threadsBefore + 1);
    // Another form is another thread with another code; the code is never the clientId's own text.
    const other = await mailboxPost(t, '/api/mailbox', { ...form, clientId: randomUUID() }, from);
    expect(other.body.code).not.toBe(first.body.code);
    expect(other.body.conversationId).not.toBe(first.body.conversationId);
    const stored = await t.db.db.select().from(messages).where(eq(messages.conversationId, first.body.conversationId));
    expect(JSON.stringify(stored)).not.toContain(form.clientId);
    // Once forgotten, the repeat finds nothing of the old thread.
    expect((await mailboxPost(t, '/api/mailbox/forget', { code: first.body.code }, from)).status).toBe(204);
    const afterForget = await mailboxPost(t, '/api/mailbox', form, from);
    expect(afterForget.body.conversationId).not.toBe(first.body.conversationId);
    expect((await rowsOf(first.body.conversationId)).messages).toEqual([]);
  });

  it('does not count a repeated write form against the flood limit', async () => {
    const from = '198.51.100.25';
    const form = { programme: 'helpwanted', body: 'Herhaald', clientId: randomUUID() };
    for (let i = 0; i < 12; i++) expect((await mailboxPost(t, '/api/mailbox', form, from)).status).toBe(201);
    for (let i = 1; i < 10; i++)
      expect((await mailboxPost(t, '/api/mailbox', { ...form, clientId: randomUUID() }, from)).status).toBe(201);
    expect((await mailboxPost(t, '/api/mailbox', { ...form, clientId: randomUUID() }, from)).status).toBe(429);
    // The visitor who reloads once more is still given their code.
    expect((await mailboxPost(t, '/api/mailbox', form, from)).status).toBe(201);
  });

  it('limits a flood of new threads per client, an IPv6 /64 counting as one', async () => {
    const write = (from: string) => mailboxPost(t, '/api/mailbox', { programme: 'helpwanted', body: 'flood' }, from);
    for (let i = 1; i <= 10; i++) expect((await write(`2001:db8:7:1::${i.toString(16)}`)).status).toBe(201);
    expect((await write('2001:db8:7:1::ff')).status).toBe(429);
    expect((await write('2001:db8:7:1:abcd::1')).status).toBe(429);
    expect((await write('2001:db8:7:2::1')).status).toBe(201);
  });
});
