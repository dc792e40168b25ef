import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api, chat, type Member } from './helpers/chats';
import { loginAs } from './helpers/staff';
import { withTeam } from './helpers/team-fixture';

// Monday 10:00 in Amsterdam: both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();

const it = withTeam({ sam: 'stopitnow', sara: 'stopitnow', anna: 'helpwanted', boss: 'supervisor' }, clock);

const plan = (t: TestApp, who: Member, body: unknown) => api(t, who, 'POST', '/api/referrals', body);

describe('referrals', () => {
  it('go planned -> called -> intends treatment, shown with the conversation and in the list', async ({
    t,
    team: { sam, sara, anna },
  }) => {
    const { conversationId } = await chat(t, sam, 'stopitnow');
    const appointmentAt = inDays(2);
    const created = await plan(t, sam, { conversationId, clinic: 'de-waag', appointmentAt });
    expect(created).toMatchObject({
      status: 201,
      body: { kind: 'call-appointment', conversationId, programme: 'stopitnow', clinic: 'de-waag', status: 'planned' },
    });
    expect(created.body.appointmentAt).toBe(appointmentAt);
    const id = created.body.id as string;

    const early = await api(t, sam, 'PATCH', `/api/referrals/${id}`, { intendsTreatment: 'yes' });
    expect(early).toMatchObject({ status: 400, body: { error: { field: 'intendsTreatment' } } });
    // A colleague on the next shift follows it up.
    const called = await api(t, sara, 'PATCH', `/api/referrals/${id}`, { status: 'called', intendsTreatment: 'yes' });
    expect(called).toMatchObject({ status: 200, body: { status: 'called', intendsTreatment: 'yes' } });

    const detail = await api(t, sam, 'GET', `/api/conversations/${conversationId}`);
    expect(detail.body.referrals).toEqual([called.body]);
    const listed = await api(
      t,
      sam,
      'GET',
      `/api/referrals?status=called&from=${appointmentAt.slice(0, 10)}&to=2026-12-01`,
    );
    expect(listed.body).toEqual([called.body]);
    expect((await api(t, anna, 'GET', '/api/referrals?programme=stopitnow')).status).toBe(403);
    expect((await api(t, anna, 'PATCH', `/api/referrals/${id}`, { status: 'cancelled' })).status).toBe(403);
    expect((await api(t, anna, 'GET', '/api/referrals?from=2026-11-01&to=2026-12-01')).body).toEqual([]);
  });

  it('records that another clinic’s details were given, with nothing to follow up', async ({
    t,
    team: { sam, boss },
  }) => {
    await api(t, boss, 'POST', '/api/clinics', { id: 'fpk-noord', name: 'FPK Noord' });
    const { conversationId } = await chat(t, sam, 'stopitnow');
    const given = await plan(t, sam, { conversationId, clinic: 'fpk-noord', kind: 'other-clinic-details' });
    expect(given).toMatchObject({ status: 201, body: { kind: 'other-clinic-details', clinic: 'fpk-noord' } });
    expect(given.body.appointmentAt).toBe(clock.now().toISOString());
    expect((await api(t, sam, 'PATCH', `/api/referrals/${given.body.id}`, { status: 'called' })).status).toBe(409);
    const ids = await api(t, sam, 'GET', '/api/referrals?due=upcoming');
    expect(ids.body.map((r: { id: string }) => r.id)).not.toContain(given.body.id);
    const listed = await api(t, sam, 'GET', '/api/referrals?kind=other-clinic-details');
    expect(listed.body.map((r: { id: string }) => r.id)).toEqual([given.body.id]);
  });

  it('refuses bad input naming the field, unknown ids with 404', async ({ t, team: { sam } }) => {
    const { conversationId } = await chat(t, sam, 'stopitnow');
    const field = async (body: unknown) => (await plan(t, sam, body)).body.error.field;
    expect(await field({ conversationId, clinic: 'de-waag' })).toBe('appointmentAt');
    expect(await field({ clinic: 'de-waag', appointmentAt: inDays(1) })).toBe('conversationId');
    expect(await field({ conversationId, clinic: 'nowhere', appointmentAt: inDays(1) })).toBe('clinic');
    expect(await field({ conversationId, clinic: 'De Waag', appointmentAt: inDays(1) })).toBe('clinic');
    expect(await field({ conversationId, clinic: 'de-waag', appointmentAt: 'tomorrow' })).toBe('appointmentAt');
    expect(await field({ conversationId, clinic: 'de-waag', appointmentAt: inDays(1), colour: 1 })).toBe('colour');
    const unknown = await plan(t, sam, { conversationId: randomUUID(), clinic: 'de-waag', appointmentAt: inDays(1) });
    expect(unknown.status).toBe(404);
    expect((await api(t, sam, 'PATCH', `/api/referrals/${randomUUID()}`, { status: 'called' })).status).toBe(404);
    const empty = await api(t, sam, 'PATCH', `/api/referrals/${randomUUID()}`, {});
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT' } } });
    const status = await api(t, sam, 'PATCH', `/api/referrals/${randomUUID()}`, { status: 'done' });
    expect(status).toMatchObject({ status: 400, body: { error: { field: 'status' } } });
    expect((await api(t, sam, 'GET', '/api/referrals?due=soon')).body.error.field).toBe('due');
  });
  // Last: it moves the clock on by days.
  it('lists upcoming and overdue planned appointments', async ({ t, team: { sam, boss } }) => {
    const { conversationId } = await chat(t, sam, 'stopitnow');
    const soon = (await plan(t, sam, { conversationId, clinic: 'de-waag', appointmentAt: inDays(1) })).body;
    const later = (await plan(t, sam, { conversationId, clinic: 'de-waag', appointmentAt: inDays(8) })).body;
    const missed = (await plan(t, sam, { conversationId, clinic: 'de-waag', appointmentAt: inDays(3) })).body;
    // Four days on (new logins: the sessions of then have expired).
    clock.advance(4 * DAY);
    for (const m of [sam, boss]) m.cookie = await loginAs(t, m);
    const ids = async (query: string) =>
      ((await api(t, sam, 'GET', `/api/referrals?${query}`)).body as { id: string }[]).map((r) => r.id);
    expect(await ids('due=overdue')).toEqual([soon.id, missed.id]);
    expect(await ids('due=upcoming')).toEqual([later.id]);
    await api(t, sam, 'PATCH', `/api/referrals/${missed.id}`, { status: 'no-show' });
    expect(await ids('due=overdue')).toEqual([soon.id]);
    const moved = await api(t, sam, 'PATCH', `/api/referrals/${soon.id}`, { appointmentAt: inDays(1) });
    expect(moved).toMatchObject({ status: 200, body: { status: 'planned' } });
    expect(await ids('due=upcoming')).toEqual([soon.id, later.id]);
    const notPlanned = await api(t, sam, 'PATCH', `/api/referrals/${missed.id}`, { appointmentAt: inDays(2) });
    expect(notPlanned).toMatchObject({ status: 400, body: { error: { field: 'appointmentAt' } } });
  });
});
