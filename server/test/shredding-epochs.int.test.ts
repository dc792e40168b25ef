import { randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { conversations, type Database, messages, notes } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { createManualClock } from '../src/clock';
import { createLogger } from '../src/logger';
import { assertKeysFor } from '../src/modules/crypto/boot-check';
import { readKeysFile } from '../src/modules/crypto/keys-file';
import { startTestApp, type TestApp } from './harness';
import { api, chat, type Member, member } from './helpers/chats';
import { ask } from './helpers/sockets';
import { loginAs, staffSocket } from './helpers/staff';

const DAY_MS = 24 * 60 * 60 * 1000;
const clock = createManualClock(new Date('2026-06-01T10:00:00Z'));
let t: TestApp;
let counsellor: Member;

beforeAll(async () => {
  t = await startTestApp({ clock });
  counsellor = await member(t, { programmes: ['helpwanted'] });
});
afterAll(() => t.close());

/** What a copy of the database holds of one conversation: its wrapped key and every ciphertext row. */
const copyOf = async (db: Database, id: string) => ({
  conversation: (await db.select().from(conversations).where(eq(conversations.id, id)))[0],
  messages: await db.select().from(messages).where(eq(messages.conversationId, id)),
  notes: await db.select().from(notes).where(eq(notes.conversationId, id)),
});

/** Puts the copy back: the database as it was before retention ran (an old backup, or the PGlite files and WAL). */
const restore = async (db: Database, copy: Awaited<ReturnType<typeof copyOf>>) => {
  const { conversation } = copy;
  if (!conversation) throw new Error('no conversation in the copy');
  await db
    .update(conversations)
    .set({ keyId: conversation.keyId, wrappedKey: conversation.wrappedKey, shreddedAt: null })
    .where(eq(conversations.id, conversation.id));
  await db.insert(messages).values(copy.messages);
  await db.insert(notes).values(copy.notes);
};

/** Another server process on the same database, with a keys file of its own choosing. */
const processWith = (keysFile: string) =>
  createApp({ env: { ...t.env, DATABASE_URL: undefined, keysFile }, db: t.db, logger: createLogger('silent'), clock });

const chatWithNote = async (text: string) => {
  const { conversationId, visitor } = await chat(t, counsellor, 'helpwanted', { keepOpen: true });
  await ask(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: text });
  await ask(counsellor.socket, 'note:add', { conversationId, body: `notitie bij ${text}` });
  await ask(counsellor.socket, 'conversation:end', { conversationId });
  visitor.socket.close();
  return conversationId;
};

const bodiesIn = async (app: ReturnType<typeof processWith>, conversationId: string) =>
  (await app.services.messages.after(conversationId)).map((m) => m.body);

describe('finding 1: retention destroys transcripts for good, also in copies of the database', () => {
  it('a copy made before the run, with today’s keys file, answers GONE; with the old keys file it gave the text', async () => {
    const conversationId = await chatWithNote('kanarie-een: ze dreigen mijn foto’s te delen');
    const before = await copyOf(t.db.db, conversationId);
    const oldKeys = `${t.env.keysFile}.before-retention`;
    copyFileSync(t.env.keysFile, oldKeys);
    const keyId = before.conversation?.keyId ?? '';

    clock.advance(100 * DAY_MS);
    expect(await t.app.services.retention.run({ dryRun: false, actor: null, source: 'cli' })).toEqual({
      dryRun: false,
      count: 1,
    });
    const keysNow = readKeysFile(t.env.keysFile);
    expect(keysNow.keys.map((k) => k.id)).not.toContain(keyId);
    expect(keysNow.destroyed.map((k) => k.id)).toContain(keyId);
    const destroyedKey = readKeysFile(oldKeys).keys.find((k) => k.id === keyId)?.key ?? 'missing';
    expect(readFileSync(t.env.keysFile, 'utf8')).not.toContain(destroyedKey);

    await restore(t.db.db, before);
    const today = processWith(t.env.keysFile);
    await expect(today.services.messages.after(conversationId)).rejects.toMatchObject({ code: 'GONE' });
    await today.close();
    const supervisor = await member(t, { role: 'supervisor', programmes: ['helpwanted'], totp: true });
    const read = await api(t, supervisor, 'GET', `/api/conversations/${conversationId}/transcript`);
    expect(read.status).toBe(410);
    expect(JSON.stringify(read.body)).not.toContain('kanarie');
    supervisor.socket.close();
    // The key was destroyed on purpose: a server still starts on this older database.
    await expect(assertKeysFor(t.db, t.env.keysFile)).resolves.toBeUndefined();

    const old = processWith(oldKeys);
    expect(await bodiesIn(old, conversationId)).toContain('kanarie-een: ze dreigen mijn foto’s te delen');
    await old.close();

    // The next run shreds what the older database brought back.
    expect(await t.app.services.retention.run({ dryRun: false, actor: null, source: 'cli' })).toMatchObject({
      count: 1,
    });
  });

  it('a transcript not yet due moves to the key of its own day before the key it started under goes', async () => {
    counsellor.socket.close();
    counsellor = await member(t, { programmes: ['helpwanted'] });
    const conversationId = await chatWithNote('kanarie-twee');
    await t.app.services.retention.setDays(null, 'helpwanted', 120);
    const startedUnder = (await copyOf(t.db.db, conversationId)).conversation?.keyId ?? '';

    clock.advance(100 * DAY_MS);
    expect(await t.app.services.retention.run({ dryRun: false, actor: null, source: 'cli' })).toMatchObject({
      count: 0,
    });
    expect(readKeysFile(t.env.keysFile).destroyed.map((k) => k.id)).toContain(startedUnder);
    const fresh = processWith(t.env.keysFile);
    expect(await bodiesIn(fresh, conversationId)).toEqual(['kanarie-twee']);
    await fresh.close();

    clock.advance(21 * DAY_MS);
    expect(await t.app.services.retention.run({ dryRun: false, actor: null, source: 'cli' })).toMatchObject({
      count: 1,
    });
    await t.app.services.retention.setDays(null, 'helpwanted', 90);
  });
});

describe('finding 7: a note on a shredded chat', () => {
  it('answers GONE, logs no error and stores nothing, also on a process that still had the key cached', async () => {
    counsellor.socket.close();
    counsellor = await member(t, { programmes: ['helpwanted'] });
    const conversationId = await chatWithNote('kanarie-drie');
    // Another process runs retention; this one added the note above and so holds the data key in its cache.
    const other = processWith(t.env.keysFile);
    clock.advance(91 * DAY_MS);
    await other.services.retention.setDays(null, 'helpwanted', 1);
    expect(await other.services.retention.run({ dryRun: false, actor: null, source: 'job' })).toMatchObject({
      count: 1,
    });
    await other.close();
    const errorsBefore = t.logs.filter((line) => JSON.parse(line).level >= 50).length;

    // The same counsellor logs in again (their session ran out meanwhile) and writes a note on the shredded chat.
    counsellor.socket.close();
    const socket = await staffSocket(t, await loginAs(t, counsellor));
    const answer = await ask(socket, 'note:add', { conversationId, body: 'te laat' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'GONE' } });
    socket.close();
    expect(await t.db.db.$count(notes, eq(notes.conversationId, conversationId))).toBe(0);
    expect(t.logs.filter((line) => JSON.parse(line).level >= 50)).toHaveLength(errorsBefore);
    await t.app.services.retention.setDays(null, 'helpwanted', 90);
  });
});
