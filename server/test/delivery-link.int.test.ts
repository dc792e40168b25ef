import { randomUUID } from 'node:crypto';
import type { Message } from '@helpline/shared';
import { ask, createOutbox, type Outbox } from '@helpline/shared/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { chat, member } from './helpers/chats';
import { todayWhileOpen } from './helpers/server-process';
import { type AnySocket, record } from './helpers/sockets';
import { waitFor } from './helpers/staff';

// The shared delivery link (`createOutbox` + `ask` of @helpline/shared/client, as the chat page and the workspace use
// it) against the real app, through a database that refuses to store messages for a while: what each side wrote is
// stored once each and in the order it was written, though every send was answered UNAVAILABLE first.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: createManualClock(todayWhileOpen()) });
  // While `down`, storing a message fails as a lost connection does (SQLSTATE 08006): the server answers UNAVAILABLE.
  await t.db.query(sql`create table test_outage (down boolean not null)`);
  await t.db.query(sql`insert into test_outage values (false)`);
  await t.db.query(sql`create function test_refuse() returns trigger language plpgsql as $$
    begin
      if (select down from test_outage) then raise exception 'database away' using errcode = '08006'; end if;
      return new;
    end $$`);
  await t.db.query(sql`create trigger test_refuse before insert on messages execute function test_refuse()`);
});
afterAll(() => t.close());

const outage = (down: boolean) => t.db.query(sql`update test_outage set down = ${down}`);

/** One writer's link: the outbox of the conversation, and what the server answered each send. */
const writer = (socket: AnySocket, conversationId: string, sender: 'visitor' | 'counsellor') => {
  const answers: string[] = [];
  const sends: string[] = [];
  const outbox: Outbox = createOutbox({
    sender,
    send: async (entry) => {
      sends.push(entry.clientId);
      const answer = await ask(socket, 'message:send', { conversationId, ...entry });
      answers.push(answer.ok ? 'ok' : answer.error.code);
      return answer;
    },
    canSend: () => socket.connected,
    isConnected: () => socket.connected,
    onChange: () => {},
    onStored: () => {},
    retryMs: 50,
  });
  const written: { clientId: string; body: string }[] = [];
  const write = (body: string) => {
    const clientId = randomUUID();
    written.push({ clientId, body });
    void outbox.add(clientId, body);
  };
  return { outbox, answers, sends, written, write };
};

describe('the delivery link through a database outage', () => {
  it('after UNAVAILABLE answers and recovery, both sides’ messages are stored once each, in the order written', async () => {
    const counsellor = await member(t, { programmes: ['helpwanted'] });
    const { conversationId, visitor } = await chat(t, counsellor, 'helpwanted', { keepOpen: true });
    const live = record(visitor.socket, 'message');
    const staff = writer(counsellor.socket, conversationId, 'counsellor');
    const guest = writer(visitor.socket, conversationId, 'visitor');

    staff.write('voor de storing');
    await waitFor(() => staff.outbox.entries().length === 0);
    await outage(true);
    for (const n of [1, 2, 3]) {
      staff.write(`hulpverlener ${n}`);
      guest.write(`bezoeker ${n}`);
    }
    // Written while the first ones are being refused: they still go after them.
    await waitFor(() => staff.answers.filter((a) => a === 'UNAVAILABLE').length >= 3);
    await waitFor(() => guest.answers.filter((a) => a === 'UNAVAILABLE').length >= 3);
    staff.write('hulpverlener 4');
    guest.write('bezoeker 4');
    // One send at a time per side: only each side's oldest message was tried during the outage.
    expect(new Set(staff.sends.slice(1))).toEqual(new Set([staff.written[1]?.clientId]));
    expect(new Set(guest.sends)).toEqual(new Set([guest.written[0]?.clientId]));
    await outage(false);
    await waitFor(() => staff.outbox.entries().length === 0 && guest.outbox.entries().length === 0);

    const resumed = await ask(counsellor.socket, 'conversation:resume', { conversationId, afterSeq: 0 });
    if (!resumed.ok) throw new Error(resumed.error.code);
    const stored = resumed.conversation.messages;
    const bodiesOf = (sender: Message['sender']) => stored.filter((m) => m.sender === sender).map((m) => m.body);
    expect(bodiesOf('counsellor')).toEqual(staff.written.map((w) => w.body));
    expect(bodiesOf('visitor')).toEqual(guest.written.map((w) => w.body));
    expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
    const clientIds = stored.map((m) => m.clientId);
    expect(new Set(clientIds).size).toBe(clientIds.length);
    // The visitor saw the counsellor's messages live in that same order.
    await waitFor(() => live.filter((m) => m.sender === 'counsellor').length === staff.written.length);
    expect(live.filter((m) => m.sender === 'counsellor').map((m) => m.body)).toEqual(bodiesOf('counsellor'));
    visitor.socket.close();
    counsellor.socket.close();
  });
});
