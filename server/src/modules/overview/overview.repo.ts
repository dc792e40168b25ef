import { type Database, rowsOf } from '@helpline/db';
import { type CounsellorStatus, NOT_URGENT, type ProgrammeId, type Role } from '@helpline/shared';
import { sql } from 'drizzle-orm';

/** The live state behind the supervisor overview, in two queries. */
export const createOverviewRepo = (db: Database) => {
  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));
  return {
    /** Per programme: waiting chats (and the urgent ones), the earliest arrival among them (epoch ms), active chats. */
    queues: async () =>
      (
        await query<{ programme: string; waiting: number; urgent: number; earliest: unknown; active: number }>(sql`
          select c.programme_id as programme, count(*) filter (where c.status = 'queued')::int as waiting,
            count(*) filter (where c.status = 'queued' and c.urgency <> ${NOT_URGENT})::int as urgent,
            (extract(epoch from min(c.queued_at) filter (where c.status = 'queued')) * 1000)::float8 as earliest,
            count(*) filter (where c.status = 'active')::int as active
          from conversations c where c.status in ('queued', 'active') group by 1`)
      ).map((r) => ({
        programme: r.programme,
        waiting: Number(r.waiting),
        urgent: Number(r.urgent),
        earliest: r.earliest === null ? null : Number(r.earliest),
        active: Number(r.active),
      })),

    /** Staff who can take chats, with their role, programmes, presence, last heartbeat (epoch ms) and chats now. */
    counsellors: async () =>
      (
        await query<{
          id: string;
          alias: string;
          presence: CounsellorStatus;
          role: Role;
          programmes: ProgrammeId[];
          capacity: number;
          seen: unknown;
          active: number;
        }>(sql`
          select s.id, s.alias, s.presence, s.role, s.programmes, s.capacity,
            (extract(epoch from s.last_seen_at) * 1000)::float8 as seen,
            (select count(*) from conversations c where c.counsellor_id = s.id and c.status = 'active')::int as active
          from staff s where s.disabled_at is null order by s.alias, s.id`)
      ).map((r) => ({
        ...r,
        capacity: Number(r.capacity),
        seen: r.seen === null ? null : Number(r.seen),
        active: Number(r.active),
      })),
  };
};

export type OverviewRepo = ReturnType<typeof createOverviewRepo>;
