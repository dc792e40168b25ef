import { conversations, type Database, staff } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, arrayContains, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';

const RECENT_CHATS = 20;

/** Figures the wait estimate needs, read from the database so every process sees the same. */
export const createQueueStatsRepo = (db: Database) => ({
  waitingCount: async (programme: ProgrammeId) =>
    db.$count(conversations, and(eq(conversations.programmeId, programme), eq(conversations.status, 'queued'))),

  /** Available counsellors serving the programme, their places, and the places free now. */
  slots: async (programme: ProgrammeId) => {
    const active = db
      .select({ counsellorId: conversations.counsellorId, n: count().as('n') })
      .from(conversations)
      .where(eq(conversations.status, 'active'))
      .groupBy(conversations.counsellorId)
      .as('active');
    const rows = await db
      .select({ capacity: staff.capacity, active: sql<number>`coalesce(${active.n}, 0)`.mapWith(Number) })
      .from(staff)
      .leftJoin(active, eq(active.counsellorId, staff.id))
      .where(
        and(eq(staff.presence, 'available'), isNull(staff.disabledAt), arrayContains(staff.programmes, [programme])),
      );
    const totalSlots = rows.reduce((sum, r) => sum + r.capacity, 0);
    const freeSlots = rows.reduce((sum, r) => sum + Math.max(0, r.capacity - r.active), 0);
    return { totalSlots, freeSlots, counsellors: rows.length };
  },

  /** Mean duration of the programme's last chats, or null without history. */
  meanHandlingSeconds: async (programme: ProgrammeId) => {
    const recent = await db
      .select({
        seconds: sql<number>`extract(epoch from ${conversations.endedAt} - ${conversations.startedAt})`.mapWith(Number),
      })
      .from(conversations)
      .where(
        and(
          eq(conversations.programmeId, programme),
          eq(conversations.status, 'ended'),
          isNotNull(conversations.startedAt),
        ),
      )
      .orderBy(desc(conversations.endedAt))
      .limit(RECENT_CHATS);
    return recent.length === 0 ? null : recent.reduce((s, r) => s + r.seconds, 0) / recent.length;
  },
});

export type QueueStatsRepo = ReturnType<typeof createQueueStatsRepo>;
