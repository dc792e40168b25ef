import { auditLog, type Database } from '@helpline/db';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';

export type AuditRecord = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

export const createAuditRepo = (db: Database) => ({
  insert: (at: Date, record: AuditRecord) => db.insert(auditLog).values({ ...record, at }),
  list: (filter: { from: Date; to: Date; staffId?: string }) => {
    const where: SQL[] = [gte(auditLog.at, filter.from), lt(auditLog.at, filter.to)];
    if (filter.staffId) where.push(eq(auditLog.actorId, filter.staffId));
    return db
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(5000);
  },
});

export type AuditRepo = ReturnType<typeof createAuditRepo>;
