import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { chat, member } from './helpers/chats';
import { todayWhileOpen } from './helpers/server-process';
import { ask } from './helpers/sockets';

// The other side of finding 12 (issue 16): a database that refuses the data of one send in a batch, not the
// connection, still fails only that send; the others of its batch are stored.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: createManualClock(todayWhileOpen()) });
  // A refusal the database makes of one send's data: a sealed text this long is out of range.
  await t.db.query(sql`alter table messages add constraint test_short_only check (octet_length(ciphertext) < 1000)`);
});
afterAll(() => t.close());

describe('a batch with a send the database refuses', () => {
  it('refuses that send alone and stores the others of its batch, in order', async () => {
    const counsellor = await member(t, { programmes: ['helpwanted'] });
    const chats = [await chat(t, counsellor, 'helpwanted', { keepOpen: true })];
    chats.push(await chat(t, counsellor, 'helpwanted', { keepOpen: true }));
    // The first send goes alone; the rest arrive while it is stored and go together in one batch.
    const sends = chats.flatMap(({ conversationId, visitor }) =>
      ['een', 'x'.repeat(1500), 'twee', 'drie'].map((body) => ({
        socket: visitor.socket,
        payload: { conversationId, clientId: randomUUID(), body },
      })),
    );
    const answers = await Promise.all(sends.map((s) => ask(s.socket, 'message:send', s.payload)));
    expect(answers.map((a) => (a.ok ? a.message?.body.slice(0, 4) : a.error?.code))).toEqual([
      'een',
      'INVALID_INPUT',
      'twee',
      'drie',
      'een',
      'INVALID_INPUT',
      'twee',
      'drie',
    ]);
    expect(answers.map((a) => a.message?.seq)).toEqual([1, undefined, 2, 3, 1, undefined, 2, 3]);
    for (const { visitor } of chats) visitor.socket.close();
    counsellor.socket.close();
  });
});
