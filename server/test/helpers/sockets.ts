import type { ErrorBody, PayloadOf } from '@helpline/shared';
import {
  type AckedEvent,
  type AnswerOf,
  createVisitorSocket,
  type PayloadFor,
  request,
  type StaffSocket,
  type VisitorSocket,
} from '@helpline/shared/client';
import type { Socket } from 'socket.io-client';
import type { TestApp } from '../harness';

/** A visitor's or a staff member's socket, typed by the contract in both directions. */
export type AnySocket = VisitorSocket | StaffSocket;
type Hears<S> = S extends Socket<infer ServerToClient, infer _> ? ServerToClient : never;
/** An answer as the contract types it, flattened for assertions: its fields are there when `ok` is true. */
export type Answer<S extends AnySocket, E extends AckedEvent<S>> = { ok: boolean; error?: ErrorBody } & Omit<
  Extract<AnswerOf<S, E>, { ok: true }>,
  'ok'
>;
/** Whatever any event answers, for helpers that only look at `ok` and `error`. */
export type AnyAnswer = { ok: boolean; error?: ErrorBody };

// The helpers listen and emit by a name the caller's types already checked; socket.io's overloads cannot follow a
// generic event name, so they talk to the socket as an untyped emitter.
type Raw = {
  // biome-ignore lint/suspicious/noExplicitAny: any listener, typed by the caller
  on: (event: string, listener: (...args: any[]) => void) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: any listener, typed by the caller
  off: (event: string, listener: (...args: any[]) => void) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: any listener, typed by the caller
  once: (event: string, listener: (...args: any[]) => void) => unknown;
  close: () => unknown;
  emit: (event: string, ...args: unknown[]) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: the answer, typed by the caller
  timeout: (ms: number) => { emitWithAck: (event: string, payload: unknown) => Promise<any> };
};
export const raw = (socket: AnySocket) => socket as unknown as Raw;

/** Sends an event of the contract with an ack and resolves with the answer (or rejects after a timeout). */
export const ask = <S extends AnySocket, E extends AckedEvent<S>>(
  socket: S,
  event: E,
  payload: PayloadFor<S, E>,
  timeoutMs = 8000,
): Promise<Answer<S, E>> =>
  // Read as one object for assertions (the union of the contract flattened: fields are there when `ok` is true).
  request(socket, event, payload, timeoutMs) as Promise<Answer<S, E>>;

/** Sends anything under any name without an ack, for tests of what the server does with garbage. */
export const emitRaw = (socket: AnySocket, event: string, ...args: unknown[]) => raw(socket).emit(event, ...args);

/** Sends anything under any name, for tests of what the server does with garbage. */
export const askRaw = (socket: AnySocket, event: string, payload: unknown, timeoutMs = 8000): Promise<AnyAnswer> =>
  raw(socket).timeout(timeoutMs).emitWithAck(event, payload);

/** The next `event` from the server (matching `where`), waiting up to the timeout. */
export const next = <S extends AnySocket, E extends keyof Hears<S> & string>(
  socket: S,
  event: E,
  where: (payload: PayloadOf<Hears<S>[E]>) => boolean = () => true,
  timeoutMs = 8000,
) =>
  new Promise<PayloadOf<Hears<S>[E]>>((resolve, reject) => {
    const timer = setTimeout(() => {
      raw(socket).off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: PayloadOf<Hears<S>[E]>) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      raw(socket).off(event, listener);
      resolve(payload);
    };
    raw(socket).on(event, listener);
  });

/** Every payload of a server event from now on, for asserting what arrived and in which order. */
export const record = <S extends AnySocket, E extends keyof Hears<S> & string>(socket: S, event: E) => {
  const seen: PayloadOf<Hears<S>[E]>[] = [];
  raw(socket).on(event, (payload: PayloadOf<Hears<S>[E]>) => seen.push(payload));
  return seen;
};

/** Resolves once connected; rejects with the server's refusal. */
export const connected = <S extends AnySocket>(socket: S) =>
  new Promise<S>((resolve, reject) => {
    raw(socket).once('connect', () => resolve(socket));
    raw(socket).once('connect_error', (err: Error) => {
      raw(socket).close();
      reject(err);
    });
  });

/** A visitor's socket: a new anonymous visitor, or a returning one with its token. Resolves with its token. */
export const visitorSocket = async (
  t: TestApp,
  token?: string,
  headers: Record<string, string> = {},
  options: { forceNew?: boolean } = {},
) => {
  const socket = createVisitorSocket(t.url, () => token, { reconnection: false, extraHeaders: headers, ...options });
  const session = token ? Promise.resolve({ token }) : next(socket, 'session');
  await connected(socket);
  return { socket, token: (await session).token };
};
