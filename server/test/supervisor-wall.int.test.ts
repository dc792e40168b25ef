import { defaultHours, ProgrammeHours, SupervisorOverview } from '@helpline/shared';
import type { StaffSocket } from '@helpline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { GRACE_MS } from '../src/modules/conversations/conversation.service';
import { startTestApp, type TestApp } from './harness';
import { type AnySocket, ask, next, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

// Monday 23 November 2026, 10:00 in Amsterdam (+01:00): both programmes open.
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
let t: TestApp;
let cookie = '';
let boss: Awaited<ReturnType<typeof createStaff>>;
let supervisorId = '';
let supervisor: StaffSocket;
const open: AnySocket[] = [];

const overviewWhere = (where: (o: SupervisorOverview) => boolean) =>
  next(supervisor, 'supervisor:overview', (o) => where(SupervisorOverview.parse(o)));
const programmeOf = (o: SupervisorOverview, id: string) => o.programmes.find((p) => p.id === id);
const overviewNow = async () =>
  SupervisorOverview.parse(await (await call(t, 'GET', '/api/supervisor/overview', { cookie })).json());
/** After the clock jumped hours ahead, the morning's session has run out: log in again, with a new socket. */
const freshSupervisor = async () => {
  supervisor.close();
  cookie = await loginAs(t, boss);
  supervisor = await staffSocket(t, cookie);
};
// biome-ignore lint/suspicious/noExplicitAny: answers are asserted field by field
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

beforeAll(async () => {
  t = await startTestApp({ clock });
  boss = await createStaff(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
  supervisorId = boss.id;
  cookie = await loginAs(t, boss);
  supervisor = await staffSocket(t, cookie);
});
afterAll(async () => {
  for (const socket of [...open, supervisor]) socket.close();
  await t.close();
});

describe('the live wall alarms and counts right (issue 17, item 14)', () => {
  it('says how many counsellors are available per programme, and lists supervisors as supervisors', async () => {
    const member = await createStaff(t, { role: 'counsellor', programmes: ['helpwanted'] });
    const staff = await staffSocket(t, await loginAs(t, member));
    open.push(staff);
    const available = overviewWhere((o) => programmeOf(o, 'helpwanted')?.counsellorsAvailable === 1);
    await ask(staff, 'presence:set', { status: 'available' });
    const seen = await available;
    expect(programmeOf(seen, 'stopitnow')?.counsellorsAvailable).toBe(0);
    expect(programmeOf(seen, 'helpwanted')).toMatchObject({ alarmAfterMinutes: 5, open: true });
    expect(seen.counsellors.find((c) => c.id === member.id)?.role).toBe('counsellor');
    expect(seen.counsellors.find((c) => c.id === supervisorId)?.role).toBe('supervisor');

    // A visitor is answered, then the counsellor's connection goes: the chat goes back to the queue.
    const v = await visitorSocket(t);
    open.push(v.socket);
    const answered = overviewWhere((o) => programmeOf(o, 'helpwanted')?.countersToday.answered === 1);
    await ask(v.socket, 'queue:join', { programme: 'helpwanted' });
    await answered;
    staff.close();
    // The server hears the socket go before the next heartbeat, which would otherwise still count it.
    await waitFor(() => t.app.io.of('/staff').sockets.size === 1);
    clock.advance(GRACE_MS + 1000);
    const requeued = overviewWhere(
      (o) => programmeOf(o, 'helpwanted')?.waiting === 1 && programmeOf(o, 'helpwanted')?.counsellorsAvailable === 0,
    );
    await t.app.jobs.runOnce();
    const after = programmeOf(await requeued, 'helpwanted');
    // Nobody can take the waiting visitor, and the chat that was answered stays answered.
    expect(after).toMatchObject({ waiting: 1, counsellorsAvailable: 0, countersToday: { answered: 1 } });
    expect(programmeOf(await overviewNow(), 'helpwanted')?.countersToday.answered).toBe(1);
    const summary = await json(await call(t, 'GET', '/api/reports/summary?programme=helpwanted', { cookie }));
    expect(summary.body.chats.answered).toBe(1);
  });

  it('keeps the alarm threshold with the hours: set, kept by a PUT without it, refused out of range', async () => {
    const path = '/api/programmes/stopitnow/hours';
    const base = { ...defaultHours('stopitnow') };
    const set = await json(await call(t, 'PUT', path, { cookie, body: { ...base, alarmAfterMinutes: 3 } }));
    expect(set).toMatchObject({ status: 200, body: { alarmAfterMinutes: 3, maxWaitMinutes: 20 } });
    const kept = await json(await call(t, 'PUT', path, { cookie, body: { ...base, maxWaitMinutes: 25 } }));
    expect(ProgrammeHours.parse(kept.body)).toMatchObject({ alarmAfterMinutes: 3, maxWaitMinutes: 25 });
    const refused = await json(await call(t, 'PUT', path, { cookie, body: { ...base, alarmAfterMinutes: 0 } }));
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_INPUT', field: 'alarmAfterMinutes' } },
    });
    expect(programmeOf(await overviewNow(), 'stopitnow')?.alarmAfterMinutes).toBe(3);
  });
});

