import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api, chat, type Member, startTeam } from './helpers/chats';
import { ask } from './helpers/sockets';
import { call } from './helpers/staff';

let t: TestApp;
// Monday 23 November 2026, 10:00 in Amsterdam (winter time, +01:00): both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let sam: Member;
let boss: Member;
let stop: () => Promise<void>;

beforeAll(async () => {
  const started = await startTeam(clock, { sam: 'stopitnow', boss: 'supervisor' });
  ({ t, stop } = started);
  ({ sam, boss } = started.team);
});
afterAll(() => stop());

const csv = async (path: string) => {
  const res = await call(t, 'GET', path, { cookie: boss.cookie });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  const rows = (await res.text())
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  const [header = [], ...body] = rows;
  const records = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { disposition: res.headers.get('content-disposition'), header, records };
};

describe('CSV exports for the yearly figures', () => {
  it('write local time with its offset, and name the last day of the period, not the exclusive end', async () => {
    const { conversationId } = await chat(t, sam, 'stopitnow');
    const contacts = await csv('/api/reports/export.csv?from=2026-11-01&to=2026-12-01');
    expect(contacts.disposition).toBe('attachment; filename="contacts-all-2026-11-01-2026-11-30.csv"');
    const row = contacts.records.find((r) => r.id === conversationId);
    expect(row?.at).toBe('2026-11-23T10:00:00+01:00');
    expect(row?.answeredAt).toBe('2026-11-23T10:00:00+01:00');
    expect(contacts.records.every((r) => !r.at?.endsWith('Z'))).toBe(true);

    const oneDay = await csv('/api/reports/export.csv?programme=stopitnow&from=2026-11-23&to=2026-11-24');
    expect(oneDay.disposition).toBe('attachment; filename="contacts-stopitnow-2026-11-23-2026-11-23.csv"');
  });

  it('export referrals and survey answers in a second file, linked to their contact, without any message text', async () => {
    const { conversationId, visitor } = await chat(t, sam, 'stopitnow', { keepOpen: true });
    await ask(sam.socket, 'message:send', {
      conversationId,
      clientId: crypto.randomUUID(),
      body: 'Een geheim dat nooit in een export mag staan',
    });
    const planned = await api(t, sam, 'POST', '/api/referrals', {
      conversationId,
      clinic: 'de-waag',
      // Summer time in the appointment's own season would be +02:00; this is winter: +01:00.
      appointmentAt: '2026-11-25T13:30:00.000Z',
    });
    expect(planned.status).toBe(201);
    await ask(sam.socket, 'conversation:end', { conversationId });
    const survey = await ask(visitor.socket, 'survey:submit', {
      conversationId,
      rating: 4,
      feltBetter: true,
      wouldRecommend: false,
    });
    expect(survey.ok).toBe(true);
    visitor.socket.close();

    const res = await call(t, 'GET', '/api/reports/export-referrals.csv?from=2026-11-01&to=2026-12-01', {
      cookie: boss.cookie,
    });
    const text = await res.clone().text();
    expect(text).not.toContain('geheim');
    const exported = await csv('/api/reports/export-referrals.csv?from=2026-11-01&to=2026-12-01');
    expect(exported.disposition).toBe('attachment; filename="referrals-surveys-all-2026-11-01-2026-11-30.csv"');
    expect(exported.header).toEqual([
      'record',
      'id',
      'programme',
      'contactId',
      'contactChannel',
      'at',
      'kind',
      'clinic',
      'clinicName',
      'appointmentAt',
      'status',
      'intendsTreatment',
      'rating',
      'feltBetter',
      'wouldRecommend',
    ]);
    expect(exported.records.find((r) => r.record === 'referral' && r.contactId === conversationId)).toMatchObject({
      id: planned.body.id,
      programme: 'stopitnow',
      contactChannel: 'chat',
      at: '2026-11-23T10:00:00+01:00',
      kind: 'call-appointment',
      clinic: 'de-waag',
      appointmentAt: '2026-11-25T14:30:00+01:00',
      status: 'planned',
    });
    expect(exported.records.find((r) => r.record === 'survey' && r.contactId === conversationId)).toMatchObject({
      programme: 'stopitnow',
      contactChannel: 'chat',
      rating: '4',
      feltBetter: 'true',
      wouldRecommend: 'false',
    });
    // The contact it belongs to is a row of the contacts export.
    const contacts = await csv('/api/reports/export.csv?from=2026-11-01&to=2026-12-01');
    expect(contacts.records.map((r) => r.id)).toContain(conversationId);
  });

  it('is for supervisors only', async () => {
    const res = await call(t, 'GET', '/api/reports/export-referrals.csv', { cookie: sam.cookie });
    expect(res.status).toBe(403);
  });
});
