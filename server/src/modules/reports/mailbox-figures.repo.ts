import { type Database, rowsOf } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { inScope, type Scope } from './scope';

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** Figures of the anonymous mailbox: threads (channel 'mailbox') received in the period, counted in the database. */
export const createMailboxFiguresRepo = (db: Database) => ({
  /** Threads written while the chat was closed: visitors who found it closed and left a message instead. */
  writtenWhileClosed: async (scope: Scope) => {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from conversations c join mailbox_threads m on m.conversation_id = c.id
        where c.channel = 'mailbox' and m.written_while_closed
          and ${inScope(scope, sql`c.queued_at`, sql`c.programme_id`)}`),
    );
    return Number(row?.n ?? 0);
  },
  figures: async (scope: Scope, now: Date) => {
    const [row] = rowsOf<{ received: number; answered: number; median: unknown; p90: unknown; overdue: number }>(
      await db.execute(sql`
        select count(*)::int as received,
          count(m.first_reply_at)::int as answered,
          percentile_cont(0.5) within group (order by extract(epoch from m.first_reply_at - c.queued_at) / 3600)
            as median,
          percentile_cont(0.9) within group (order by extract(epoch from m.first_reply_at - c.queued_at) / 3600)
            as p90,
          count(*) filter (where m.answered_late_at is not null
            or (m.state = 'unanswered' and m.expected_reply_by < ${now.toISOString()}::timestamptz))::int as overdue
        from conversations c join mailbox_threads m on m.conversation_id = c.id
        where c.channel = 'mailbox' and ${inScope(scope, sql`c.queued_at`, sql`c.programme_id`)}`),
    );
    return {
      received: Number(row?.received ?? 0),
      answered: Number(row?.answered ?? 0),
      medianReplyHours: num(row?.median),
      p90ReplyHours: num(row?.p90),
      overdue: Number(row?.overdue ?? 0),
    };
  },
});

export type MailboxFiguresRepo = ReturnType<typeof createMailboxFiguresRepo>;
