import { AuditEntry } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, loginAs } from './helpers/staff';

const clock = createManualClock(new Date('2026-03-10T09:00:00Z'));
let t: TestApp;
let cookie = '';
let anna = { id: '', username: '' };

beforeAll(async () => {
  t = await startTestApp({ clock });
  const member = await createStaff(t, { role: 'counsellor' });
  anna = { id: member.id, username: member.username };
  const { audit } = t.app.services;
  // 120 transcript reads by Anna on 9 March, one every minute from 08:00 local, and a hours change on 8 March.
  clock.set(new Date('2026-03-08T12:00:00Z'));
  await audit.record(null, 'hours.updated', { type: 'programme', id: 'helpwanted' });
  for (let i = 0; i < 120; i += 1) {
    clock.set(new Date(Date.UTC(2026, 2, 9, 7, i)));
    await audit.record(anna, 'transcript.read', { type: 'conversation', id: `c${i}` });
  }
  clock.set(new Date('2026-03-10T09:00:00Z'));
  cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
});
afterAll(() => t.close());

const page = async (query: string) => {
  const res = await call(t, 'GET', `/api/audit?${query}`, { cookie });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return { total: Number(res.headers.get('x-total-count')), entries: AuditEntry.array().parse(await res.json()) };
};

describe('audit log', () => {
  it('filters by who and what in a period, a page at a time, latest first', async () => {
    const first = await page(`from=2026-03-09&to=2026-03-10&staffId=${anna.id}&action=transcript.read`);
    expect(first.total).toBe(120);
    expect(first.entries.map((e) => e.targetId)).toEqual(Array.from({ length: 50 }, (_, i) => `c${119 - i}`));
    const third = await page(`from=2026-03-09&to=2026-03-10&staffId=${anna.id}&action=transcript.read&page=3`);
    expect(third.entries.map((e) => e.targetId)).toEqual(Array.from({ length: 20 }, (_, i) => `c${19 - i}`));
    const big = await page(`from=2026-03-09&to=2026-03-10&pageSize=500`);
    expect(big.entries).toHaveLength(120);
  });

  it('keeps other days and actions out', async () => {
    const hours = await page('from=2026-03-01&to=2026-03-31&action=hours.updated');
    expect(hours.entries.map((e) => [e.action, e.targetId, e.actorId])).toEqual([
      ['hours.updated', 'helpwanted', null],
    ]);
    expect((await page('from=2026-03-08&to=2026-03-09')).total).toBe(1);
    // Default period: today, with the supervisor's own login and none of the earlier days.
    const today = (await page('')).entries.map((e) => e.action);
    expect(today).toContain('login.success');
    expect(today).not.toContain('transcript.read');
    expect(today).not.toContain('hours.updated');
  });

  it('refuses a bad page, naming the field', async () => {
    const res = await call(t, 'GET', '/api/audit?page=0', { cookie });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'page' } });
  });
});
