import { randomUUID } from 'node:crypto';
import { auditLog } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { describe, expect } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api, chat, type Member } from './helpers/chats';
import { loginAs } from './helpers/staff';
import { withTeam } from './helpers/team-fixture';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));

const sextortion = {
  gender: 'female',
  contactRole: 'self',
  subjects: ['threatened-blackmailed', 'image-online'],
  sextortionType: 'financial',
  platforms: ['snapchat', 'instagram'],
  ageBand: '12-18',
  priorPoliceContact: 'no',
  actions: ['advised-police-report', 'takedown-requested'],
};

const it = withTeam({ anna: 'helpwanted', bart: 'helpwanted', sam: 'stopitnow', boss: 'supervisor' }, clock);

const putTags = (t: TestApp, who: Member, id: string, tags: unknown) =>
  api(t, who, 'PUT', `/api/conversations/${id}/tags`, tags);
const failing = async (t: TestApp, who: Member, id: string, tags: unknown) => {
  const res = await putTags(t, who, id, tags);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('INVALID_INPUT');
  return res.body.error.field as string;
};

describe('PUT /api/conversations/:id/tags', () => {
  it('stores exactly what was chosen and shows it complete', async ({ t, team: { anna } }) => {
    const { conversationId } = await chat(t, anna, 'helpwanted');
    const saved = await putTags(t, anna, conversationId, sextortion);
    expect(saved).toEqual({ status: 200, body: sextortion });
    const detail = await api(t, anna, 'GET', `/api/conversations/${conversationId}`);
    expect(detail.body).toMatchObject({ tags: sextortion, tagsComplete: true, missingTags: [] });
  });

  it('names the failing dimension, and allows dependent dimensions only when they apply', async ({
    t,
    team: { anna, sam },
  }) => {
    const { conversationId: hw } = await chat(t, anna, 'helpwanted');
    expect(await failing(t, anna, hw, { gender: 'robot' })).toBe('gender');
    expect(await failing(t, anna, hw, { colour: 'blue' })).toBe('colour');
    expect(await failing(t, anna, hw, { platforms: 'snapchat' })).toBe('platforms');
    expect(await failing(t, anna, hw, { subjects: ['image-online'], sextortionType: 'financial' })).toBe(
      'sextortionType',
    );
    expect(await failing(t, anna, hw, { relation: 'partner' })).toBe('relation');
    expect(await failing(t, anna, hw, ['gender'])).toBe('');

    const { conversationId: sin } = await chat(t, sam, 'stopitnow');
    expect(await failing(t, sam, sin, { contactType: 'worried-about-self', relation: 'partner' })).toBe('relation');
    expect(await failing(t, sam, sin, { sextortionType: 'financial' })).toBe('sextortionType');
    const other = { contactType: 'worried-about-other', relation: 'son-daughter', concerns: ['potential-offender'] };
    expect(await putTags(t, sam, sin, other)).toEqual({ status: 200, body: other });
    const detail = await api(t, sam, 'GET', `/api/conversations/${sin}`);
    expect(detail.body.missingTags).toEqual(['gender', 'ageBand', 'foundVia', 'actions']);
  });

  it('lets the holder tag, and a supervisor correct it later; a colleague may not', async ({
    t,
    team: { anna, bart, sam, boss },
  }) => {
    const { conversationId } = await chat(t, anna, 'helpwanted');
    expect(await putTags(t, anna, conversationId, { gender: 'male' })).toMatchObject({ status: 200 });
    expect((await putTags(t, bart, conversationId, { gender: 'female' })).status).toBe(403);
    expect((await putTags(t, sam, conversationId, { gender: 'female' })).status).toBe(403);
    expect(await putTags(t, boss, conversationId, { gender: 'female' })).toEqual({
      status: 200,
      body: { gender: 'female' },
    });
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.targetId, conversationId));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['tags.updated', anna.id],
      ['tags.updated', boss.id],
    ]);
    expect((await putTags(t, anna, randomUUID(), { gender: 'male' })).status).toBe(404);
    expect(await failing(t, anna, 'nope', { gender: 'male' })).toBe('id');
  });
});

describe('finished chats with tags still missing', () => {
  it('stay in the counsellor’s list until every dimension that applies has a value, on any day', async ({
    t,
    team: { anna },
  }) => {
    const { conversationId: live, visitor } = await chat(t, anna, 'helpwanted', { keepOpen: true });
    const { conversationId: ended } = await chat(t, anna, 'helpwanted');
    const needing = async () => {
      const res = await api(t, anna, 'GET', '/api/conversations?mine=true&needsTags=true');
      expect(res.status).toBe(200);
      return res.body as { id: string; missingTags: string[] }[];
    };
    const before = await needing();
    expect(before.map((c) => c.id)).toContain(ended);
    expect(before.map((c) => c.id)).not.toContain(live);

    await putTags(t, anna, ended, { ...sextortion, sextortionType: undefined, platforms: [] });
    expect((await needing()).find((c) => c.id === ended)?.missingTags).toEqual(['sextortionType', 'platforms']);
    await putTags(t, anna, ended, { ...sextortion, sextortionType: undefined });
    expect((await needing()).find((c) => c.id === ended)?.missingTags).toEqual(['sextortionType']);
    await putTags(t, anna, ended, { ...sextortion, platforms: [] });
    expect((await needing()).find((c) => c.id === ended)?.missingTags).toEqual(['platforms']);

    // The next day (a new login: the session of yesterday has expired).
    clock.advance(24 * 3600_000);
    anna.cookie = await loginAs(t, anna);
    expect((await api(t, anna, 'GET', '/api/conversations?mine=true')).body).toEqual([]);
    expect((await needing()).map((c) => c.id)).toContain(ended);

    const unknowns = {
      gender: 'unknown',
      contactRole: 'unknown',
      subjects: ['unknown'],
      platforms: ['unknown'],
      ageBand: 'unknown',
      priorPoliceContact: 'unknown',
      actions: ['unknown'],
    };
    expect((await putTags(t, anna, ended, unknowns)).status).toBe(200);
    expect((await needing()).map((c) => c.id)).not.toContain(ended);
    visitor.socket.close();
  });
});
