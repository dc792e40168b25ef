import type { AckResult } from '@helpline/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { z } from 'zod';
import { toAppError } from '../errors';
import { AppError, invalidInput } from '../http/app-error';
import type { Logger } from '../logger';
import { safeError } from '../safe-error';

/** About 10 events a second per socket, with bursts of 20. */
export const createSocketLimiter = (points = 20, seconds = 2) => new RateLimiterMemory({ points, duration: seconds });

type Reply = (result: AckResult<Record<string, unknown>>) => void;

/**
 * Every socket handler goes through here: rate limit, schema, errors as typed acks. It never throws, and an event
 * that needs an ack but came without one is ignored.
 */
export const createHandlerFactory =
  ({ socketId, limiter, logger }: { socketId: string; limiter: RateLimiterMemory; logger: Logger }) =>
  <S extends z.ZodType>(
    event: string,
    schema: S,
    handle: (payload: z.output<S>) => Promise<Record<string, unknown> | undefined>,
    opts: { needsAck?: boolean } = {},
  ) =>
  async (payload: unknown, ack?: unknown) => {
    const reply: Reply | null = typeof ack === 'function' ? (ack as Reply) : null;
    if (!reply && opts.needsAck !== false) return;
    try {
      await limiter.consume(socketId).catch((error: unknown) => {
        throw error instanceof RateLimiterRes ? new AppError('RATE_LIMITED', 'Too many events: slow down') : error;
      });
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw invalidInput(parsed.error);
      const result = await handle(parsed.data);
      reply?.({ ok: true, ...(result ?? {}) });
    } catch (error) {
      const known = toAppError(error);
      if (known) {
        reply?.({ ok: false, error: known.toBody() });
        return;
      }
      logger.error({ err: safeError(error), event }, 'socket handler failed');
      reply?.({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side' } });
    }
  };

export type HandlerFactory = ReturnType<typeof createHandlerFactory>;
