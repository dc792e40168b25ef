import type { Role } from '@helpline/shared';
import { createStaffSocket } from '@helpline/shared/client';
import { totpCode } from '../../src/modules/auth/totp';
import type { TestApp } from '../harness';
import { connected, next, record } from './sockets';

export const PASSWORD = 'a calm and long passphrase';
let counter = 0;

/** A staff member made through the real service (as the CLI does), with a TOTP secret when asked. */
export const createStaff = async (
  t: TestApp,
  opts: { role?: Role; programmes?: ('helpwanted' | 'stopitnow')[]; totp?: boolean } = {},
) => {
  counter += 1;
  const username = `${opts.role ?? 'counsellor'}${counter}`;
  const { member, totp } = await t.app.services.staff.create(null, {
    username,
    alias: `Alias ${counter}`,
    role: opts.role ?? 'counsellor',
    programmes: opts.programmes ?? ['helpwanted'],
    password: PASSWORD,
    withTotp: opts.totp ?? false,
  });
  return { ...member, password: PASSWORD, totpSecret: totp?.secret };
};

export type LoginResult = {
  status: number;
  body: Record<string, unknown>;
  cookie: string | undefined;
  setCookie: string;
};

export const login = async (t: TestApp, body: Record<string, unknown>, cookie?: string): Promise<LoginResult> => {
  const res = await fetch(`${t.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    cookie: setCookie.split(';')[0] || undefined,
    setCookie,
  };
};

/** Logs in (with the current TOTP code when the member has a secret) and returns the session cookie. */
export const loginAs = async (t: TestApp, member: Awaited<ReturnType<typeof createStaff>>) => {
  const totp = member.totpSecret ? totpCode(member.totpSecret, t.clock.now()) : undefined;
  const result = await login(t, { username: member.username, password: member.password, ...(totp ? { totp } : {}) });
  if (result.status !== 200 || !result.cookie) throw new Error(`login failed: ${JSON.stringify(result.body)}`);
  return result.cookie;
};

export const call = (t: TestApp, method: string, path: string, opts: { cookie?: string; body?: unknown } = {}) =>
  fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });

/** A /staff socket with that cookie; resolves once connected, rejects with the server's refusal. */
export const staffSocket = (t: TestApp, cookie?: string) =>
  connected(
    createStaffSocket(t.url, {
      // Each socket its own connection: a shared one would carry another socket's headers.
      forceNew: true,
      reconnection: false,
      extraHeaders: cookie ? { cookie } : {},
    }),
  );

export const waitFor = <T>(predicate: () => T | Promise<T>, timeoutMs = 6000) =>
  new Promise<T>((resolve, reject) => {
    const started = Date.now();
    const tick = async () => {
      const value = await predicate();
      if (value) return resolve(value);
      if (Date.now() - started > timeoutMs) return reject(new Error('timed out waiting'));
      setTimeout(tick, 50);
    };
    void tick();
  });

/**
 * A staff tab opened now that keeps every break suggestion it hears from its first moment (one still open comes on
 * connect, between the queue snapshot and the member's presence); resolves once that connect push is through.
 */
export const breakTab = async (t: TestApp, cookie: string) => {
  const socket = createStaffSocket(t.url, { forceNew: true, reconnection: false, extraHeaders: { cookie } });
  const heard = record(socket, 'break:suggested');
  const settled = next(socket, 'presence:state');
  await connected(socket);
  await settled;
  return { socket, heard };
};
