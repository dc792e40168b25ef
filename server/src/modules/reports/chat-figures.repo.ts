import { type Database, rowsOf } from '@helpline/db';
import { type MissedKind, NOT_URGENT } from '@helpline/shared';
import { sql } from 'drizzle-orm';
import { inScope, REPORT_ZONE, type Scope } from './scope';

/** Chats only: mailbox threads (also conversations) have figures of their own (`mailbox.figures`). */
const queuedIn = (scope: Scope) => sql`${inScope(scope, sql`c.queued_at`, sql`c.programme_id`)} and c.channel = 'chat'`;
const missedIn = (scope: Scope) => inScope(scope, sql`m.occurred_at`, sql`m.programme_id`);
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** Chat figures shared by the summary, the missed report and the live overview; all counted in the database. */
export const createChatFiguresRepo = (db: Database) => {
  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));
  return {
    /**
     * Chats that reached the queue in the period, and how many of them a counsellor answered. A chat put back in the
     * queue (its counsellor went offline, or it was transferred to the other programme) lost its start time but keeps
     * its wait: it was answered, and stays counted while it waits for the next counsellor.
     */
    chats: async (scope: Scope) => {
      const [row] = await query<{ requested: number; answered: number }>(sql`
        select count(*)::int as requested,
          count(*) filter (where c.started_at is not null
            or (c.status = 'queued' and c.waited_seconds is not null))::int as answered
        from conversations c where ${queuedIn(scope)}`);
      return { queued: Number(row?.requested ?? 0), answered: Number(row?.answered ?? 0) };
    },

    /** Missed contacts by kind, weekday (1 = Monday) and hour of the local day. */
    missedCells: async (scope: Scope) =>
      (
        await query<{ kind: MissedKind; weekday: number; hour: number; n: number }>(sql`
          select m.kind, extract(isodow from m.occurred_at at time zone ${REPORT_ZONE})::int as weekday,
            extract(hour from m.occurred_at at time zone ${REPORT_ZONE})::int as hour, count(*)::int as n
          from missed_contacts m where ${missedIn(scope)} group by 1, 2, 3`)
      ).map((r) => ({ kind: r.kind, weekday: Number(r.weekday), hour: Number(r.hour), n: Number(r.n) })),

    /** Median and 90th percentile (interpolated) of the waits of answered chats. */
    waits: async (scope: Scope) => {
      const [row] = await query<{ median: unknown; p90: unknown }>(sql`
        select percentile_cont(0.5) within group (order by c.waited_seconds) as median,
          percentile_cont(0.9) within group (order by c.waited_seconds) as p90
        from conversations c where ${queuedIn(scope)} and c.started_at is not null and c.waited_seconds is not null`);
      return { medianSeconds: num(row?.median), p90Seconds: num(row?.p90) };
    },

    /** Chats that reached the queue in the period per urgent value (`none` and no answer are not urgent). */
    urgent: async (scope: Scope) =>
      (
        await query<{ urgency: string; n: number }>(sql`
          select c.urgency, count(*)::int as n from conversations c
          where ${queuedIn(scope)} and c.urgency <> ${NOT_URGENT} group by 1`)
      ).map((r) => ({ urgency: r.urgency, n: Number(r.n) })),

    /** The waits of answered chats as `waits` has them, of the urgent ones and of the others apart. */
    waitsByUrgency: async (scope: Scope) => {
      const urgent = sql`c.urgency <> ${NOT_URGENT}`;
      const [row] = await query<{ um: unknown; u90: unknown; om: unknown; o90: unknown }>(sql`
        select percentile_cont(0.5) within group (order by c.waited_seconds) filter (where ${urgent}) as um,
          percentile_cont(0.9) within group (order by c.waited_seconds) filter (where ${urgent}) as u90,
          percentile_cont(0.5) within group (order by c.waited_seconds) filter (where not coalesce(${urgent}, false)) as om,
          percentile_cont(0.9) within group (order by c.waited_seconds) filter (where not coalesce(${urgent}, false)) as o90
        from conversations c where ${queuedIn(scope)} and c.started_at is not null and c.waited_seconds is not null`);
      return {
        urgent: { medianSeconds: num(row?.um), p90Seconds: num(row?.u90) },
        other: { medianSeconds: num(row?.om), p90Seconds: num(row?.o90) },
      };
    },

    /** Chats no longer waiting, and those answered within one and five minutes. */
    serviceLevel: async (scope: Scope) => {
      const [row] = await query<{ offered: number; w1: number; w5: number }>(sql`
        select count(*) filter (where c.status <> 'queued')::int as offered,
          count(*) filter (where c.started_at is not null and c.waited_seconds <= 60)::int as w1,
          count(*) filter (where c.started_at is not null and c.waited_seconds <= 300)::int as w5
        from conversations c where ${queuedIn(scope)}`);
      return { offered: Number(row?.offered ?? 0), within1: Number(row?.w1 ?? 0), within5: Number(row?.w5 ?? 0) };
    },

    /** People behind the chats (a return code links visitors), and those who came more than once or came back. */
    visitors: async (scope: Scope) => {
      const [row] = await query<{ people: number; repeat: number }>(sql`
        select count(*)::int as people, count(*) filter (where p.n > 1 or p.came_back)::int as repeat
        from (
          select coalesce(v.linked_visitor_id, c.visitor_id, c.id) as person, count(*) as n, bool_or(c.returning) as came_back
          from conversations c left join visitors v on v.id = c.visitor_id
          where ${queuedIn(scope)} group by 1
        ) p`);
      return { people: Number(row?.people ?? 0), repeat: Number(row?.repeat ?? 0) };
    },
  };
};

export type ChatFiguresRepo = ReturnType<typeof createChatFiguresRepo>;
