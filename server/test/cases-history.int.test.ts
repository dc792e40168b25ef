import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { createManualClock } from '../src/clock';
import { api, chat } from './helpers/chats';
import { ask, visitorSocket } from './helpers/sockets';
import { withTeam } from './helpers/team-fixture';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));

const it = withTeam({ anna: 'helpwanted', bart: 'helpwanted', sam: 'stopitnow', boss: 'supervisor' }, clock);

describe('GET /api/conversations/:id/history', () => {
  it('lists a returning visitor’s earlier conversations with their tags, never their text', async ({
    t,
    team: { anna, bart, sam, boss },
  }) => {
    const SECRET = 'mijn geheime verhaal';
    const first = await chat(t, sam, 'stopitnow', { keepOpen: true });
    const code = String((await ask(first.visitor.socket, 'returnCode:create', {})).returnCode);
    await ask(first.visitor.socket, 'message:send', {
      conversationId: first.conversationId,
      clientId: randomUUID(),
      body: SECRET,
    });
    await ask(sam.socket, 'conversation:end', { conversationId: first.conversationId });
    first.visitor.socket.close();

    clock.advance(60_000);
    const second = await chat(t, anna, 'helpwanted', { returnCode: code });
    await api(t, anna, 'PUT', `/api/conversations/${second.conversationId}/tags`, { gender: 'male' });
    clock.advance(60_000);
    await chat(t, bart, 'helpwanted');
    clock.advance(60_000);
    const live = await chat(t, anna, 'helpwanted', { returnCode: code, keepOpen: true });

    const seen = await api(t, anna, 'GET', `/api/conversations/${live.conversationId}/history`);
    expect(seen.status).toBe(200);
    // Anna serves Helpwanted only: the Stop it Now conversation is not hers to see.
    expect(seen.body).toEqual([
      expect.objectContaining({
        id: second.conversationId,
        programme: 'helpwanted',
        status: 'ended',
        returning: true,
        counsellorAlias: anna.alias,
        tags: { gender: 'male' },
      }),
    ]);
    const all = await api(t, boss, 'GET', `/api/conversations/${live.conversationId}/history`);
    expect(all.body.map((c: { id: string }) => c.id)).toEqual([second.conversationId, first.conversationId]);
    expect(JSON.stringify(all.body)).not.toContain(SECRET);
    expect(all.body[1]).not.toHaveProperty('messages');

    expect((await api(t, boss, 'GET', `/api/conversations/${first.conversationId}/history`)).body).toEqual([]);
    expect((await api(t, bart, 'GET', `/api/conversations/${live.conversationId}/history`)).status).toBe(403);
    expect((await api(t, anna, 'GET', `/api/conversations/${randomUUID()}/history`)).status).toBe(404);
    live.visitor.socket.close();
  });

  it('is empty for a first-time visitor', async ({ t, team: { anna } }) => {
    const { socket } = await visitorSocket(t);
    const joined = await ask(socket, 'queue:join', { programme: 'helpwanted' });
    const conversationId = String(joined.conversationId);
    await ask(anna.socket, 'conversation:accept', { conversationId });
    expect((await api(t, anna, 'GET', `/api/conversations/${conversationId}/history`)).body).toEqual([]);
    socket.close();
  });
});
