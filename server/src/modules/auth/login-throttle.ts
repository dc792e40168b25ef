import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { LoginAttemptsRepo } from './login-attempts.repo';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Wrong answers (passwords or codes) evaluated per account. Per account and client: 5 a minute and 10 an hour. Per
 * account over all clients: 250 an hour, more than 20 clients can reach with their hourly 10 (200): the hour windows
 * of both counts start together, so a client's 10 all fall into the same account hour.
 */
export const LOGIN_LIMITS = { clientPerMinute: 5, clientPerHour: 10, accountPerHour: 250 } as const;
export const CLIENT_FAILURES_ALLOWED = 30;
export const CLIENT_WINDOW_S = 10 * 60;

/** A taken attempt: `succeeded()` gives it back, so only failures count. */
export type Attempt = { succeeded: () => Promise<void> };

type Counter = { key: string; windowStart: Date; limit: number; message: string };

const windowOf = (now: number, size: number) => new Date(now - (now % size));

/**
 * Guessing is bounded, and a guesser cannot lock anyone else out.
 *
 * Per account and client (the keyed hash of the address, `ThrottleKeys`), and per account over all clients: counter
 * rows per window in the database, each bumped in one statement before a password or code is checked and given back
 * when it was right, so parallel requests and every server process share the counts: an answer is evaluated only while
 * every count, this attempt included, is within its bound. A refused attempt gives back what it took, so it counts
 * nowhere (a flood from one client never reaches the account-wide count). A client that has not failed is evaluated
 * unless the account-wide bound of the hour is reached.
 *
 * Per client over all accounts: an in-memory count, against one client spraying many usernames.
 */
export const createLoginThrottle = ({ repo, clock }: { repo: LoginAttemptsRepo; clock: Clock }) => {
  const perClient = new RateLimiterMemory({ points: CLIENT_FAILURES_ALLOWED, duration: CLIENT_WINDOW_S });
  const giveBack = async (taken: Counter[]) => {
    for (const counter of taken) await repo.refund(counter.key, counter.windowStart);
  };
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
    /** One attempt at an account (`ThrottleKeys.account`) from one client (`ThrottleKeys.client`). */
    account: async (account: string, client: string): Promise<Attempt> => {
      const now = clock.now().getTime();
      const minute = windowOf(now, MINUTE_MS);
      const hour = windowOf(now, HOUR_MS);
      const counters: Counter[] = [
        {
          key: `${account}/${client}/minute`,
          windowStart: minute,
          limit: LOGIN_LIMITS.clientPerMinute,
          message: 'Too many failed attempts for this account: wait a minute',
        },
        {
          key: `${account}/${client}/hour`,
          windowStart: hour,
          limit: LOGIN_LIMITS.clientPerHour,
          message: 'Too many failed attempts for this account from here: try again within the hour',
        },
        {
          key: `${account}/all/hour`,
          windowStart: hour,
          limit: LOGIN_LIMITS.accountPerHour,
          message: 'Too many failed attempts for this account: try again within the hour',
        },
      ];
      const taken: Counter[] = [];
      for (const counter of counters) {
        const count = await repo.bump(counter.key, counter.windowStart);
        taken.push(counter);
        if (count === 1 && counter.windowStart === hour) await repo.forgetBefore(hour);
        if (count > counter.limit) {
          await giveBack(taken);
          throw new AppError('RATE_LIMITED', counter.message);
        }
      }
      return { succeeded: () => giveBack(taken) };
    },
  };
};

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
