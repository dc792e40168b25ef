import { createStaffSocket } from '@helpline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { connected, visitorSocket } from './helpers/sockets';
import { call, createStaff, loginAs } from './helpers/staff';

// Issue 16, finding 9: HELPLINE_ALLOWED_ORIGINS also let those origins send staff requests and open /staff sockets.
// Those sites may frame the embed and open visitor sockets, nothing else (PROTOCOL.md, "Presence, authorship and
// first login"). A partner on the same site (a sibling subdomain) even gets the SameSite=Strict cookie sent along.

const PARTNER = 'https://partner.example';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { HELPLINE_ALLOWED_ORIGINS: PARTNER } });
});
afterAll(() => t.close());

const from = (origin: string, cookie?: string) => ({ origin, ...(cookie ? { cookie } : {}) });
const staffSocketFrom = (origin: string | undefined, cookie: string) =>
  connected(
    createStaffSocket(t.url, {
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie, ...(origin ? { origin } : {}) },
    }),
  );

describe('finding 9: HELPLINE_ALLOWED_ORIGINS opens framing and visitor sockets only', () => {
  it('refuses staff requests from an allowed origin, with or without the session cookie', async () => {
    const boss = await createStaff(t, { role: 'supervisor', totp: true });
    const cookie = await loginAs(t, boss);
    const login = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(PARTNER) },
      body: JSON.stringify({ username: boss.username, password: boss.password }),
    });
    expect(login.status).toBe(403);
    const asPartner = (method: string, path: string, body?: unknown) =>
      fetch(`${t.url}${path}`, {
        method,
        headers: { ...from(PARTNER, cookie), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    for (const [method, path, body] of [
      ['PATCH', `/api/staff/${boss.id}`, { alias: 'Taken over' }],
      ['POST', '/api/auth/logout', undefined],
      ['GET', '/api/staff', undefined],
      ['GET', '/api/audit', undefined],
    ] as const) {
      const res = await asPartner(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    // The same requests from this site still work; public answers stay open to the partner's widget.
    expect((await call(t, 'GET', '/api/staff', { cookie })).status).toBe(200);
    expect((await fetch(`${t.url}/api/programmes`, { headers: from(PARTNER) })).status).toBe(200);
  });

  it('refuses a /staff socket from an allowed origin, but opens a visitor socket from it', async () => {
    const anna = await createStaff(t);
    const cookie = await loginAs(t, anna);
    await expect(staffSocketFrom(PARTNER, cookie)).rejects.toThrow('FORBIDDEN');
    await expect(staffSocketFrom('https://elsewhere.example', cookie)).rejects.toThrow();
    (await staffSocketFrom(t.url, cookie)).close();
    (await staffSocketFrom(undefined, cookie)).close();
    const { socket } = await visitorSocket(t, undefined, { origin: PARTNER });
    expect(socket.connected).toBe(true);
    socket.close();
  });
});