describe('opening now, from the live wall (issue 17, item 16)', () => {
  it('keeps an open programme one hour longer today, and refuses what cannot be', async () => {
    clock.set(new Date('2026-11-23T19:30:00Z')); // 20:30 local: Stop it Now open until 21:00
    await freshSupervisor();
    const longer = await json(
      await call(t, 'POST', '/api/programmes/stopitnow/hours/today', { cookie, body: { longerMinutes: 60 } }),
    );
    expect(longer).toMatchObject({
      status: 200,
      body: { open: true, closesAt: '2026-11-23T21:00:00.000Z', exception: { opens: '09:00', closes: '22:00' } },
    });
    clock.set(new Date('2026-11-23T21:30:00Z')); // 22:30 local: closed again
    await freshSupervisor();
    const closed = await json(
      await call(t, 'POST', '/api/programmes/stopitnow/hours/today', { cookie, body: { longerMinutes: 60 } }),
    );
    expect(closed).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'longerMinutes' } } });
    const past = await json(
      await call(t, 'POST', '/api/programmes/stopitnow/hours/today', { cookie, body: { until: '22:00' } }),
    );
    expect(past).toMatchObject({ status: 400, body: { error: { field: 'until' } } });
    const counsellor = await call(t, 'POST', '/api/programmes/stopitnow/hours/today', {
      cookie: await loginAs(t, await createStaff(t, { role: 'counsellor', programmes: ['stopitnow'] })),
      body: { until: '23:00' },
    });
    expect(counsellor.status).toBe(403);
  });
  it('opens a closed programme now until a time today, at once for visitors and the wall, audited', async () => {
    clock.set(new Date('2026-11-23T22:10:00Z')); // 23:10 local: Helpwanted closed at 23:00
    await freshSupervisor();
    const v = await visitorSocket(t);
    open.push(v.socket);
    expect((await ask(v.socket, 'queue:join', { programme: 'helpwanted' })).error?.code).toBe('CLOSED');
    const opened = overviewWhere((o) => programmeOf(o, 'helpwanted')?.open === true);
    const answer = await json(
      await call(t, 'POST', '/api/programmes/helpwanted/hours/today', { cookie, body: { until: '24:00' } }),
    );
    expect(answer).toMatchObject({
      status: 200,
      body: {
        open: true,
        closesAt: '2026-11-23T23:00:00.000Z',
        exception: { date: '2026-11-23', opens: '07:00', closes: '24:00' },
      },
    });
    expect(programmeOf(await opened, 'helpwanted')).toMatchObject({ open: true, closesAt: '2026-11-23T23:00:00.000Z' });
    const hours = ProgrammeHours.parse((await json(await call(t, 'GET', '/api/programmes/helpwanted/hours'))).body);
    expect(hours.exceptions).toContainEqual({ date: '2026-11-23', opens: '07:00', closes: '24:00' });
    const audit = await json(await call(t, 'GET', '/api/audit?action=hours.updated', { cookie }));
    expect(audit.body[0]).toMatchObject({
      actorId: supervisorId,
      targetId: 'helpwanted',
      details: { via: 'open-until', today: { date: '2026-11-23', closes: '24:00' } },
    });
  });
});
