import { randomUUID } from 'node:crypto';
import { defaultHours } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { api, type Member, member } from './helpers/chats';
import { writeThread } from './helpers/mailbox';
import { call } from './helpers/staff';

// Friday 4 December 2026, 02:00 in Amsterdam.
const clock = createManualClock(new Date('2026-12-04T01:00:00Z'));
let t: TestApp;
const staff: Member[] = [];
beforeAll(async () => {
  t = await startTestApp({ clock, env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(async () => {
  for (const m of staff) m.socket.close();
  await t.close();
});

/** A staff member logged in now (the clock jumps days, past every session's idle time). */
const now = async (opts: Parameters<typeof member>[1]) => {
  const m = await member(t, opts);
  staff.push(m);
  return m;
};
const answerAs = async (who: Member, id: string) => {
  expect((await api(t, who, 'POST', `/api/mailbox/${id}/claim`)).status).toBe(200);
  expect(
    (await api(t, who, 'POST', `/api/mailbox/${id}/messages`, { clientId: randomUUID(), body: 'Antwoord' })).status,
  ).toBe(200);
};

describe('mailbox figures and the reply promise', () => {
  it('counts threads received, answered, hours to the first answer and overdue ones; the CSV has mailbox rows', async () => {
    const a = await writeThread(t, 'stopitnow', 'A');
    const b = await writeThread(t, 'stopitnow', 'B');
    const c = await writeThread(t, 'stopitnow', 'C');
    // Monday 09:00: A is answered within the promise (79 hours after it came).
    clock.set(new Date('2026-12-07T08:00:00Z'));
    await answerAs(await now({ programmes: ['stopitnow'] }), a.conversationId);
    // Thursday 09:00: B is answered late (151 hours); C still waits past its promise (end of Wednesday).
    clock.set(new Date('2026-12-10T08:00:00Z'));
    await answerAs(await now({ programmes: ['stopitnow'] }), b.conversationId);
    const boss = await now({ role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });

    const list = await api(t, boss, 'GET', '/api/conversations?channel=mailbox&programme=stopitnow&state=unanswered');
    expect(list.body).toEqual([expect.objectContaining({ id: c.conversationId, isOverdue: true })]);

    const summary = await api(t, boss, 'GET', '/api/reports/summary?programme=stopitnow&from=2026-12-01&to=2027-01-01');
    expect(summary.status).toBe(200);
    expect(summary.body.contacts.byChannel).toMatchObject({ mailbox: 3 });
    expect(summary.body.contacts.total).toBeGreaterThanOrEqual(3);
    expect(summary.body.mailbox).toEqual({
      received: 3,
      answered: 2,
      medianReplyHours: 115,
      p90ReplyHours: expect.closeTo(143.8, 5),
      overdue: 2,
    });
    // Chats are chats: threads are not counted as chat requests.
    expect(summary.body.chats.requested).toBe(0);
    // All three were written while Stop it Now was closed (Friday night): the missed page counts them.
    const missed = await api(
      t,
      boss,
      'GET',
      '/api/supervisor/missed?programme=stopitnow&from=2026-12-01&to=2027-01-01',
    );
    expect(missed.body.mailboxInstead).toBe(3);

    const csv = await (
      await call(t, 'GET', '/api/reports/export.csv?programme=stopitnow&from=2026-12-01&to=2027-01-01', {
        cookie: boss.cookie,
      })
    ).text();
    const lines = csv.split('\r\n').filter((line) => line.includes(',mailbox,'));
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith(c.conversationId))).toContain(',mailbox,unanswered,');
    expect(csv).not.toContain('Antwoord');
  });

  it('takes the reply promise in working days from the hours administration', async () => {
    const boss = await now({ role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
    expect((await api(t, boss, 'GET', '/api/programmes/helpwanted/hours')).body.mailboxReplyDays).toBe(3);
    const put = await api(t, boss, 'PUT', '/api/programmes/helpwanted/hours', {
      ...defaultHours('helpwanted'),
      mailboxReplyDays: 5,
    });
    expect(put.status).toBe(200);
    expect((await api(t, boss, 'GET', '/api/programmes/helpwanted/hours')).body.mailboxReplyDays).toBe(5);
    // Thursday 10 December: Fri, Mon, Tue, Wed, Thu -> the end of Thursday 17 December in Amsterdam.
    expect((await writeThread(t, 'helpwanted', 'D')).expectedReplyBy).toBe('2026-12-17T23:00:00.000Z');
    const bad = await api(t, boss, 'PUT', '/api/programmes/helpwanted/hours', {
      ...defaultHours('helpwanted'),
      mailboxReplyDays: 0,
    });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'mailboxReplyDays' });
  });
});
