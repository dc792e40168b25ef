import { expect } from 'vitest';
import type { TestApp } from '../harness';

/** Log lines at error level or above since the last call: a handler that crashed, a request that failed. */
const watchErrorLogs = (logs: string[]) => {
  let seen = logs.length;
  return () => {
    const fresh = logs.slice(seen);
    seen = logs.length;
    return fresh.filter((line) => {
      try {
        return ((JSON.parse(line) as { level?: number }).level ?? 0) >= 50;
      } catch {
        return true;
      }
    });
  };
};

/** What every fuzz case checks besides the answer: no error logged during the case, and the app still healthy. */
export const watchApp = (t: TestApp) => {
  const newErrors = watchErrorLogs(t.logs);
  return {
    /** Starts a case: what earlier (failed) cases logged is not this case's. */
    begin: () => void newErrors(),
    /** Throws when an error was logged since the case began (a handler or request that crashed). */
    checkLogs: (context: string) => {
      const errors = newErrors();
      if (errors.length > 0)
        throw new Error(`${context}: logged ${errors.length} error(s): ${errors[0]?.slice(0, 400)}`);
    },
    healthy: async () => {
      expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
    },
  };
};
