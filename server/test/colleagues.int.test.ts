import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
beforeAll(async () => {
  // A Monday morning: both programmes are open.
  t = await startTestApp({ clock: createManualClock(new Date('2026-11-23T09:00:00Z')) });
});
afterAll(() => t.close());

describe('colleagues to hand a chat to', () => {
  it('lists only the other available counsellors of the programme, with their load: never away, offline, supervisors or other programmes', async () => {
    const me = await createStaff(t, { programmes: ['stopitnow'] });
    const away = await createStaff(t, { programmes: ['stopitnow', 'helpwanted'] });
    const busy = await createStaff(t, { programmes: ['stopitnow'] });
    const elsewhere = await createStaff(t, { programmes: ['helpwanted'] });
    const offline = await createStaff(t, { programmes: ['stopitnow'] });
    const supervisor = await createStaff(t, { role: 'supervisor', programmes: ['stopitnow'], totp: true });
    const busySocket = await staffSocket(t, await loginAs(t, busy));
    const awaySocket = await staffSocket(t, await loginAs(t, away));
    await ask(awaySocket, 'presence:set', { status: 'away' });
    await ask(busySocket, 'presence:set', { status: 'available' });
    const visitor = await visitorSocket(t);
    const assigned = new Promise((resolve) => busySocket.once('conversation:assigned', resolve));
    expect(await ask(visitor.socket, 'queue:join', { programme: 'stopitnow' })).toMatchObject({ ok: true });
    await assigned;
    // Available only after the chat went to `busy`: a supervisor can be routed a chat too, and is still never offered.
    const supervisorSocket = await staffSocket(t, await loginAs(t, supervisor));
    await ask(supervisorSocket, 'presence:set', { status: 'available' });

    const cookie = await loginAs(t, me);
    const res = await call(t, 'GET', '/api/colleagues?programme=stopitnow', { cookie });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; alias: string; status: string; activeChats: number }[];
    const ids = list.map((c) => c.id);
    expect(ids).not.toContain(me.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(list.find((c) => c.id === busy.id)).toMatchObject({ status: 'available', activeChats: 1, capacity: 2 });
    expect(ids).not.toContain(away.id);
    expect(ids).not.toContain(offline.id);
    expect(ids).not.toContain(supervisor.id);
    expect(list.every((c) => c.status === 'available')).toBe(true);

    const refused = await call(t, 'GET', '/api/colleagues?programme=helpwanted', { cookie });
    expect(refused.status).toBe(403);
    const bad = await call(t, 'GET', '/api/colleagues?programme=nope', { cookie });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('programme');
    for (const s of [busySocket, awaySocket, supervisorSocket, visitor.socket]) s.close();
  });
});
