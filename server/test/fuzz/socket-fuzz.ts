import fc from 'fast-check';
import { type AnySocket, raw } from '../helpers/sockets';
import { brief, expectTypedAnswer } from './typed-errors';

/** How a hostile client sends: with an ack (after extra arguments, or as the only argument) or without one. */
export type Delivery = 'ack' | 'no-ack' | 'extra-args' | 'ack-only';
export const delivery: fc.Arbitrary<Delivery> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('ack' as const) },
  { weight: 1, arbitrary: fc.constantFrom('no-ack' as const, 'extra-args' as const, 'ack-only' as const) },
);

export type Outcome = { answer: unknown } | 'unanswered' | 'disconnected' | 'timeout';

/** Socket.IO's packet limit (maxHttpBufferSize): a bigger packet ends that connection instead of being answered. */
const PACKET_LIMIT = 64 * 1024;

/** About what the packet weighs on the wire (Buffers travel as separate binary attachments). */
export const packetBytes = (event: string, args: unknown[]) =>
  Buffer.byteLength(
    JSON.stringify([event, ...args], function (this: Record<string, unknown>, key, value) {
      const original = this[key];
      return Buffer.isBuffer(original) || original instanceof Uint8Array ? { _placeholder: true, num: 0 } : value;
    }) ?? '',
  );

/** Near or over the limit: the server may close the connection instead of answering. */
const isOversized = (event: string, args: unknown[]) => packetBytes(event, args) > PACKET_LIMIT - 4096;

/** Sends one event as `how` says and waits for the ack, a disconnect or the timeout (a hang). */
export const deliver = (
  socket: AnySocket,
  event: string,
  payload: unknown,
  how: Delivery,
  timeoutMs = 8000,
): Promise<Outcome> => {
  const args = how === 'ack-only' ? [] : how === 'extra-args' ? [payload, 'extra', { more: true }, 42] : [payload];
  if (how === 'no-ack' && !isOversized(event, args)) {
    raw(socket).emit(event, ...args);
    return Promise.resolve('unanswered');
  }
  // An oversized packet sent without an ack still ends the connection: wait for that before the next case.
  return new Promise<Outcome>((resolve) => {
    const done = (outcome: Outcome) => {
      clearTimeout(timer);
      raw(socket).off('disconnect', onDisconnect);
      resolve(outcome);
    };
    const onDisconnect = () => done('disconnected');
    const timer =
      how === 'no-ack' ? setTimeout(() => done('unanswered'), 500) : setTimeout(() => done('timeout'), timeoutMs);
    raw(socket).once('disconnect', onDisconnect);
    if (how === 'no-ack') raw(socket).emit(event, ...args);
    else raw(socket).emit(event, ...args, (answer: unknown) => done({ answer }));
  });
};

/**
 * The property every socket event keeps: a typed answer (or none, when sent without an ack), never a hang, never a
 * dropped connection unless the packet was over the limit or the event ends the session, never an error logged.
 * Returns the error (null when accepted).
 */
export const expectTyped = (
  outcome: Outcome,
  { event, payload, how, context }: { event: string; payload: unknown; how: Delivery; context: string },
) => {
  if (outcome === 'timeout') throw new Error(`${context}: no answer within the timeout (hang)`);
  if (outcome === 'unanswered') return null;
  if (outcome === 'disconnected') {
    if (!isOversized(event, [payload]))
      throw new Error(`${context}: the server closed the connection (${packetBytes(event, [payload])} bytes)`);
    return null;
  }
  if (how === 'no-ack') throw new Error(`${context}: answered an event sent without an ack: ${brief(outcome.answer)}`);
  return expectTypedAnswer(outcome.answer, context);
};

/** A socket (with what belongs to it) used for at most `budget` events, then closed and replaced by a fresh one. */
export const rotating = <W extends { socket: AnySocket }>(
  open: () => Promise<W>,
  close: (world: W) => Promise<void>,
  budget = 15,
) => {
  let current: W | null = null;
  let used = 0;
  const renew = async () => {
    const old = current;
    current = null;
    if (old) await close(old);
  };
  return {
    /** The current one, or a fresh one when it is spent or disconnected. */
    take: async () => {
      if (current && (current.socket.disconnected || used >= budget)) await renew();
      if (!current) {
        current = await open();
        used = 0;
      }
      used += 1;
      return current;
    },
    renew,
  };
};
