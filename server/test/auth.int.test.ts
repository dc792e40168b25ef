import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { totpCode } from '../src/modules/auth/totp';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, login, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

describe('login, me and logout', () => {
  it('logs a counsellor in with an HttpOnly, SameSite=Strict cookie and knows them afterwards', async () => {
    const anna = await createStaff(t);
    const result = await login(t, { username: anna.username.toUpperCase(), password: anna.password });
    expect(result.status).toBe(200);
    expect(result.body.staff).toMatchObject({
      username: anna.username,
      role: 'counsellor',
      programmes: ['helpwanted'],
    });
    expect(result.setCookie).toMatch(/^helpline_session=[A-Za-z0-9_-]{43};/);
    expect(result.setCookie).toMatch(/HttpOnly/);
    expect(result.setCookie).toMatch(/SameSite=Strict/);
    expect(result.setCookie).toMatch(/Path=\//);
    expect(result.setCookie).not.toMatch(/Secure/);
    const me = await call(t, 'GET', '/api/auth/me', { cookie: result.cookie });
    expect(((await me.json()) as { staff: { id: string } }).staff.id).toBe(anna.id);
  });

  it('finding 14: the staff cookie is a browser-session cookie; the server limits still end the session', async () => {
    const anna = await createStaff(t);
    const result = await login(t, { username: anna.username, password: anna.password });
    expect(result.status).toBe(200);
    expect(result.setCookie).not.toMatch(/max-age/i);
    expect(result.setCookie).not.toMatch(/expires/i);
    clock.advance(31 * 60 * 1000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: result.cookie })).status).toBe(401);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const anna = await createStaff(t);
    const wrong = await login(t, { username: anna.username, password: 'not the password at all' });
    const unknown = await login(t, { username: 'nobody-here', password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.cookie).toBeUndefined();
  });

  it('rotates the session at login: the cookie presented before stops working', async () => {
    const anna = await createStaff(t);
    const first = await loginAs(t, anna);
    const second = await login(t, { username: anna.username, password: anna.password }, first);
    expect(second.cookie).not.toBe(first);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: first })).status).toBe(401);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: second.cookie })).status).toBe(200);
  });

  it('ends the session at logout and disconnects its socket', async () => {
    const anna = await createStaff(t);
    const cookie = await loginAs(t, anna);
    const socket = await staffSocket(t, cookie);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    expect((await call(t, 'POST', '/api/auth/logout', { cookie })).status).toBe(204);
    await disconnected;
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('refuses the /staff socket without a valid session', async () => {
    await expect(staffSocket(t)).rejects.toThrow('UNAUTHENTICATED');
    await expect(staffSocket(t, 'helpline_session=forged')).rejects.toThrow('UNAUTHENTICATED');
  });
});

describe('session expiry (injected clock)', () => {
  it('ends after 30 minutes without use', async () => {
    const cookie = await loginAs(t, await createStaff(t));
    clock.advance(29 * 60 * 1000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
    clock.advance(29 * 60 * 1000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
    clock.advance(31 * 60 * 1000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('ends after 12 hours however busy, and its open socket is disconnected', async () => {
    const cookie = await loginAs(t, await createStaff(t));
    const socket = await staffSocket(t, cookie);
    // Used every 20 minutes for 11 h 40 min: never idle.
    for (let step = 0; step < 35; step++) {
      clock.advance(20 * 60 * 1000);
      expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
    }
    clock.advance(21 * 60 * 1000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
    await waitFor(() => socket.disconnected, 5000);
  });
});

describe('second factor', () => {
  it('needs the code when enrolled, and refuses the same code a second time', async () => {
    const sam = await createStaff(t, { role: 'supervisor', totp: true });
    const secret = sam.totpSecret ?? '';
    const noCode = await login(t, { username: sam.username, password: sam.password });
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ error: { code: 'UNAUTHENTICATED', field: 'totp' } });
    const code = totpCode(secret, clock.now());
    expect((await login(t, { username: sam.username, password: sam.password, totp: code })).status).toBe(200);
    const replay = await login(t, { username: sam.username, password: sam.password, totp: code });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ error: { field: 'totp' } });
    clock.advance(30_000);
    expect(
      (await login(t, { username: sam.username, password: sam.password, totp: totpCode(secret, clock.now()) })).status,
    ).toBe(200);
  });

  it('accepts one step of drift, not two', async () => {
    const sam = await createStaff(t, { role: 'supervisor', totp: true });
    const secret = sam.totpSecret ?? '';
    const late = totpCode(secret, new Date(clock.now().getTime() - 30_000));
    expect((await login(t, { username: sam.username, password: sam.password, totp: late })).status).toBe(200);
    const stale = totpCode(secret, new Date(clock.now().getTime() - 90_000));
    expect((await login(t, { username: sam.username, password: sam.password, totp: stale })).status).toBe(401);
  });

  it('makes a supervisor without a second factor enrol before anything else', async () => {
    const sam = await createStaff(t, { role: 'supervisor' });
    const first = await login(t, { username: sam.username, password: sam.password });
    expect(first.body).toMatchObject({ totpEnrolmentRequired: true });
    const cookie = first.cookie;
    expect((await call(t, 'GET', '/api/staff', { cookie })).status).toBe(401);
    await expect(staffSocket(t, cookie)).rejects.toThrow('UNAUTHENTICATED');
    const enrol = (await (await call(t, 'POST', '/api/auth/totp/enrol', { cookie })).json()) as {
      secret: string;
      qrSvg: string;
      otpauthUrl: string;
    };
    expect(enrol.qrSvg).toMatch(/^<svg/);
    expect(enrol.otpauthUrl).toContain(enrol.secret);
    const bad = await call(t, 'POST', '/api/auth/totp/confirm', { cookie, body: { code: '000000' } });
    expect(bad.status).toBe(400);
    const good = await call(t, 'POST', '/api/auth/totp/confirm', {
      cookie,
      body: { code: totpCode(enrol.secret, clock.now()) },
    });
    expect(good.status).toBe(200);
    expect((await call(t, 'GET', '/api/staff', { cookie })).status).toBe(200);
    clock.advance(30_000);
    const again = await login(t, { username: sam.username, password: sam.password });
    expect(again.body).toMatchObject({ error: { field: 'totp' } });
  });
});

describe('brute force', () => {
  it('throttles an account after 5 failures in a minute while another account still logs in', async () => {
    const victim = await createStaff(t);
    const other = await createStaff(t);
    for (let i = 0; i < 5; i++) {
      expect((await login(t, { username: victim.username, password: `wrong guess ${i}xxxx` })).status).toBe(401);
    }
    const throttled = await login(t, { username: victim.username, password: victim.password });
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await login(t, { username: other.username, password: other.password })).status).toBe(200);
    clock.advance(61_000);
    expect((await login(t, { username: victim.username, password: victim.password })).status).toBe(200);
  });
});

