import { type Database, rowsOf } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { sql } from 'drizzle-orm';

export type MailboxWaiting = { unanswered: number; oldestAt: Date | null; overdue: number };
const NONE: MailboxWaiting = { unanswered: 0, oldestAt: null, overdue: 0 };

/** Threads waiting for an answer, per programme: for the workspace's queue snapshot and the supervisors' wall. */
export const createMailboxWaiting = (db: Database) => {
  const all = async (now: Date) =>
    rowsOf<{ programme: ProgrammeId; unanswered: number; oldest: unknown; overdue: number }>(
      await db.execute(sql`
        select c.programme_id as programme, count(*)::int as unanswered,
          (extract(epoch from min(m.waiting_since)) * 1000)::float8 as oldest,
          count(*) filter (where m.expected_reply_by < ${now.toISOString()}::timestamptz)::int as overdue
        from mailbox_threads m join conversations c on c.id = m.conversation_id
        where m.state = 'unanswered' and c.shredded_at is null group by 1`),
    ).map((r) => ({
      programme: r.programme,
      unanswered: Number(r.unanswered),
      oldestAt: r.oldest === null ? null : new Date(Number(r.oldest)),
      overdue: Number(r.overdue),
    }));
  return {
    /** Per programme; a programme with nothing waiting has zeros. */
    of: async (programmes: readonly ProgrammeId[], now: Date): Promise<Map<ProgrammeId, MailboxWaiting>> => {
      const rows = await all(now);
      return new Map(programmes.map((p) => [p, rows.find((r) => r.programme === p) ?? NONE]));
    },
  };
};

export type MailboxWaitingRepo = ReturnType<typeof createMailboxWaiting>;
