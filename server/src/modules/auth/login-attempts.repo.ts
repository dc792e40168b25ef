import { type Database, loginAttempts } from '@helpline/db';
import { and, eq, lt, sql } from 'drizzle-orm';

export const createLoginAttemptsRepo = (db: Database) => ({
  /** Counts one attempt in the window, atomically (one statement, row-locked): the count after it. */
  bump: async (key: string, windowStart: Date) => {
    const [row] = await db
      .insert(loginAttempts)
      .values({ key, windowStart, count: 1 })
      .onConflictDoUpdate({
        target: [loginAttempts.key, loginAttempts.windowStart],
        set: { count: sql`${loginAttempts.count} + 1` },
      })
      .returning({ count: loginAttempts.count });
    return row?.count ?? Number.POSITIVE_INFINITY;
  },
  /** Gives an attempt back (it succeeded): only failures use up the allowance. */
  refund: (key: string, windowStart: Date) =>
    db
      .update(loginAttempts)
      .set({ count: sql`greatest(${loginAttempts.count} - 1, 0)` })
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.windowStart, windowStart))),
  /** Counts of past windows (of every key, junk usernames included) are of no use any more. */
  forgetBefore: (before: Date) => db.delete(loginAttempts).where(lt(loginAttempts.windowStart, before)),
});

export type LoginAttemptsRepo = ReturnType<typeof createLoginAttemptsRepo>;