describe('disabling and revoking', () => {
  it('disabling an account ends its sessions and disconnects its open socket within 5 seconds', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const bossCookie = await loginAs(t, boss);
    const anna = await createStaff(t);
    const cookie = await loginAs(t, anna);
    const socket = await staffSocket(t, cookie);
    const started = Date.now();
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    const res = await call(t, 'PATCH', `/api/staff/${anna.id}`, { cookie: bossCookie, body: { disabled: true } });
    expect(res.status).toBe(200);
    await disconnected;
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
    expect((await login(t, { username: anna.username, password: anna.password })).status).toBe(401);
    await expect(staffSocket(t, cookie)).rejects.toThrow('UNAUTHENTICATED');
  });

  it("a supervisor's revoke ends every session of that person", async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const bossCookie = await loginAs(t, boss);
    const anna = await createStaff(t);
    const laptop = await loginAs(t, anna);
    const phone = await loginAs(t, anna);
    const socket = await staffSocket(t, phone);
    const res = await call(t, 'POST', `/api/staff/${anna.id}/revoke-sessions`, { cookie: bossCookie });
    expect(await res.json()).toEqual({ revoked: 2 });
    await waitFor(() => socket.disconnected, 5000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: laptop })).status).toBe(401);
  });
});

describe('audit and logs', () => {
  it('audits logins and staff changes, without content or addresses', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const cookie = await loginAs(t, boss);
    await login(t, { username: boss.username, password: 'definitely wrong here' });
    const entries = (await (
      await call(t, 'GET', `/api/audit?staffId=${boss.id}&from=2026-01-01&to=2027-01-01`, { cookie })
    ).json()) as { action: string }[];
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['login.success', 'login.failure']));
    const all = JSON.stringify(
      await (await call(t, 'GET', '/api/audit?from=2026-01-01&to=2027-01-01', { cookie })).json(),
    );
    expect(all).toContain('staff.disabled');
    expect(all).toContain('session.revoked');
    expect(all).not.toMatch(/127\.0\.0\.1|passphrase|argon2/);
  });

  it('never writes a password, hash, cookie or session id to the logs', async () => {
    const anna = await createStaff(t);
    const cookie = await loginAs(t, anna);
    const token = cookie.split('=')[1] ?? '';
    await call(t, 'GET', '/api/auth/me', { cookie });
    await call(t, 'POST', '/api/staff', { cookie, body: { password: 'leaky password here' } });
    const sessions = await t.db.query<{ id: string; token_hash: string }>(
      sql`select id, token_hash from staff_sessions`,
    );
    const logs = t.logs.join('\n');
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of [
      anna.password,
      'leaky password here',
      '$argon2id$',
      token,
      ...sessions.flatMap((s) => [s.id, s.token_hash]),
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
