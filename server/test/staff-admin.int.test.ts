import { staff as staffTable } from '@helpline/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { totpCode } from '../src/modules/auth/totp';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, login, loginAs, PASSWORD, staffSocket } from './helpers/staff';

// Issue 16, finding 10 (staff administration): a supervisor could disable or demote the last supervisor; sensitive
// actions asked for nothing fresh; whoever set a member's password could log in as them for ever.

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: test answers are asserted field by field
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, any> });
const errorCode = async (res: Response) => ((await res.json()) as { error?: { code: string } }).error?.code;
const enabledSupervisors = async () =>
  (
    await t.db.db
      .select({ id: staffTable.id })
      .from(staffTable)
      .where(and(eq(staffTable.role, 'supervisor'), isNull(staffTable.disabledAt)))
  ).length;
const supervisor = async () => {
  const member = await createStaff(t, { role: 'supervisor', totp: true });
  return { ...member, cookie: await loginAs(t, member) };
};

describe('finding 10: staff administration', () => {
  it('the last enabled supervisor cannot be demoted or disabled, not even by themselves (CONFLICT)', async () => {
    const boss = await supervisor();
    expect(await enabledSupervisors()).toBe(1);
    for (const body of [{ role: 'counsellor' }, { disabled: true }, { role: 'counsellor', disabled: true }]) {
      const res = await call(t, 'PATCH', `/api/staff/${boss.id}`, { cookie: boss.cookie, body });
      expect(res.status).toBe(409);
      expect(await errorCode(res)).toBe('CONFLICT');
    }
    expect(await enabledSupervisors()).toBe(1);
    expect((await call(t, 'GET', '/api/staff', { cookie: boss.cookie })).status).toBe(200);
  });

  it('two supervisors stepping down at the same moment leave one enabled supervisor', async () => {
    // Every round starts with exactly two enabled supervisors who each disable or demote themselves at once (neither
    // request ends the other's session, so both reach the change).
    let survivor = await supervisor();
    for (const other of await t.db.db.select().from(staffTable).where(eq(staffTable.role, 'supervisor')))
      if (other.id !== survivor.id) await t.app.services.staff.update(null, other.id, { disabled: true });
    for (const body of [{ disabled: true }, { role: 'counsellor' }, { disabled: true }, { role: 'counsellor' }]) {
      const rival = await supervisor();
      expect(await enabledSupervisors()).toBe(2);
      const [a, b] = await Promise.all([
        call(t, 'PATCH', `/api/staff/${survivor.id}`, { cookie: survivor.cookie, body }),
        call(t, 'PATCH', `/api/staff/${rival.id}`, { cookie: rival.cookie, body }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect(await enabledSupervisors()).toBe(1);
      if (a.status === 200) survivor = rival;
    }
  });

  it('role changes, resets, disabling and retention changes need the password or a code of the last 5 minutes', async () => {
    const boss = await supervisor();
    const anna = await createStaff(t);
    clock.advance(5 * 60_000 + 1000);
    const sensitive: [string, string, unknown][] = [
      ['PATCH', `/api/staff/${anna.id}`, { role: 'supervisor' }],
      ['PATCH', `/api/staff/${anna.id}`, { programmes: ['stopitnow'] }],
      ['PATCH', `/api/staff/${anna.id}`, { disabled: true }],
      ['POST', `/api/staff/${anna.id}/reset-password`, { password: 'a password I chose for her' }],
      ['POST', `/api/staff/${anna.id}/reset-totp`, undefined],
      ['PUT', '/api/programmes/helpwanted/retention', { retentionDays: 200 }],
      [
        'POST',
        '/api/staff',
        { username: 'newbie', alias: 'Newbie', role: 'supervisor', programmes: ['helpwanted'], password: PASSWORD },
      ],
    ];
    for (const [method, path, body] of sensitive) {
      const res = await call(t, method, path, { cookie: boss.cookie, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(403);
      expect(await errorCode(res)).toBe('CONFIRMATION_REQUIRED');
    }
    // Harmless changes need nothing more than the session.
    expect(
      (await call(t, 'PATCH', `/api/staff/${anna.id}`, { cookie: boss.cookie, body: { alias: 'Anna' } })).status,
    ).toBe(200);
    const wrong = await call(t, 'POST', '/api/auth/confirm', {
      cookie: boss.cookie,
      body: { password: 'not it at all' },
    });
    expect(wrong.status).toBe(401);
    const confirmed = await json(
      await call(t, 'POST', '/api/auth/confirm', { cookie: boss.cookie, body: { password: boss.password } }),
    );
    expect(confirmed.status).toBe(200);
    expect(new Date(confirmed.body.confirmedUntil).getTime()).toBe(clock.now().getTime() + 5 * 60_000);
    expect(
      (
        await call(t, 'PUT', '/api/programmes/helpwanted/retention', {
          cookie: boss.cookie,
          body: { retentionDays: 200 },
        })
      ).status,
    ).toBe(200);
    clock.advance(5 * 60_000 + 1000);
    const code = totpCode(boss.totpSecret ?? '', clock.now());
    expect((await call(t, 'POST', '/api/auth/confirm', { cookie: boss.cookie, body: { code } })).status).toBe(200);
    expect((await call(t, 'POST', '/api/auth/confirm', { cookie: boss.cookie, body: { code } })).status).toBe(401);
    expect(
      (await call(t, 'PATCH', `/api/staff/${anna.id}`, { cookie: boss.cookie, body: { disabled: true } })).status,
    ).toBe(200);
  });

  it('a member whose password a supervisor set must choose their own before anything else', async () => {
    const boss = await supervisor();
    const chosenByBoss = 'a password the boss knows';
    const created = await json(
      await call(t, 'POST', '/api/staff', {
        cookie: boss.cookie,
        body: { username: 'bea', alias: 'Bea', role: 'counsellor', programmes: ['helpwanted'], password: chosenByBoss },
      }),
    );
    expect(created.status).toBe(201);
    const first = await login(t, { username: 'bea', password: chosenByBoss });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ passwordChangeRequired: true });
    const cookie = first.cookie ?? '';
    const me = await json(await call(t, 'GET', '/api/auth/me', { cookie }));
    expect(me.body).toMatchObject({ passwordChangeRequired: true });
    for (const path of ['/api/conversations', '/api/colleagues', '/api/clinics']) {
      const res = await call(t, 'GET', path, { cookie });
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    await expect(staffSocket(t, cookie)).rejects.toThrow('PASSWORD_CHANGE_REQUIRED');

    const change = (body: unknown) => call(t, 'POST', '/api/auth/password', { cookie, body });
    expect((await change({ current: 'not the one', next: 'my very own passphrase' })).status).toBe(401);
    const same = await json(await change({ current: chosenByBoss, next: chosenByBoss }));
    expect(same).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'next' } } });
    expect((await change({ current: chosenByBoss, next: 'my very own passphrase' })).status).toBe(200);
    expect((await call(t, 'GET', '/api/conversations', { cookie })).status).toBe(200);
    (await staffSocket(t, cookie)).close();
    // The supervisor's password no longer works; Bea's own does, without asking again.
    expect((await login(t, { username: 'bea', password: chosenByBoss })).status).toBe(401);
    const again = await login(t, { username: 'bea', password: 'my very own passphrase' });
    expect(again.status).toBe(200);
    expect(again.body).not.toHaveProperty('passwordChangeRequired');

    // A supervisor's reset makes her choose again.
    const reset = await call(t, 'POST', `/api/staff/${created.body.id}/reset-password`, {
      cookie: boss.cookie,
      body: { password: 'another one the boss knows' },
    });
    expect(reset.status).toBe(204);
    const afterReset = await login(t, { username: 'bea', password: 'another one the boss knows' });
    expect(afterReset.body).toMatchObject({ passwordChangeRequired: true });
    expect((await call(t, 'GET', '/api/conversations', { cookie: afterReset.cookie })).status).toBe(403);
  });

  it('everyone can change their own password; their other sessions end', async () => {
    const anna = await createStaff(t);
    const laptop = await loginAs(t, anna);
    const phone = await loginAs(t, anna);
    const res = await call(t, 'POST', '/api/auth/password', {
      cookie: laptop,
      body: { current: anna.password, next: 'a new passphrase of my own' },
    });
    expect(res.status).toBe(200);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: laptop })).status).toBe(200);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: phone })).status).toBe(401);
    expect((await login(t, { username: anna.username, password: 'a new passphrase of my own' })).status).toBe(200);
  });
});
