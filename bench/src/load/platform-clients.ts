import { createStaffSocket, createVisitorSocket, type StaffSocket, type VisitorSocket } from '@helpline/shared/client';
import { BENCH_PASSWORD, loginCookie, post } from '../targets/platform';

const TEMPORARY = 'a temporary benchmark passphrase';

import { CAPACITY, visitorAddress } from './chat-rig';

type Connecting = { once: (event: 'connect' | 'connect_error', listener: (error?: Error) => void) => unknown };

export const connected = <S extends VisitorSocket | StaffSocket>(socket: S) =>
  new Promise<S>((resolve, reject) => {
    const connecting = socket as unknown as Connecting;
    connecting.once('connect', () => resolve(socket));
    connecting.once('connect_error', (error) => reject(error));
  });

export const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms).unref()),
  ]);

/** A counsellor of Helpwanted (capacity ten) made through the supervisor API, logged in, with a connected socket. */
export const createCounsellor = async (urls: string[], supervisorCookie: string, index: number) => {
  const [first = ''] = urls;
  const username = `bench-c${index}`;
  const body = {
    username,
    alias: `C${index}`,
    role: 'counsellor',
    programmes: ['helpwanted'],
    capacity: CAPACITY,
    password: TEMPORARY,
  };
  const created = await post(first, '/api/staff', body, supervisorCookie);
  if (!created.ok) throw new Error(`staff ${username}: ${created.status} ${await created.text()}`);
  const url = urls[index % urls.length] ?? first;
  const cookie = await loginCookie(url, username, TEMPORARY);
  // A password the supervisor set is replaced by the counsellor's own before anything else (the session stays).
  const changed = await post(url, '/api/auth/password', { current: TEMPORARY, next: BENCH_PASSWORD }, cookie);
  if (!changed.ok) throw new Error(`own password of ${username}: ${changed.status} ${await changed.text()}`);
  return connected(createStaffSocket(url, { forceNew: true, reconnection: false, extraHeaders: { cookie } }));
};

/** An anonymous visitor's socket from an address of its own, not yet in any queue. */
export const createVisitor = (urls: string[], index: number) =>
  connected(
    createVisitorSocket(urls[index % urls.length] ?? '', () => null, {
      forceNew: true,
      reconnection: false,
      extraHeaders: { 'x-forwarded-for': visitorAddress(index) },
    }),
  );

export const setPresence = async (socket: StaffSocket, status: 'available' | 'away') => {
  const answer = await socket.emitWithAck('presence:set', { status });
  if (!answer.ok) throw new Error(`presence: ${answer.error.code}`);
};
