import { io, type Socket } from 'socket.io-client';
import type { TestApp } from '../harness';

export type Ack = {
  ok: boolean;
  error?: { code: string; message: string; field?: string; opensAt?: string | null };
  [key: string]: unknown;
};

/** Emits with an ack and resolves with the answer (or rejects after a timeout). */
export const ask = (socket: Socket, event: string, payload: unknown, timeoutMs = 8000) =>
  socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Ack>;

/** The next `event` (matching `where`), waiting up to the timeout. */
export const next = <T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  where: (p: T) => boolean = () => true,
  timeoutMs = 8000,
) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });

/** Every payload of an event from now on, for asserting what arrived and in which order. */
export const record = <T = Record<string, unknown>>(socket: Socket, event: string) => {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
};

/** A visitor's socket: a new anonymous visitor, or a returning one with its token. Resolves with its token. */
export const visitorSocket = async (t: TestApp, token?: string, headers: Record<string, string> = {}) => {
  const socket = io(`${t.url}/visitor`, {
    transports: ['websocket'],
    reconnection: false,
    auth: token ? { token } : {},
    extraHeaders: headers,
  });
  const session = token ? Promise.resolve({ token }) : next<{ token: string }>(socket, 'session');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, token: (await session).token };
};
