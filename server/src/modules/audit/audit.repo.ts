import { auditLog, type Database, type Executor } from '@helpline/db';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';

export type AuditRecord = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

export type AuditFilter = { from: Date; to: Date; staffId?: string; action?: string };

export const createAuditRepo = (db: Database) => ({
  insert: (at: Date, record: AuditRecord, tx: Executor = db) => tx.insert(auditLog).values({ ...record, at }),
  /** One page of entries, the latest first, and how many match in all. */
  list: async (filter: AuditFilter, page: { limit: number; offset: number }) => {
    const where: SQL[] = [gte(auditLog.at, filter.from), lt(auditLog.at, filter.to)];
    if (filter.staffId) where.push(eq(auditLog.actorId, filter.staffId));
    if (filter.action) where.push(eq(auditLog.action, filter.action));
    const [rows, total] = await Promise.all([
      db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(page.limit)
        .offset(page.offset),
      db.$count(auditLog, and(...where)),
    ]);
    return { rows, total };
  },
  lastAt: async (action: string) => {
    const [row] = await db
      .select({ at: auditLog.at })
      .from(auditLog)
      .where(eq(auditLog.action, action))
      .orderBy(desc(auditLog.at))
      .limit(1);
    return row?.at ?? null;
  },
});

export type AuditRepo = ReturnType<typeof createAuditRepo>;
