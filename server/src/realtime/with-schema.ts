import type { Ack, AckErr, AckResult, PayloadOf, SchemasOf } from '@helpline/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AppError, invalidInput, toAppError } from '../errors';
import type { Logger } from '../logger';
import { safeError } from '../safe-error';

/** The ack of an event that failed: a known error as it is (UNAVAILABLE: try again), anything else INTERNAL and logged. */
export const failedAnswer = (error: unknown, logger: Logger, event: string): AckErr => {
  const known = toAppError(error);
  if (known) return { ok: false, error: known.toBody() };
  logger.error({ err: safeError(error), event }, 'socket handler failed');
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side' } };
};

/** About 10 events a second per socket, with bursts of 20. */
export const createSocketLimiter = (points = 20, seconds = 2) => new RateLimiterMemory({ points, duration: seconds });

// biome-ignore lint/suspicious/noExplicitAny: the widest map of listeners, as socket.io's own EventsMap
type EventsMap = Record<string, (...args: any[]) => void>;
// biome-ignore lint/suspicious/noExplicitAny: any listener's parameters
type AckOf<F> = F extends (...args: any[]) => void ? (Parameters<F> extends [unknown, infer A] ? A : never) : never;
/** An event's ack argument, when the contract gives it one. */
type HasAck<F> = [AckOf<F>] extends [never] ? false : true;
/** What a handler answers: the ack's fields as the contract has them; nothing for an empty ack or no ack. */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler with nothing to answer simply returns
export type AnswerOf<F> = AckOf<F> extends Ack<infer T> ? (keyof T extends never ? void : T) : void;
/** An event without an ack (only `typing`) must say so, so a handler cannot answer one that has none. */
type AckOptions<F> = HasAck<F> extends true ? [] : [opts: { needsAck: false }];

/**
 * Registers the handlers of one socket by event name. Every handler goes through here: rate limit, the event's schema
 * from the registry, errors as typed acks. The handler gets the contract's payload and must answer the contract's ack
 * shape. It never throws, and an event that needs an ack but came without one is ignored. An event the registry does not
 * have is answered INVALID_INPUT naming it (ignored without an ack) and reaches no listener.
 */
export const bindHandlers = <Events extends EventsMap>(
  // biome-ignore lint/suspicious/noExplicitAny: only the socket's client-to-server map matters here
  socket: Socket<Events, any, any, any>,
  schemas: SchemasOf<Events>,
  {
    limiter,
    logger,
    shared,
  }: {
    limiter: RateLimiterMemory;
    logger: Logger;
    /** A limit all sockets of one owner share (a visitor's token), under the owner's key as of each event. */
    shared?: { limiter: RateLimiterMemory; keyOf: () => string };
  },
) => {
  const slowDown = (error: unknown) => {
    throw error instanceof RateLimiterRes ? new AppError('RATE_LIMITED', 'Too many events: slow down') : error;
  };
  const limit = async () => {
    await limiter.consume(socket.id).catch(slowDown);
    if (shared) await shared.limiter.consume(shared.keyOf()).catch(slowDown);
  };
  socket.use(([event, ...args], next) => {
    if (typeof event === 'string' && Object.hasOwn(schemas, event)) return next();
    const reply = args.at(-1);
    if (typeof reply !== 'function') return;
    const unknown = { code: 'INVALID_INPUT', message: `Unknown event: ${String(event).slice(0, 100)}`, field: '' };
    limit().then(
      () => reply({ ok: false, error: unknown }),
      (error: unknown) => reply(failedAnswer(error, logger, 'unknown event')),
    );
  });
  // What arrives is untrusted: the listener takes unknown input and validates it before the typed handler sees it.
  const listen = socket.on as unknown as (event: string, listener: (...args: unknown[]) => void) => void;
  return <E extends keyof Events & string>(
    event: E,
    handle: (payload: PayloadOf<Events[E]>) => Promise<AnswerOf<Events[E]>>,
    ...[opts]: AckOptions<Events[E]>
  ) => {
    const schema: z.ZodType<PayloadOf<Events[E]>> = schemas[event];
    // Socket.IO passes the ack as the last argument, after however many the client sent: it is answered even when
    // the payload is missing or followed by more arguments (those are refused), so no client waits for nothing.
    listen.call(socket, event, async (...args: unknown[]) => {
      const last = args.at(-1);
      const reply = typeof last === 'function' ? (last as (result: AckResult<object>) => void) : null;
      const payloads = reply ? args.slice(0, -1) : args;
      if (!reply && opts?.needsAck !== false) return;
      try {
        await limit();
        if (payloads.length > 1) throw new AppError('INVALID_INPUT', 'Send one payload, then the ack', { field: '' });
        const parsed = schema.safeParse(payloads[0]);
        if (!parsed.success) throw invalidInput(parsed.error);
        const result = await handle(parsed.data);
        reply?.({ ok: true, ...(result ?? {}) });
      } catch (error) {
        reply?.(failedAnswer(error, logger, event));
      }
    });
  };
};
