import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { LoginAttemptsRepo } from './login-attempts.repo';

export const ACCOUNT_FAILURES_ALLOWED = 5;
export const ACCOUNT_WINDOW_MS = 60 * 1000;
export const CLIENT_FAILURES_ALLOWED = 30;
export const CLIENT_WINDOW_S = 10 * 60;

/** A taken attempt: `succeeded()` gives it back, so only failures count. */
export type Attempt = { succeeded: () => Promise<void> };

/**
 * Two layers against guessing, both counted before a password or code is checked and given back when it was right.
 *
 * Per account (`password:<username>`, `totp:<staff id>`): a counter row per window in the database, bumped in one
 * statement, so parallel requests and every server process share the count: at most 5 wrong answers a minute are ever
 * evaluated. Other accounts are untouched.
 *
 * Per client: an in-memory count keyed by the salted hash of the address (never stored or logged, forgotten after the
 * window), against one client spraying many usernames. It never counts other clients, so a flood cannot lock
 * anyone else out.
 */
export const createLoginThrottle = ({ repo, clock }: { repo: LoginAttemptsRepo; clock: Clock }) => {
  const perClient = new RateLimiterMemory({ points: CLIENT_FAILURES_ALLOWED, duration: CLIENT_WINDOW_S });
  return {
    client: async (clientKey: string): Promise<Attempt> => {
      try {
        await perClient.consume(clientKey);
      } catch (error) {
        if (error instanceof RateLimiterRes)
          throw new AppError('RATE_LIMITED', 'Too many failed attempts from here: wait a few minutes');
        throw error;
      }
      return { succeeded: async () => void (await perClient.reward(clientKey)) };
    },
    account: async (key: string): Promise<Attempt> => {
      const now = clock.now().getTime();
      const windowStart = new Date(now - (now % ACCOUNT_WINDOW_MS));
      const count = await repo.bump(key, windowStart);
      if (count === 1) await repo.forgetBefore(windowStart);
      if (count > ACCOUNT_FAILURES_ALLOWED)
        throw new AppError('RATE_LIMITED', 'Too many failed attempts for this account: wait a minute');
      return { succeeded: async () => void (await repo.refund(key, windowStart)) };
    },
  };
};

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
