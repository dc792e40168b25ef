import { conversations, type Database, staff } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';

/**
 * The colleagues a chat can be handed to: the other enabled counsellors of the programme who are available now (a
 * member gone for the grace period is set offline by the periodic job), with their active chats. Supervisors, who may
 * have a capacity, and offline or away counsellors are not offered.
 */
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
      .where(
        and(
          isNull(staff.disabledAt),
          ne(staff.id, exceptId),
          eq(staff.role, 'counsellor'),
          eq(staff.presence, 'available'),
          sql`${programme} = any(${staff.programmes})`,
        ),
      )
      .orderBy(asc(staff.alias));
  },
});

export type ColleagueRepo = ReturnType<typeof createColleagueRepo>;
