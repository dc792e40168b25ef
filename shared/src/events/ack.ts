import type { ErrorBody } from '../http/errors';

export type AckOk<T> = { ok: true } & T;
export type AckErr = { ok: false; error: ErrorBody };
export type AckResult<T> = AckOk<T> | AckErr;
/** Every client-to-server event but `typing` takes one; an event sent without it is ignored. */
export type Ack<T = Record<never, never>> = (result: AckResult<T>) => void;
