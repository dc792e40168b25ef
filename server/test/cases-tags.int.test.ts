import { randomUUID } from 'node:crypto';
import { auditLog } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api, chat, type Member, startTeam } from './helpers/chats';
import { loginAs } from './helpers/staff';

let t: TestApp;
// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let anna: Member;
let bart: Member;
let sam: Member;
let boss: Member;

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

let stop: () => Promise<void>;

beforeAll(async () => {
  const started = await startTeam(clock, {
    anna: 'helpwanted',
    bart: 'helpwanted',
    sam: 'stopitnow',
    boss: 'supervisor',
  });
  ({ t, stop } = started);
  ({ anna, bart, sam, boss } = started.team);
});
afterAll(() => stop());

const putTags = (who: Member, id: string, tags: unknown) => api(t, who, 'PUT', `/api/conversations/${id}/tags`, tags);
const failing = async (who: Member, id: string, tags: unknown) => {
  const res = await putTags(who, id, tags);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('INVALID_INPUT');
  return res.body.error.field as string;
};

describe('PUT /api/conversations/:id/tags', () => {
  it('stores exactly what was chosen and shows it complete', async () => {
    const { conversationId } = await chat(t, anna, 'helpwanted');
    const saved = await putTags(anna, conversationId, sextortion);
    expect(saved).toEqual({ status: 200, body: sextortion });
    const detail = await api(t, anna, 'GET', `/api/conversations/${conversationId}`);
    expect(detail.body).toMatchObject({ tags: sextortion, tagsComplete: true, missingTags: [] });
  });

  it('names the failing dimension, and allows dependent dimensions only when they apply', async () => {
    const { conversationId: hw } = await chat(t, anna, 'helpwanted');
    expect(await failing(anna, hw, { gender: 'robot' })).toBe('gender');
    expect(await failing(anna, hw, { colour: 'blue' })).toBe('colour');
    expect(await failing(anna, hw, { platforms: 'snapchat' })).toBe('platforms');
    expect(await failing(anna, hw, { subjects: ['image-online'], sextortionType: 'financial' })).toBe('sextortionType');
    expect(await failing(anna, hw, { relation: 'partner' })).toBe('relation');
    expect(await failing(anna, hw, ['gender'])).toBe('');

    const { conversationId: sin } = await chat(t, sam, 'stopitnow');
    expect(await failing(sam, sin, { contactType: 'worried-about-self', relation: 'partner' })).toBe('relation');
    expect(await failing(sam, sin, { sextortionType: 'financial' })).toBe('sextortionType');
    const other = { contactType: 'worried-about-other', relation: 'son-daughter', concerns: ['potential-offender'] };
    expect(await putTags(sam, sin, other)).toEqual({ status: 200, body: other });
    const detail = await api(t, sam, 'GET', `/api/conversations/${sin}`);
    expect(detail.body.missingTags).toEqual(['gender', 'ageBand', 'foundVia', 'actions']);
  });

  it('lets the holder tag, and a supervisor correct it later; a colleague may not', async () => {
    const { conversationId } = await chat(t, anna, 'helpwanted');
    expect(await putTags(anna, conversationId, { gender: 'male' })).toMatchObject({ status: 200 });
    expect((await putTags(bart, conversationId, { gender: 'female' })).status).toBe(403);
    expect((await putTags(sam, conversationId, { gender: 'female' })).status).toBe(403);
    expect(await putTags(boss, conversationId, { gender: 'female' })).toEqual({
      status: 200,
      body: { gender: 'female' },
    });
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.targetId, conversationId));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['tags.updated', anna.id],
      ['tags.updated', boss.id],
    ]);
    expect((await putTags(anna, randomUUID(), { gender: 'male' })).status).toBe(404);
    expect(await failing(anna, 'nope', { gender: 'male' })).toBe('id');
  });
});

describe('finished chats with tags still missing', () => {
  it('stay in the counsellor’s list until every dimension that applies has a value, on any day', async () => {
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

    await putTags(anna, ended, { ...sextortion, sextortionType: undefined, platforms: [] });
    expect((await needing()).find((c) => c.id === ended)?.missingTags).toEqual(['sextortionType', 'platforms']);
    await putTags(anna, ended, { ...sextortion, sextortionType: undefined });
    expect((await needing()).find((c) => c.id === ended)?.missingTags).toEqual(['sextortionType']);
    await putTags(anna, ended, { ...sextortion, platforms: [] });
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
    expect((await putTags(anna, ended, unknowns)).status).toBe(200);
    expect((await needing()).map((c) => c.id)).not.toContain(ended);
    visitor.socket.close();
  });
});
