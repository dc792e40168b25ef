import type { Socket } from 'socket.io-client';
import { type Ack, ask } from './sockets';

/** An event's answer, or `disconnected` when the server ends the socket instead of answering. */
export const attempt = (socket: Socket, event: string, payload: unknown): Promise<Ack | 'disconnected'> =>
  socket.disconnected
    ? Promise.resolve('disconnected')
    : Promise.race([
        ask(socket, event, payload),
        new Promise<'disconnected'>((resolve) => socket.once('disconnect', () => resolve('disconnected'))),
      ]);

/** Refused: an error answer or a disconnect, never `ok: true`. */
export const isRefused = (answer: Ack | 'disconnected') => answer === 'disconnected' || answer.ok === false;
