import { type Database, staff, staffSessions } from '@helpline/db';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';

export const createSessionRepo = (db: Database) => ({
  insert: async (row: typeof staffSessions.$inferInsert) => {
    const [created] = await db.insert(staffSessions).values(row).returning();
    if (!created) throw new Error('insert returned nothing');
    return created;
  },
  /** The session with its staff member, unless revoked. */
  findLive: async (tokenHash: string) =>
    (
      await db
        .select({ session: staffSessions, staff })
        .from(staffSessions)
        .innerJoin(staff, eq(staff.id, staffSessions.staffId))
        .where(and(eq(staffSessions.tokenHash, tokenHash), isNull(staffSessions.revokedAt)))
    )[0] ?? null,
  findManyLive: (ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : db
          .select({ session: staffSessions, staff })
          .from(staffSessions)
          .innerJoin(staff, eq(staff.id, staffSessions.staffId))
          .where(and(inArray(staffSessions.id, ids), isNull(staffSessions.revokedAt))),
  touch: (id: string, at: Date) => db.update(staffSessions).set({ lastUsedAt: at }).where(eq(staffSessions.id, id)),
  complete: (id: string) => db.update(staffSessions).set({ isComplete: true }).where(eq(staffSessions.id, id)),
  confirm: (id: string, at: Date) => db.update(staffSessions).set({ confirmedAt: at }).where(eq(staffSessions.id, id)),
  revoke: (id: string, at: Date) =>
    db
      .update(staffSessions)
      .set({ revokedAt: at })
      .where(and(eq(staffSessions.id, id), isNull(staffSessions.revokedAt))),
  revokeAllOf: async (staffId: string, at: Date) =>
    (
      await db
        .update(staffSessions)
        .set({ revokedAt: at })
        .where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.revokedAt)))
        .returning({ id: staffSessions.id })
    ).length,
  revokeOthersOf: async (staffId: string, keep: string, at: Date) =>
    (
      await db
        .update(staffSessions)
        .set({ revokedAt: at })
        .where(and(eq(staffSessions.staffId, staffId), ne(staffSessions.id, keep), isNull(staffSessions.revokedAt)))
        .returning({ id: staffSessions.id })
    ).map((r) => r.id),
});

export type SessionRepo = ReturnType<typeof createSessionRepo>;
