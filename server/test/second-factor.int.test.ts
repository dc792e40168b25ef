import { staff as staffTable } from '@helpline/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { newTotpSecret, totpCode } from '../src/modules/auth/totp';
import { assertKeysFor } from '../src/modules/crypto/boot-check';
import { createKeyring } from '../src/modules/crypto/keyring';
import { loadOrCreateKeysFile } from '../src/modules/crypto/keys-file';
import { rotateKeys } from '../src/modules/crypto/rotate.service';
import { createSecretSealer, KEY_PURPOSES } from '../src/modules/crypto/secret-seal';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, login, loginAs, PASSWORD, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const storedSecretOf = async (id: string) =>
  (await t.db.db.select({ s: staffTable.totpSecret }).from(staffTable).where(eq(staffTable.id, id)))[0]?.s ?? null;
const sealerOfKeysFile = () =>
  createSecretSealer(createKeyring(loadOrCreateKeysFile(t.env.keysFile, KEY_PURPOSES, clock.now())));
const nextCode = (secret: string) => {
  clock.advance(30_000);
  return totpCode(secret, clock.now());
};

describe('second factor', () => {
  it('finding 9: replacing the second factor needs the password and a current code', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const secret = boss.totpSecret ?? '';
    const cookie = await loginAs(t, boss);
    const enrol = (body?: unknown) => call(t, 'POST', '/api/auth/totp/enrol', { cookie, body });

    const bare = await enrol();
    expect(bare.status).toBe(400);
    expect(await bare.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'password' } });
    const wrongPassword = await enrol({ password: 'not my password at all', code: nextCode(secret) });
    expect(await wrongPassword.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', field: 'password' } });
    const noCode = await enrol({ password: PASSWORD });
    expect(await noCode.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'code' } });
    expect((await enrol({ password: PASSWORD, code: '000000' })).status).toBe(401);

    const started = await enrol({ password: PASSWORD, code: nextCode(secret) });
    expect(started.status).toBe(200);
    const { secret: replacement } = (await started.json()) as { secret: string };
    clock.advance(30_000);
    const confirmed = await call(t, 'POST', '/api/auth/totp/confirm', {
      cookie,
      body: { code: totpCode(replacement, clock.now()) },
    });
    expect(confirmed.status).toBe(200);
    clock.advance(30_000);
    expect(
      (await login(t, { username: boss.username, password: PASSWORD, totp: totpCode(secret, clock.now()) })).status,
    ).toBe(401);
    clock.advance(30_000);
    expect(
      (await login(t, { username: boss.username, password: PASSWORD, totp: totpCode(replacement, clock.now()) }))
        .status,
    ).toBe(200);
  });

  it("finding 9: a supervisor's reset of a member's second factor or password ends the member's sessions", async () => {
    const admin = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const anna = await createStaff(t, { totp: true });
    const cookie = await loginAs(t, anna);
    const socket = await staffSocket(t, cookie);
    const reset = await call(t, 'POST', `/api/staff/${anna.id}/reset-totp`, { cookie: admin });
    expect(reset.status).toBe(204);
    await waitFor(() => socket.disconnected, 5000);
    expect((await call(t, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
    expect(await storedSecretOf(anna.id)).toBeNull();

    const again = (await login(t, { username: anna.username, password: PASSWORD })).cookie;
    expect((await call(t, 'GET', '/api/auth/me', { cookie: again })).status).toBe(200);
    const weak = await call(t, 'POST', `/api/staff/${anna.id}/reset-password`, {
      cookie: admin,
      body: { password: 'short' },
    });
    expect(await weak.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'password' } });
    const newPassword = 'a different long passphrase';
    const changed = await call(t, 'POST', `/api/staff/${anna.id}/reset-password`, {
      cookie: admin,
      body: { password: newPassword },
    });
    expect(changed.status).toBe(204);
    expect((await call(t, 'GET', '/api/auth/me', { cookie: again })).status).toBe(401);
    expect((await login(t, { username: anna.username, password: PASSWORD })).status).toBe(401);
    expect((await login(t, { username: anna.username, password: newPassword })).status).toBe(200);
  });
});

describe('second-factor secrets at rest', () => {
  it('finding 8: TOTP secrets are sealed with the server key, plain ones sealed at start, re-sealed by rotation', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const secret = boss.totpSecret ?? '';
    const stored = (await storedSecretOf(boss.id)) ?? '';
    expect(stored).toMatch(/^sealed:staff-secrets-/);
    expect(stored).not.toContain(secret);
    expect(sealerOfKeysFile().open(stored)).toBe(secret);
    expect((await login(t, { username: boss.username, password: PASSWORD, totp: nextCode(secret) })).status).toBe(200);

    // A secret stored in plain text before sealing existed is sealed at the next start.
    const plain = newTotpSecret();
    await t.db.db.update(staffTable).set({ totpSecret: plain }).where(eq(staffTable.id, boss.id));
    await assertKeysFor(t.db, t.env.keysFile);
    const migrated = (await storedSecretOf(boss.id)) ?? '';
    expect(migrated).toMatch(/^sealed:/);
    const [{ n } = { n: 0 }] = await t.db.query<{ n: number }>(
      sql`select count(*)::int as n from staff where totp_secret is not null and totp_secret not like 'sealed:%'`,
    );
    expect(n).toBe(0);
    expect((await login(t, { username: boss.username, password: PASSWORD, totp: nextCode(plain) })).status).toBe(200);

    // Rotation seals every secret under the new key; the old key stays in the file.
    const result = await rotateKeys({
      db: t.db.db,
      keysFile: t.env.keysFile,
      programmes: KEY_PURPOSES,
      at: clock.now(),
    });
    expect(result.resealed).toBeGreaterThan(0);
    const rotated = (await storedSecretOf(boss.id)) ?? '';
    const activeKey = result.activeKeys.find((k) => k.startsWith('staff-secrets-'));
    expect(rotated.split(':')[1]).toBe(activeKey);
    expect(rotated).not.toBe(migrated);
    expect(sealerOfKeysFile().open(rotated)).toBe(plain);
  });
});
