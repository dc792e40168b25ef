import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { attempt, isRefused } from './helpers/attempt';
import { ask, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

describe('authority of open staff sockets', () => {
  it('finding 2: a supervisor demoted to one programme loses monitor:join and resume on the other at once', async () => {
    const admin = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const boss = await createStaff(t, { role: 'supervisor', totp: true, programmes: ['helpwanted'] });
    const socket = await staffSocket(t, await loginAs(t, boss));
    const { socket: visitor } = await visitorSocket(t);
    const conversationId = String((await ask(visitor, 'queue:join', { programme: 'stopitnow' })).conversationId);
    expect(await ask(socket, 'monitor:join', { conversationId })).toMatchObject({ ok: true });

    const demoted = await call(t, 'PATCH', `/api/staff/${boss.id}`, {
      cookie: admin,
      body: { role: 'counsellor', programmes: ['helpwanted'] },
    });
    expect(demoted.status).toBe(200);
    expect(isRefused(await attempt(socket, 'monitor:join', { conversationId }))).toBe(true);
    expect(isRefused(await attempt(socket, 'conversation:resume', { conversationId }))).toBe(true);
    visitor.close();
    socket.close();
  });

  it('finding 2: a promotion ends the member’s sessions, so the new role needs a new login (with its second factor)', async () => {
    const admin = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const anna = await createStaff(t);
    const cookie = await loginAs(t, anna);
    const socket = await staffSocket(t, cookie);
    const promoted = await call(t, 'PATCH', `/api/staff/${anna.id}`, { cookie: admin, body: { role: 'supervisor' } });
    expect(promoted.status).toBe(200);
    await waitFor(() => socket.disconnected, 5000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
    expect((await call(t, 'GET', '/api/staff', { cookie })).status).toBe(401);
  });
});
