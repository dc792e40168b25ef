import { randomUUID } from 'node:crypto';
import type { Message } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { type Member, startTeam } from './helpers/chats';
import { ask, next, visitorSocket } from './helpers/sockets';
import { call } from './helpers/staff';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let team: Record<'bram' | 'anna' | 'boss', Member>;
let t: Awaited<ReturnType<typeof startTeam>>['t'];
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ t, team, stop } = await startTeam(clock, { bram: 'helpwanted', anna: 'helpwanted', boss: 'supervisor' }));
});
afterAll(() => stop());

const say = async (who: Member, conversationId: string, body: string) => {
  const answer = await ask(who.socket, 'message:send', { conversationId, clientId: randomUUID(), body });
  expect(answer.ok).toBe(true);
  return answer.message as Message;
};

describe('who wrote a counsellor message', () => {
  it('stays with the message after a transfer: live, in the ack, in resume and in the transcript', async () => {
    const { bram, anna } = team;
    const { socket: visitor } = await visitorSocket(t);
    const joined = await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const conversationId = String(joined.conversationId);
    expect((await ask(bram.socket, 'conversation:accept', { conversationId })).ok).toBe(true);

    const live = next(visitor, 'message', (m) => m.sender === 'counsellor');
    const acked = await say(bram, conversationId, 'Hoi, je spreekt met Bram');
    expect(acked.from).toEqual({ alias: bram.alias });
    expect((await live).from).toEqual({ alias: bram.alias });

    const visitorSent = await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'Hoi' });
    expect((visitorSent.message as Message).from).toBeUndefined();

    expect((await ask(bram.socket, 'conversation:transfer', { conversationId, to: { staffId: anna.id } })).ok).toBe(
      true,
    );
    const fromAnna = next(visitor, 'message', (m) => m.sender === 'counsellor');
    await say(anna, conversationId, 'Hoi, ik ben Anna');
    expect((await fromAnna).from).toEqual({ alias: anna.alias });

    const resumed = await ask(visitor, 'conversation:resume', { conversationId });
    const messages = (resumed.conversation as { messages: Message[] }).messages;
    const authors = messages.map((m) => [m.sender, m.from?.alias ?? null]);
    expect(authors).toEqual([
      ['counsellor', bram.alias],
      ['visitor', null],
      ['system', null],
      ['counsellor', anna.alias],
    ]);

    const transcript = await call(t, 'GET', `/api/conversations/${conversationId}/transcript`, {
      cookie: team.boss.cookie,
    });
    expect(transcript.status).toBe(200);
    const body = (await transcript.json()) as { messages: Message[] };
    expect(body.messages.filter((m) => m.sender === 'counsellor').map((m) => m.from?.alias)).toEqual([
      bram.alias,
      anna.alias,
    ]);
    await ask(anna.socket, 'conversation:end', { conversationId });
    visitor.close();
  });

  it('a resend of the same client id answers the stored message with its author', async () => {
    const { bram } = team;
    const { socket: visitor } = await visitorSocket(t);
    const joined = await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const conversationId = String(joined.conversationId);
    expect((await ask(bram.socket, 'conversation:accept', { conversationId })).ok).toBe(true);
    const clientId = randomUUID();
    const first = await ask(bram.socket, 'message:send', { conversationId, clientId, body: 'Een keer' });
    const again = await ask(bram.socket, 'message:send', { conversationId, clientId, body: 'Een keer' });
    expect(again.message).toEqual(first.message);
    expect((again.message as Message).from).toEqual({ alias: bram.alias });
    await ask(bram.socket, 'conversation:end', { conversationId });
    visitor.close();
  });
});
