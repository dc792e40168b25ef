import { auditLog } from '@helpline/db';
import { like } from 'drizzle-orm';
import { describe, expect } from 'vitest';
import { api } from './helpers/chats';
import { withTeam } from './helpers/team-fixture';

const DE_WAAG = { id: 'de-waag', name: 'De Waag', isDefault: true, isActive: true };

const it = withTeam({ sam: 'stopitnow', anna: 'helpwanted', boss: 'supervisor' });

describe('clinics', () => {
  it('starts with De Waag as the default; supervisors add one, move the default and deactivate', async ({
    t,
    team: { sam, boss },
  }) => {
    expect((await api(t, sam, 'GET', '/api/clinics')).body).toEqual([DE_WAAG]);
    const added = await api(t, boss, 'POST', '/api/clinics', { id: 'fpk-zuid', name: 'FPK Zuid' });
    expect(added).toEqual({
      status: 201,
      body: { id: 'fpk-zuid', name: 'FPK Zuid', isDefault: false, isActive: true },
    });
    expect((await api(t, boss, 'POST', '/api/clinics', { id: 'fpk-zuid', name: 'Again' })).status).toBe(409);

    const stillDefault = await api(t, boss, 'PATCH', '/api/clinics/de-waag', { isActive: false });
    expect(stillDefault).toMatchObject({ status: 409, body: { error: { field: 'isActive' } } });
    expect((await api(t, boss, 'PATCH', '/api/clinics/fpk-zuid', { isDefault: true })).body.isDefault).toBe(true);
    expect((await api(t, boss, 'PATCH', '/api/clinics/de-waag', { isActive: false })).body.isActive).toBe(false);

    expect((await api(t, sam, 'GET', '/api/clinics')).body).toEqual([{ ...added.body, isDefault: true }]);
    const all = await api(t, boss, 'GET', '/api/clinics');
    expect(all.body.map((c: { id: string }) => c.id)).toEqual(['fpk-zuid', 'de-waag']);

    expect((await api(t, boss, 'PATCH', '/api/clinics/nowhere', { name: 'Elders' })).status).toBe(404);
    expect((await api(t, boss, 'POST', '/api/clinics', { id: 'Bad Id', name: 'X' })).body.error.field).toBe('id');
    expect((await api(t, boss, 'PATCH', '/api/clinics/de-waag', {})).status).toBe(400);
    expect((await api(t, boss, 'PATCH', '/api/clinics/de-waag', { name: 'De\u0000Waag' })).body.error.field).toBe(
      'name',
    );
    expect((await api(t, sam, 'POST', '/api/clinics', { id: 'mine', name: 'Mine' })).status).toBe(403);
  });
});

describe('canned responses', () => {
  it('are seeded per programme in Dutch and English and read only within the asker’s programmes', async ({
    t,
    team: { sam },
  }) => {
    const own = await api(t, sam, 'GET', '/api/canned-responses');
    expect(own.status).toBe(200);
    expect(new Set(own.body.map((c: { programme: string }) => c.programme))).toEqual(new Set(['stopitnow']));
    expect(new Set(own.body.map((c: { language: string }) => c.language))).toEqual(new Set(['nl', 'en']));
    const english = await api(t, sam, 'GET', '/api/canned-responses?programme=stopitnow&language=en');
    expect(english.body.length).toBeGreaterThan(0);
    expect(english.body.every((c: { language: string }) => c.language === 'en')).toBe(true);
    expect((await api(t, sam, 'GET', '/api/canned-responses?programme=helpwanted')).status).toBe(403);
    expect((await api(t, sam, 'GET', '/api/canned-responses?language=de')).body.error.field).toBe('language');
  });

  it('are managed by supervisors: add, change, delete, each audited', async ({ t, team: { anna, boss } }) => {
    const body = {
      programme: 'helpwanted',
      language: 'nl',
      title: 'Afsluiten',
      body: 'Fijn dat je er was.',
      position: 99,
    };
    const created = await api(t, boss, 'POST', '/api/canned-responses', body);
    expect(created).toMatchObject({ status: 201, body });
    const id = created.body.id as string;
    const listed = async () =>
      (await api(t, anna, 'GET', '/api/canned-responses')).body as { id: string; title: string }[];
    expect((await listed()).at(-1)).toEqual(created.body);

    const changed = await api(t, boss, 'PATCH', `/api/canned-responses/${id}`, { title: 'Tot ziens' });
    expect(changed).toMatchObject({ status: 200, body: { id, title: 'Tot ziens', body: body.body } });
    expect((await api(t, anna, 'PATCH', `/api/canned-responses/${id}`, { title: 'x' })).status).toBe(403);
    expect((await api(t, anna, 'DELETE', `/api/canned-responses/${id}`)).status).toBe(403);

    expect((await api(t, boss, 'DELETE', `/api/canned-responses/${id}`)).status).toBe(204);
    expect((await listed()).map((c) => c.id)).not.toContain(id);
    expect((await api(t, boss, 'DELETE', `/api/canned-responses/${id}`)).status).toBe(404);
    expect((await api(t, boss, 'PATCH', `/api/canned-responses/${id}`, { title: 'x' })).status).toBe(404);

    const audit = await t.db.db.select().from(auditLog).where(like(auditLog.action, 'canned-response.%'));
    expect(audit.map((a) => [a.action, a.targetId, a.actorId])).toEqual([
      ['canned-response.created', id, boss.id],
      ['canned-response.updated', id, boss.id],
      ['canned-response.deleted', id, boss.id],
    ]);
  });

  it('refuse bad input naming the field', async ({ t, team: { boss } }) => {
    const field = async (body: unknown) => (await api(t, boss, 'POST', '/api/canned-responses', body)).body.error.field;
    const ok = { programme: 'stopitnow', language: 'en', title: 'Hi', body: 'Hello' };
    expect(await field({ ...ok, title: '  ' })).toBe('title');
    expect(await field({ ...ok, body: 'x'.repeat(4001) })).toBe('body');
    expect(await field({ ...ok, programme: 'other' })).toBe('programme');
    expect(await field({ ...ok, extra: true })).toBe('extra');
    expect(await field({ ...ok, body: 'Hallo\u0000' })).toBe('body');
    expect((await api(t, boss, 'PATCH', '/api/canned-responses/nope', { title: 'x' })).body.error.field).toBe('id');
  });
});
