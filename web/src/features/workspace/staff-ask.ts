import type { StaffSocket } from '@helpline/shared/client';
import type { AckResult, StaffClientToServerEvents } from '@helpline/shared/events';

type AckedEvent = Exclude<keyof StaffClientToServerEvents, 'typing'>;
type PayloadOf<E extends AckedEvent> = Parameters<StaffClientToServerEvents[E]>[0];
type AnswerOf<E extends AckedEvent> = Parameters<Parameters<StaffClientToServerEvents[E]>[1]>[0];

const ACK_TIMEOUT_MS = 10_000;

/** Emits with an ack; a timeout or a lost connection answers like the server's errors do, never throws. */
export const ask = async <E extends AckedEvent>(
  socket: StaffSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<AnswerOf<E> | Extract<AckResult<never>, { ok: false }>> => {
  try {
    const timed = socket.timeout(ACK_TIMEOUT_MS);
    const emit = timed.emitWithAck as (e: E, p: PayloadOf<E>) => Promise<AnswerOf<E>>;
    return await emit.call(timed, event, payload);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'no answer' } };
  }
};
