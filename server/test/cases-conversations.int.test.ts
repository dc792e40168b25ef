import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { createManualClock } from '../src/clock';
import { api, chat } from './helpers/chats';
import { ask } from './helpers/sockets';
import { withTeam } from './helpers/team-fixture';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));

const ids = (body: { id: string }[]) => body.map((c) => c.id).sort();

const it = withTeam({ anna: 'helpwanted', bart: 'helpwanted', sam: 'stopitnow', boss: 'supervisor' }, clock);

describe('GET /api/conversations', () => {
  it('shows a counsellor only the chats they held in their programmes; a supervisor all of them', async ({
    t,
    team: { anna, bart, sam, boss },
  }) => {
    const ofAnna = await chat(t, anna, 'helpwanted');
    const ofBart = await chat(t, bart, 'helpwanted');
    const ofSam = await chat(t, sam, 'stopitnow');

    const mine = await api(t, anna, 'GET', '/api/conversations');
    expect(mine.status).toBe(200);
    expect(ids(mine.body)).toEqual([ofAnna.conversationId]);
    expect(mine.body[0]).toMatchObject({
      programme: 'helpwanted',
      channel: 'chat',
      status: 'ended',
      counsellorAlias: anna.alias,
      tags: {},
      returning: false,
      tagsComplete: false,
    });
    expect(mine.body[0].missingTags).toEqual([
      'gender',
      'contactRole',
      'subjects',
      'platforms',
      'ageBand',
      'priorPoliceContact',
      'actions',
    ]);
    expect((await api(t, anna, 'GET', '/api/conversations?programme=stopitnow')).status).toBe(403);

    const all = await api(t, boss, 'GET', '/api/conversations');
    expect(ids(all.body)).toEqual(ids([ofAnna, ofBart, ofSam].map((c) => ({ id: c.conversationId }))));
    expect((await api(t, boss, 'GET', '/api/conversations?mine=true')).body).toEqual([]);
    expect(ids((await api(t, boss, 'GET', '/api/conversations?programme=stopitnow')).body)).toEqual([
      ofSam.conversationId,
    ]);
    expect((await api(t, boss, 'GET', '/api/conversations?status=active')).body).toEqual([]);
    expect((await api(t, boss, 'GET', '/api/conversations?from=2026-11-24')).body).toEqual([]);
  });

  it('keeps a transferred chat in the list of the counsellor who answered it', async ({ t, team: { anna, bart } }) => {
    const { conversationId, visitor } = await chat(t, anna, 'helpwanted', { keepOpen: true });
    await ask(anna.socket, 'message:send', { conversationId, clientId: randomUUID(), body: 'Ik geef je door.' });
    expect(await ask(anna.socket, 'conversation:transfer', { conversationId, to: { staffId: bart.id } })).toMatchObject(
      {
        ok: true,
      },
    );
    for (const who of [anna, bart]) {
      const list = await api(t, who, 'GET', '/api/conversations?status=active');
      expect(ids(list.body)).toEqual([conversationId]);
      expect(list.body[0].counsellorAlias).toBe(bart.alias);
    }
    await ask(bart.socket, 'conversation:end', { conversationId });
    visitor.socket.close();
  });

  it('refuses bad queries naming the field', async ({ t, team: { anna } }) => {
    const status = await api(t, anna, 'GET', '/api/conversations?status=lost');
    expect(status).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'status' } } });
    const from = await api(t, anna, 'GET', '/api/conversations?from=yesterday');
    expect(from).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'from' } } });
    const programme = await api(t, anna, 'GET', '/api/conversations?programme=other');
    expect(programme).toMatchObject({ status: 400, body: { error: { field: 'programme' } } });
  });
});

describe('GET /api/conversations/:id', () => {
  it('gives metadata, tags and referrals to the holder and supervisors, not to a colleague', async ({
    t,
    team: { anna, bart, sam, boss },
  }) => {
    const { conversationId } = await chat(t, anna, 'helpwanted');
    const detail = await api(t, anna, 'GET', `/api/conversations/${conversationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: conversationId,
      counsellorId: anna.id,
      tags: {},
      referrals: [],
      intake: {},
    });
    expect(detail.body).not.toHaveProperty('messages');
    expect((await api(t, boss, 'GET', `/api/conversations/${conversationId}`)).status).toBe(200);
    expect((await api(t, bart, 'GET', `/api/conversations/${conversationId}`)).status).toBe(403);
    expect((await api(t, sam, 'GET', `/api/conversations/${conversationId}`)).status).toBe(403);
    expect((await api(t, anna, 'GET', `/api/conversations/${randomUUID()}`)).status).toBe(404);
    const bad = await api(t, anna, 'GET', '/api/conversations/nope');
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'id' } } });
  });
});
