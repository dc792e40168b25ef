import type { Clock } from '../../clock';
import { AppError } from '../../errors';

const MINUTE_MS = 60 * 1000;

export type MailboxLimitsConfig = {
  /** Wrong codes one client may try per window before it is refused (its own failures only). */
  failuresPerClient: number;
  /** Wrong codes over all clients per window; past it only clients that have failed little are still heard. */
  failuresTotal: number;
  /** Failures a client may have and still be heard when the total is reached (a visitor who mistyped). */
  graceFailures: number;
  /** New threads one client may write per window. */
  threadsPerClient: number;
  windowMinutes: number;
};

export const MAILBOX_LIMITS: MailboxLimitsConfig = {
  failuresPerClient: 10,
  failuresTotal: 500,
  graceFailures: 2,
  threadsPerClient: 10,
  windowMinutes: 15,
};

/** Keys remembered at most per counter; past this a new window starts early (a bound, not a limit a client meets). */
const MAX_KEYS = 100_000;

/** Fixed-window counts per key, in this process's memory only (keys are salted hashes of client addresses). */
const createWindowCounter = (clock: Clock, windowMs: number) => {
  let windowStart = 0;
  let counts = new Map<string, number>();
  let total = 0;
  const current = () => {
    const now = clock.now().getTime();
    if (now - windowStart >= windowMs || counts.size >= MAX_KEYS) {
      windowStart = now - (now % windowMs);
      counts = new Map();
      total = 0;
    }
  };
  return {
    of: (key: string) => {
      current();
      return counts.get(key) ?? 0;
    },
    total: () => {
      current();
      return total;
    },
    add: (key: string) => {
      current();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total++;
    },
  };
};

/**
 * Guessing codes is bounded per client and in total, and a right code is never refused because others guessed: past
 * the total only clients with more than a few failures of their own are refused, and a client's own bound counts only
 * its own failures. A flood of new threads is bounded per client (an IPv6 /64 is one client).
 */
export const createMailboxLimits = (clock: Clock, config: MailboxLimitsConfig = MAILBOX_LIMITS) => {
  const windowMs = config.windowMinutes * MINUTE_MS;
  const failures = createWindowCounter(clock, windowMs);
  const threads = createWindowCounter(clock, windowMs);
  return {
    /** Throws RATE_LIMITED when this client may not try a code now. */
    mayTryCode: (client: string) => {
      const own = failures.of(client);
      if (own >= config.failuresPerClient || (failures.total() >= config.failuresTotal && own >= config.graceFailures))
        throw new AppError('RATE_LIMITED', 'Too many wrong codes from here: wait a few minutes');
    },
    failedCode: (client: string) => failures.add(client),
    /** Takes one new thread of this client's allowance, or throws RATE_LIMITED. */
    takeThread: (client: string) => {
      if (threads.of(client) >= config.threadsPerClient)
        throw new AppError('RATE_LIMITED', 'Too many messages from here: wait a few minutes');
      threads.add(client);
    },
  };
};

export type MailboxLimits = ReturnType<typeof createMailboxLimits>;
