import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../http/app-error';
import type { AuditService } from '../audit/audit.service';

export const ACCOUNT_FAILURES_ALLOWED = 5;
export const ACCOUNT_WINDOW_MS = 60 * 1000;

/**
 * Two layers against guessing. Per account: after 5 failures within a minute that account answers RATE_LIMITED; the
 * count comes from the audit log, so every server process agrees and other accounts are untouched. Process-wide: a
 * cap on login attempts of any account, against spraying many usernames.
 */
export const createLoginThrottle = ({
  audit,
  processPoints = 60,
  processSeconds = 10,
}: {
  audit: AuditService;
  processPoints?: number;
  processSeconds?: number;
}) => {
  const processLimiter = new RateLimiterMemory({ points: processPoints, duration: processSeconds });
  return {
    check: async (username: string) => {
      try {
        await processLimiter.consume('login');
      } catch (error) {
        if (error instanceof RateLimiterRes)
          throw new AppError('RATE_LIMITED', 'Too many login attempts: wait a moment');
        throw error;
      }
      if ((await audit.recentFailures(username, ACCOUNT_WINDOW_MS)) >= ACCOUNT_FAILURES_ALLOWED) {
        throw new AppError('RATE_LIMITED', 'Too many failed attempts for this account: wait a minute');
      }
    },
  };
};
