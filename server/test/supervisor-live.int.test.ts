import { MissedReport, ReportSummaryAnswer, SupervisorOverview } from '@helpline/shared';
import type { StaffSocket } from '@helpline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { type AnySocket, ask, next, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs, staffSocket } from './helpers/staff';

// Monday 23 November 2026, 06:30 in Amsterdam: both programmes still closed.
const clock = createManualClock(new Date('2026-11-23T05:30:00Z'));
let t: TestApp;
let cookie = '';
let supervisor: StaffSocket;
const open: AnySocket[] = [];

const overviewWhere = (where: (o: SupervisorOverview) => boolean) =>
  next(supervisor, 'supervisor:overview', (o) => where(SupervisorOverview.parse(o)));
const programmeOf = (o: SupervisorOverview, id: string) => o.programmes.find((p) => p.id === id);
const visitor = async () => {
  const v = await visitorSocket(t);
  open.push(v.socket);
  return v.socket;
};

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(async () => {
  for (const socket of [...open, supervisor]) socket.close();
  await t.close();
});

describe('missed contacts from real sockets, seen live by a supervisor', () => {
  it('counts attempts outside opening hours at the hour they were made', async () => {
    for (const programme of ['helpwanted', 'helpwanted', 'stopitnow'] as const) {
      const answer = await ask(await visitor(), 'queue:join', { programme });
      expect(answer.error?.code).toBe('CLOSED');
    }
  });

  it('pushes a waiting visitor, then the abandoned contact when they leave', async () => {
    clock.set(new Date('2026-11-23T09:15:00Z')); // 10:15 local
    cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    supervisor = await staffSocket(t, cookie);
    const first = await next(supervisor, 'supervisor:overview');
    expect(SupervisorOverview.parse(first).programmes.map((p) => [p.id, p.open])).toEqual([
      ['helpwanted', true],
      ['stopitnow', true],
    ]);
    const socket = await visitor();
    const waiting = overviewWhere((o) => programmeOf(o, 'helpwanted')?.waiting === 1);
    const joined = await ask(socket, 'queue:join', { programme: 'helpwanted' });
    expect(programmeOf(await waiting, 'helpwanted')).toMatchObject({ open: true, waiting: 1 });
    clock.advance(40_000);
    // Nothing happened but time: the periodic tick pushes the grown wait.
    const grown = overviewWhere((o) => programmeOf(o, 'helpwanted')?.longestWaitSeconds === 40);
    await t.app.jobs.runOnce();
    await grown;
    const longest = await call(t, 'GET', '/api/supervisor/overview', { cookie });
    expect(programmeOf(SupervisorOverview.parse(await longest.json()), 'helpwanted')?.longestWaitSeconds).toBe(40);
    const missed = overviewWhere((o) => programmeOf(o, 'helpwanted')?.countersToday.abandoned === 1);
    await ask(socket, 'conversation:leave', { conversationId: joined.conversationId });
    expect(programmeOf(await missed, 'helpwanted')).toMatchObject({
      waiting: 0,
      countersToday: { requested: 3, answered: 0, missed: 3, 'outside-hours': 2, abandoned: 1, 'timed-out': 0 },
    });
  });

  it('times out visitors who wait past the maximum, counted when the wait ended', async () => {
    clock.set(new Date('2026-11-23T09:20:00Z'));
    for (let i = 0; i < 2; i += 1) await ask(await visitor(), 'queue:join', { programme: 'stopitnow' });
    clock.advance(21 * 60_000); // 10:41 local, past the 20 minutes
    const timedOut = overviewWhere((o) => programmeOf(o, 'stopitnow')?.countersToday['timed-out'] === 2);
    await t.app.jobs.runOnce();
    expect(programmeOf(await timedOut, 'stopitnow')).toMatchObject({ waiting: 0, longestWaitSeconds: 0 });
    const asked = SupervisorOverview.parse(await (await call(t, 'GET', '/api/supervisor/overview', { cookie })).json());
    expect(programmeOf(asked, 'stopitnow')?.countersToday).toEqual({
      requested: 3,
      answered: 0,
      missed: 3,
      'outside-hours': 1,
      abandoned: 0,
      'timed-out': 2,
    });
  });

  it('shows a counsellor going available and taking a chat, then going away', async () => {
    clock.set(new Date('2026-11-23T10:00:00Z'));
    const counsellor = await createStaff(t, { role: 'counsellor', programmes: ['helpwanted'] });
    const staff = await staffSocket(t, await loginAs(t, counsellor));
    open.push(staff);
    const available = overviewWhere((o) =>
      o.counsellors.some((c) => c.id === counsellor.id && c.status === 'available'),
    );
    await ask(staff, 'presence:set', { status: 'available' });
    await available;
    const busy = overviewWhere((o) => o.counsellors.some((c) => c.id === counsellor.id && c.activeChats === 1));
    await ask(await visitor(), 'queue:join', { programme: 'helpwanted' });
    const seen = await busy;
    expect(programmeOf(seen, 'helpwanted')).toMatchObject({ activeChats: 1, countersToday: { answered: 1 } });
    expect(seen.counsellors.find((c) => c.id === counsellor.id)).toMatchObject({
      capacity: 2,
      alias: counsellor.alias,
    });
    const away = overviewWhere((o) => o.counsellors.some((c) => c.id === counsellor.id && c.status === 'away'));
    await ask(staff, 'presence:set', { status: 'away' });
    await away;
  });

  it('reports the day: kinds, hours and weekday of every missed contact', async () => {
    const res = await call(t, 'GET', '/api/supervisor/missed?from=2026-11-23&to=2026-11-24', { cookie });
    const report = MissedReport.parse(await res.json());
    expect(report.byKind).toEqual({ 'outside-hours': 3, abandoned: 1, 'timed-out': 2 });
    expect(report.total).toBe(6);
    expect(report.byHour.flatMap((n, hour) => (n ? [[hour, n]] : []))).toEqual([
      [6, 3],
      [10, 3],
    ]);
    expect(report.byWeekday).toEqual([6, 0, 0, 0, 0, 0, 0]);
    expect(report.items.map((i) => [i.kind, i.waitedSeconds])).toEqual([
      ['timed-out', 1260],
      ['timed-out', 1260],
      ['abandoned', 40],
      ['outside-hours', null],
      ['outside-hours', null],
      ['outside-hours', null],
    ]);
    expect(report.openLonger).toEqual({ hours: [{ hour: 6, outsideHours: 3 }], caught: 3, caughtRate: 1 });
    expect(report.serviceLevel).toMatchObject({ offered: 4, answeredWithin1Minute: 1, within1MinuteRate: 0.25 });
    const other = MissedReport.parse(
      await (await call(t, 'GET', '/api/supervisor/missed?from=2026-11-24&to=2026-11-25', { cookie })).json(),
    );
    expect(other.total).toBe(0);
  });

  it('gives the same day in the summary', async () => {
    const res = await call(t, 'GET', '/api/reports/summary?from=2026-11-23&to=2026-11-24', { cookie });
    const summary = ReportSummaryAnswer.parse(await res.json());
    expect(summary.chats).toEqual({
      requested: 7,
      answered: 1,
      missed: { 'outside-hours': 3, abandoned: 1, 'timed-out': 2 },
      urgent: { 'self-harm': 0, deadline: 0, 'child-at-risk': 0 },
    });
    expect(summary.contacts).toEqual({ total: 1, byChannel: { chat: 1, phone: 0, email: 0, mailbox: 0 } });
    expect(summary.uniqueVisitors).toBe(4);
    expect(summary.previous.chats.requested).toBe(0);
  });
});
