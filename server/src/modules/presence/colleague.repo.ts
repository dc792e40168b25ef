import { conversations, type Database, staff } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';

/** The other enabled staff serving a programme, with presence and active chats, available ones first. */
export const createColleagueRepo = (db: Database) => ({
  of: async (programme: ProgrammeId, exceptId: string) => {
    const active = db
      .select({ counsellorId: conversations.counsellorId, n: count().as('n') })
      .from(conversations)
      .where(eq(conversations.status, 'active'))
      .groupBy(conversations.counsellorId)
      .as('active');
    return db
      .select({
        id: staff.id,
        alias: staff.alias,
        status: staff.presence,
        capacity: staff.capacity,
        activeChats: sql<number>`coalesce(${active.n}, 0)`.mapWith(Number),
      })
      .from(staff)
      .leftJoin(active, eq(active.counsellorId, staff.id))
      .where(and(isNull(staff.disabledAt), ne(staff.id, exceptId), sql`${programme} = any(${staff.programmes})`))
      .orderBy(sql`case ${staff.presence} when 'available' then 0 when 'away' then 1 else 2 end`, asc(staff.alias));
  },
});

export type ColleagueRepo = ReturnType<typeof createColleagueRepo>;
