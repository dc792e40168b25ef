import { auditLog, loginAttempts } from '@helpline/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { totpCode } from '../src/modules/auth/totp';
import { startTestApp, type TestApp } from './harness';
import { createStaff } from './helpers/staff';

// Behind one trusted reverse proxy: the client address comes from X-Forwarded-For, so a test can be many clients.
let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock, env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

let address = 0;
const newAddress = () => {
  address += 1;
  return `198.51.${Math.floor(address / 250)}.${(address % 250) + 1}`;
};
const loginFrom = async (from: string, body: Record<string, unknown>) => {
  const res = await fetch(`${t.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; field?: string } } };
};
const failuresOf = async (username: string) =>
  (
    await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.failure'), eq(auditLog.actorUsername, username)))
  ).length;

describe('per-account throttle', () => {
  // Issue 16 (finding 4) made the per-account count one per account and client (and a much larger one over all
  // clients, see login-lockout.int.test.ts): the parallel guesses of one client stay exactly bounded.
  it('finding 3: parallel wrong passwords never get more than 5 evaluations', async () => {
    const victim = await createStaff(t);
    const guesser = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        loginFrom(guesser, { username: victim.username, password: `wrong guess number ${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(await failuresOf(victim.username)).toBe(5);
    // Still inside the window: even the right password is not evaluated from there; after it, it is.
    expect((await loginFrom(guesser, { username: victim.username, password: victim.password })).status).toBe(429);
    clock.advance(61_000);
    expect((await loginFrom(guesser, { username: victim.username, password: victim.password })).status).toBe(200);
    // Counts of past hours are forgotten.
    clock.advance(60 * 60_000);
    expect((await loginFrom(guesser, { username: victim.username, password: 'wrong once more' })).status).toBe(401);
    const windows = await t.db.db.select().from(loginAttempts);
    expect(windows.every((w) => clock.now().getTime() - w.windowStart.getTime() < 60 * 60_000)).toBe(true);
  });

  it('finding 3: parallel wrong second-factor codes never get more than 5 evaluations', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const secret = boss.totpSecret ?? '';
    const now = clock.now().getTime();
    const valid = new Set([-30_000, 0, 30_000].map((d) => totpCode(secret, new Date(now + d))));
    const wrongCodes = Array.from({ length: 40 }, (_, i) => String(100_000 + i * 7919).slice(0, 6)).filter(
      (c) => !valid.has(c),
    );
    const guesser = newAddress();
    const answers = await Promise.all(
      wrongCodes
        .slice(0, 30)
        .map((code) => loginFrom(guesser, { username: boss.username, password: boss.password, totp: code })),
    );
    expect(answers.filter((a) => a.status === 401 && a.body.error?.field === 'totp')).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(25);
    const right = totpCode(secret, clock.now());
    expect((await loginFrom(guesser, { username: boss.username, password: boss.password, totp: right })).status).toBe(
      429,
    );
    clock.advance(61_000);
    const later = totpCode(secret, clock.now());
    expect((await loginFrom(guesser, { username: boss.username, password: boss.password, totp: later })).status).toBe(
      200,
    );
  });
});

describe('per-client limit', () => {
  it('finding 4: a flood of failed logins for other or unknown usernames never blocks a correct login', async () => {
    const anna = await createStaff(t, { role: 'supervisor', totp: true });
    const flooders = [newAddress(), newAddress(), newAddress()];
    const flood = await Promise.all(
      Array.from({ length: 99 }, (_, i) =>
        loginFrom(flooders[i % 3] ?? '', { username: `nobody-${i}`, password: 'not a real password' }),
      ),
    );
    // Each flooding client is stopped after its own allowance of failures...
    expect(flood.filter((a) => a.status === 429).length).toBeGreaterThan(0);
    expect(flood.every((a) => a.status === 401 || a.status === 429)).toBe(true);
    expect((await loginFrom(flooders[0] ?? '', { username: 'nobody-else', password: 'still not' })).status).toBe(429);
    // ...and a staff member elsewhere still gets in with the right password and code.
    const code = totpCode(anna.totpSecret ?? '', clock.now());
    const answer = await loginFrom(newAddress(), { username: anna.username, password: anna.password, totp: code });
    expect(answer.status).toBe(200);
    // The address is a salted in-memory key only: never logged, never stored.
    const stored = JSON.stringify(await t.db.db.select().from(auditLog));
    for (const a of flooders) {
      expect(t.logs.join('\n')).not.toContain(a);
      expect(stored).not.toContain(a);
    }
  });
});
