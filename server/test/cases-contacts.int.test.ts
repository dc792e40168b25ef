import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { createManualClock } from '../src/clock';
import { api } from './helpers/chats';
import { stopitnowTags } from './helpers/tags';
import { withTeam } from './helpers/team-fixture';

// Monday 10:00 in Amsterdam.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));

const phoneCall = { programme: 'stopitnow', channel: 'phone', occurredAt: '2026-11-23T08:30:00Z', durationMinutes: 25 };

const it = withTeam({ sam: 'stopitnow', sara: 'stopitnow', anna: 'helpwanted', boss: 'supervisor' }, clock);

describe('contact log', () => {
  it('logs a phone contact with its tags and lists it for the counsellor who logged it', async ({
    t,
    team: { sam, sara, boss },
  }) => {
    const logged = await api(t, sam, 'POST', '/api/contacts', { ...phoneCall, tags: stopitnowTags });
    expect(logged).toMatchObject({
      status: 201,
      body: { ...phoneCall, occurredAt: '2026-11-23T08:30:00.000Z', tags: stopitnowTags, loggedByAlias: sam.alias },
    });
    const email = { programme: 'stopitnow', channel: 'email', occurredAt: '2026-11-20T12:00:00+01:00' };
    const older = await api(t, sam, 'POST', '/api/contacts', { ...email, tags: stopitnowTags });
    expect(older.body.durationMinutes).toBeNull();

    expect((await api(t, sam, 'GET', '/api/contacts')).body).toEqual([logged.body]);
    const week = await api(t, sam, 'GET', '/api/contacts?from=2026-11-16&to=2026-11-24&programme=stopitnow');
    expect(week.body).toEqual([logged.body, older.body]);
    expect((await api(t, sara, 'GET', '/api/contacts?from=2026-11-16&to=2026-11-24')).body).toEqual([]);
    const all = await api(t, boss, 'GET', '/api/contacts?from=2026-11-16&to=2026-11-24');
    expect(all.body.map((c: { id: string }) => c.id)).toEqual([logged.body.id, older.body.id]);
    expect((await api(t, boss, 'GET', '/api/contacts?mine=true&from=2026-11-16&to=2026-11-24')).body).toEqual([]);
  });

  it('requires every dimension that applies, naming the first one missing', async ({ t, team: { sam } }) => {
    const field = async (body: unknown) => {
      const res = await api(t, sam, 'POST', '/api/contacts', body);
      expect(res.status).toBe(400);
      return res.body.error.field;
    };
    expect(await field({ ...phoneCall, tags: { ...stopitnowTags, foundVia: undefined } })).toBe('tags.foundVia');
    expect(await field({ ...phoneCall, tags: { ...stopitnowTags, contactType: 'worried-about-other' } })).toBe(
      'tags.relation',
    );
    expect(await field({ ...phoneCall, tags: { ...stopitnowTags, relation: 'partner' } })).toBe('tags.relation');
    expect(await field({ ...phoneCall, tags: { ...stopitnowTags, concerns: [] } })).toBe('tags.concerns');
    expect(await field({ ...phoneCall, tags: { ...stopitnowTags, gender: 'robot' } })).toBe('tags.gender');
    expect(await field({ ...phoneCall, channel: 'chat', tags: stopitnowTags })).toBe('channel');
    expect(await field({ ...phoneCall, occurredAt: 'today', tags: stopitnowTags })).toBe('occurredAt');
    expect(await field({ ...phoneCall, durationMinutes: -5, tags: stopitnowTags })).toBe('durationMinutes');
    expect(await field({ ...phoneCall, tags: 'all' })).toBe('tags');
    const worried = { ...stopitnowTags, contactType: 'worried-about-other', relation: 'unknown' };
    expect((await api(t, sam, 'POST', '/api/contacts', { ...phoneCall, tags: worried })).status).toBe(201);
  });

  it('lets the logger or a supervisor correct the tags later, complete as before', async ({
    t,
    team: { sam, sara, anna, boss },
  }) => {
    const contact = (await api(t, sam, 'POST', '/api/contacts', { ...phoneCall, tags: stopitnowTags })).body;
    const path = `/api/contacts/${contact.id}/tags`;
    const corrected = { ...stopitnowTags, contactType: 'worried-about-other', relation: 'sibling' };
    expect(await api(t, sam, 'PUT', path, corrected)).toEqual({ status: 200, body: corrected });
    const missing = await api(t, sam, 'PUT', path, { ...corrected, relation: undefined });
    expect(missing).toMatchObject({ status: 400, body: { error: { field: 'relation' } } });
    expect((await api(t, sara, 'PUT', path, stopitnowTags)).status).toBe(403);
    expect((await api(t, anna, 'PUT', path, stopitnowTags)).status).toBe(403);
    expect(await api(t, boss, 'PUT', path, stopitnowTags)).toEqual({ status: 200, body: stopitnowTags });
    const listed = await api(t, sam, 'GET', '/api/contacts');
    expect(listed.body.find((c: { id: string }) => c.id === contact.id).tags).toEqual(stopitnowTags);
    expect((await api(t, sam, 'PUT', `/api/contacts/${randomUUID()}/tags`, stopitnowTags)).status).toBe(404);
  });

  it('keeps counsellors to their programmes', async ({ t, team: { anna } }) => {
    const other = await api(t, anna, 'POST', '/api/contacts', { ...phoneCall, tags: stopitnowTags });
    expect(other.status).toBe(403);
    expect((await api(t, anna, 'GET', '/api/contacts?programme=stopitnow')).status).toBe(403);
  });

  it('can carry a clinic referral, which only its logger or a supervisor may add', async ({
    t,
    team: { sam, sara, boss },
  }) => {
    const contact = (await api(t, sam, 'POST', '/api/contacts', { ...phoneCall, tags: stopitnowTags })).body;
    const body = { contactId: contact.id, clinic: 'de-waag', appointmentAt: '2026-11-25T14:00:00Z' };
    const referral = await api(t, sam, 'POST', '/api/referrals', body);
    expect(referral).toMatchObject({ status: 201, body: { contactId: contact.id, conversationId: null } });
    expect((await api(t, sara, 'POST', '/api/referrals', body)).status).toBe(403);
    expect((await api(t, boss, 'POST', '/api/referrals', body)).status).toBe(201);
    const unknown = await api(t, sam, 'POST', '/api/referrals', { ...body, contactId: randomUUID() });
    expect(unknown.status).toBe(404);
    const both = await api(t, sam, 'POST', '/api/referrals', { ...body, conversationId: randomUUID() });
    expect(both.body.error.field).toBe('conversationId');
  });
});
