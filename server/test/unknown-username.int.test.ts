import { auditLog, loginAttempts } from '@helpline/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, login, loginAs } from './helpers/staff';

// Issue 16, finding 8: a login with an unknown username stored that username in the audit log, visible to every
// supervisor: a password typed into the wrong field was kept in plain text.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Entry = { action: string; actorUsername: string | null; details: Record<string, unknown> | null };

describe('finding 8: unknown usernames are not kept readable', () => {
  it('records that the name was unknown, with a keyed hash only, in the audit log and the login counters', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const cookie = await loginAs(t, boss);
    const typedPassword = 'Zomer-vakantie-1987!';
    expect((await login(t, { username: typedPassword, password: 'x'.repeat(12) })).status).toBe(401);
    expect((await login(t, { username: typedPassword, password: 'y'.repeat(12) })).status).toBe(401);
    expect((await login(t, { username: 'someone.else', password: 'y'.repeat(12) })).status).toBe(401);
    // A known account's failure still names the account.
    expect((await login(t, { username: boss.username, password: 'not the password' })).status).toBe(401);

    const res = await call(t, 'GET', '/api/audit?from=2000-01-01&to=2100-01-01&action=login.failure', { cookie });
    const entries = (await res.json()) as Entry[];
    const unknown = entries.filter((e) => e.details?.reason === 'unknown-user');
    expect(unknown).toHaveLength(3);
    expect(unknown.every((e) => e.actorUsername === null)).toBe(true);
    const keys = unknown.map((e) => e.details?.usernameKey);
    expect(new Set(keys).size).toBe(2);
    expect(entries.filter((e) => e.actorUsername === boss.username)).toHaveLength(1);

    const stored = JSON.stringify([
      await t.db.db.select().from(auditLog),
      await t.db.db.select().from(loginAttempts),
    ]).toLowerCase();
    for (const typed of [typedPassword.toLowerCase(), 'someone.else']) {
      expect(stored).not.toContain(typed);
      expect(t.logs.join('\n').toLowerCase()).not.toContain(typed);
    }
  });
});
