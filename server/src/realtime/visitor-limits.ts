import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors';

const WINDOW_SECONDS = 10 * 60;
const PROCESS_KEY = 'process';

/** Bounds per client (a salted in-memory key of the address, see limits/client-key.ts) and for the whole process. */
export const VISITOR_LIMITS = {
  /** New anonymous visitors (rows) per client per ten minutes (HELPLINE_VISITORS_PER_CLIENT). */
  newVisitorsPerClient: 30,
  /** Queue joins (also refused ones: closed, conflict) per client per ten minutes: twice the visitors. */
  joinsPerClient: 60,
  /** Per process per ten minutes: what one server takes in before it refuses, whoever asks. */
  newVisitorsPerProcess: 3000,
  joinsPerProcess: 6000,
} as const;

const bucket = (perClient: number, perProcess: number) => ({
  client: new RateLimiterMemory({ points: perClient, duration: WINDOW_SECONDS }),
  process: new RateLimiterMemory({ points: perProcess, duration: WINDOW_SECONDS }),
});

/**
 * In-memory limits of the anonymous side against floods of visitors and joins. Keys are forgotten after the window;
 * nothing is stored or logged.
 */
export const createVisitorLimits = (limits: Record<keyof typeof VISITOR_LIMITS, number> = VISITOR_LIMITS) => {
  const newVisitors = bucket(limits.newVisitorsPerClient, limits.newVisitorsPerProcess);
  const joins = bucket(limits.joinsPerClient, limits.joinsPerProcess);
  const take = async (b: ReturnType<typeof bucket>, clientKey: string) => {
    try {
      await b.client.consume(clientKey);
      await b.process.consume(PROCESS_KEY);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new AppError('RATE_LIMITED', 'Too many attempts: try again later');
      throw error;
    }
  };
  return {
    newVisitor: (clientKey: string) => take(newVisitors, clientKey),
    join: (clientKey: string) => take(joins, clientKey),
  };
};

export type VisitorLimits = ReturnType<typeof createVisitorLimits>;
