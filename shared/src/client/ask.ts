import type { Socket } from 'socket.io-client';
import type { PayloadOf } from '../events/event-maps';
import type { ErrorBody, ErrorCode } from '../http/errors';

/** How long an answer may take before the asker gives up on it. */
export const ASK_MS = 10_000;

/** The events a socket of type `S` sends (its client-to-server map). */
export type SendsOf<S> = S extends Socket<infer _, infer ClientToServer> ? ClientToServer : never;
/** The events of `S` that take an ack (all but `typing`). */
export type AckedEvent<S> = {
  [E in keyof SendsOf<S>]: SendsOf<S>[E] extends (...args: infer A) => void
    ? A extends [unknown, unknown]
      ? E
      : never
    : never;
}[keyof SendsOf<S>] &
  string;
/** What the server answers to `E` on a socket of type `S`, as the contract types it. */
export type AnswerOf<S, E extends AckedEvent<S>> = SendsOf<S>[E] extends (
  p: never,
  ack: (answer: infer A) => void,
) => void
  ? A
  : never;
/** The payload `E` carries on a socket of type `S`. */
export type PayloadFor<S, E extends AckedEvent<S>> = PayloadOf<SendsOf<S>[E]>;

/** A failed ask: the server's error, or `NO_ANSWER` when none came in time (the connection dropped, or is down). */
export type AskError = Omit<ErrorBody, 'code'> & { code: ErrorCode | 'NO_ANSWER' };
export type Refused = { ok: false; error: AskError };
/** An answer as the contract types it, or `NO_ANSWER`: an ask never throws. */
export type Asked<S, E extends AckedEvent<S>> = AnswerOf<S, E> | Refused;

export const noAnswer: Refused = { ok: false, error: { code: 'NO_ANSWER', message: 'no answer' } };

// socket.io's overloads cannot follow a generic event name: the one place the socket is spoken to untyped.
type Untyped = { timeout: (ms: number) => { emitWithAck: (event: string, payload: unknown) => Promise<never> } };

/**
 * Sends `event` with an ack and resolves with the answer (typed by the contract), rejecting when none came within
 * `timeoutMs`. For callers that want a rejection; `ask` answers `NO_ANSWER` instead.
 */
export const request = <S extends Socket, E extends AckedEvent<S>>(
  socket: S,
  event: E,
  payload: PayloadFor<S, E>,
  timeoutMs = ASK_MS,
): Promise<AnswerOf<S, E>> => (socket as unknown as Untyped).timeout(timeoutMs).emitWithAck(event, payload);

/** Sends `event` with an ack; a timeout or a lost connection answers `NO_ANSWER`, like the server's errors: never throws. */
export const ask = <S extends Socket, E extends AckedEvent<S>>(
  socket: S,
  event: E,
  payload: PayloadFor<S, E>,
  timeoutMs = ASK_MS,
): Promise<Asked<S, E>> => request(socket, event, payload, timeoutMs).catch(() => noAnswer);
