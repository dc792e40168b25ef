import { ErrorEnvelope, openState, ProgrammeHours, ProgrammesAnswer } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-21T09:30:00Z')); // Saturday 10:30 in Amsterdam
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const get = (path: string, init?: RequestInit) => fetch(`${t.url}${path}`, init);
const errorOf = async (res: Response) => ErrorEnvelope.parse(await res.json()).error;

describe('public API', () => {
  it('reports health with the database', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'ok' });
  });

  it('lists both programmes with their live state: Saturday 10:30 Helpwanted is closed, Stop it Now open', async () => {
    const res = await get('/api/programmes');
    const body = ProgrammesAnswer.parse(await res.json());
    const byId = Object.fromEntries(body.map((p) => [p.id, p]));
    expect(byId.helpwanted).toMatchObject({
      open: false,
      opensAt: '2026-11-21T10:00:00.000Z',
      closesAt: null,
      waiting: 0,
    });
    expect(byId.stopitnow).toMatchObject({ open: true, opensAt: null, closesAt: '2026-11-21T13:00:00.000Z' });
    expect(byId.stopitnow?.selfHelpUrl).toMatch(/^https:/);
  });

  it('follows the clock: an hour later both are open', async () => {
    clock.advance(60 * 60 * 1000);
    const body = ProgrammesAnswer.parse(await (await get('/api/programmes')).json());
    expect(body.every((p) => p.open)).toBe(true);
  });

  it('says how many counsellors are available: none promises no time, a free one means the chat starts at once', async () => {
    const helpwanted = async () =>
      ProgrammesAnswer.parse(await (await get('/api/programmes')).json()).find((p) => p.id === 'helpwanted');
    expect(await helpwanted()).toMatchObject({ open: true, counsellorsAvailable: 0 });
    const member = await createStaff(t, { programmes: ['helpwanted'] });
    const socket = await staffSocket(t, await loginAs(t, member));
    expect(await ask(socket, 'presence:set', { status: 'available' })).toEqual({ ok: true });
    expect(await helpwanted()).toMatchObject({ counsellorsAvailable: 1, waiting: 0, estimatedWaitSeconds: 0 });
    await ask(socket, 'presence:set', { status: 'away' });
    expect(await helpwanted()).toMatchObject({ counsellorsAvailable: 0 });
    socket.close();
  });

  it('serves the stored opening hours, which agree with the live state', async () => {
    const hours = ProgrammeHours.parse(await (await get('/api/programmes/stopitnow/hours')).json());
    expect(hours.weekly).toContainEqual({ weekday: 6, opens: '10:00', closes: '14:00' });
    expect(openState(hours, clock.now()).open).toBe(true);
    const bad = await get('/api/programmes/elsewhere/hours');
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
  });

  it('answers unknown routes and bad bodies with the JSON error envelope', async () => {
    const missing = await get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('NOT_FOUND');
    const broken = await get('/api/nothing-here', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect(await errorOf(broken)).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
  });

  it('refuses state-changing requests from a foreign origin', async () => {
    const res = await get('/api/nothing-here', { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('FORBIDDEN');
  });

  it('never logs the client address or user agent', async () => {
    await get('/api/programmes', { headers: { 'user-agent': 'CanaryAgent/1.0', 'x-forwarded-for': '203.0.113.77' } });
    const logs = t.logs.join('\n');
    expect(logs).toContain('/api/programmes');
    expect(logs).not.toMatch(/127\.0\.0\.1|CanaryAgent|203\.0\.113\.77|remoteAddress|user-agent/i);
  });

  it('answers 503 when the database is gone', async () => {
    await t.db.close();
    const res = await get('/api/health');
    expect(res.status).toBe(503);
  });
});
