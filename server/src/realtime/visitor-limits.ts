import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors';

const WINDOW_MS = 10 * 60_000;
/** From this part of the process's bound on, the intake is shared: a client above its fair share waits. */
const FAIR_SHARE_FROM = 0.5;

/**
 * Bounds per client (a salted in-memory key of the address, an IPv6 address by its /64, see limits/client-key.ts) and
 * for the whole process.
 */
export const VISITOR_LIMITS = {
  /** New anonymous visitors (rows) per client per ten minutes (HELPLINE_VISITORS_PER_CLIENT). */
  newVisitorsPerClient: 30,
  /** Queue joins (also refused ones: closed, conflict) per client per ten minutes: twice the visitors. */
  joinsPerClient: 60,
  /**
   * Per process per ten minutes (HELPLINE_VISITORS_PER_PROCESS): the machine's bound, refused whoever asks. From half
   * of it on, a client already above its fair share (half the bound over the clients seen in the window) is refused,
   * so the heaviest clients are shed first and a client with no history still gets in until the bound itself.
   */
  newVisitorsPerProcess: 3000,
  joinsPerProcess: 6000,
} as const;

/** One process-wide window: its total and what each client took of it (forgotten when the window ends). */
const createFairShare = (bound: number, now: () => number) => {
  const shared = bound * FAIR_SHARE_FROM;
  let start = now();
  let total = 0;
  const taken = new Map<string, number>();
  return (clientKey: string) => {
    if (now() - start >= WINDOW_MS) {
      start = now();
      total = 0;
      taken.clear();
    }
    const mine = taken.get(clientKey) ?? 0;
    if (total >= bound || (total >= shared && mine >= shared / Math.max(1, taken.size))) return false;
    total += 1;
    taken.set(clientKey, mine + 1);
    return true;
  };
};

const bucket = (perClient: number, perProcess: number, now: () => number) => ({
  client: new RateLimiterMemory({ points: perClient, duration: WINDOW_MS / 1000 }),
  process: createFairShare(perProcess, now),
});

/**
 * In-memory limits of the anonymous side against floods of visitors and joins. Keys are forgotten after the window;
 * nothing is stored or logged.
 */
export const createVisitorLimits = (
  limits: Record<keyof typeof VISITOR_LIMITS, number> = VISITOR_LIMITS,
  now: () => number = Date.now,
) => {
  const newVisitors = bucket(limits.newVisitorsPerClient, limits.newVisitorsPerProcess, now);
  const joins = bucket(limits.joinsPerClient, limits.joinsPerProcess, now);
  const refused = () => new AppError('RATE_LIMITED', 'Too many attempts: try again later');
  const take = async (b: ReturnType<typeof bucket>, clientKey: string) => {
    try {
      await b.client.consume(clientKey);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refused();
      throw error;
    }
    if (!b.process(clientKey)) throw refused();
  };
  return {
    newVisitor: (clientKey: string) => take(newVisitors, clientKey),
    join: (clientKey: string) => take(joins, clientKey),
  };
};

export type VisitorLimits = ReturnType<typeof createVisitorLimits>;
