import type { AckedEvent, PayloadFor } from '@helpline/shared/client';
import { type AnyAnswer, type AnySocket, ask, raw } from './sockets';

/** An event's answer, or `disconnected` when the server ends the socket instead of answering. */
export const attempt = <S extends AnySocket, E extends AckedEvent<S>>(
  socket: S,
  event: E,
  payload: PayloadFor<S, E>,
): Promise<AnyAnswer | 'disconnected'> =>
  socket.disconnected
    ? Promise.resolve('disconnected')
    : Promise.race([
        ask(socket, event, payload),
        new Promise<'disconnected'>((resolve) => raw(socket).once('disconnect', () => resolve('disconnected'))),
      ]);

/** Refused: an error answer or a disconnect, never `ok: true`. */
export const isRefused = (answer: AnyAnswer | 'disconnected') => answer === 'disconnected' || answer.ok === false;
