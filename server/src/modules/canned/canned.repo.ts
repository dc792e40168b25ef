import { cannedResponses, type Database } from '@helpline/db';
import type { CannedLanguage, ProgrammeId } from '@helpline/shared';
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';

export type CannedRow = typeof cannedResponses.$inferSelect;

const live = (id: string) => and(eq(cannedResponses.id, id), isNull(cannedResponses.deletedAt));

export const createCannedRepo = (db: Database) => ({
  list: (filter: { programmes: ProgrammeId[]; language?: CannedLanguage }) => {
    const where: (SQL | undefined)[] = [
      inArray(cannedResponses.programmeId, filter.programmes),
      isNull(cannedResponses.deletedAt),
    ];
    if (filter.language) where.push(eq(cannedResponses.language, filter.language));
    return db
      .select()
      .from(cannedResponses)
      .where(and(...where))
      .orderBy(asc(cannedResponses.programmeId), asc(cannedResponses.position), asc(cannedResponses.createdAt));
  },
  findById: async (id: string) => (await db.select().from(cannedResponses).where(live(id)))[0] ?? null,
  insert: async (row: typeof cannedResponses.$inferInsert) => {
    const [created] = await db.insert(cannedResponses).values(row).returning();
    if (!created) throw new Error('insert returned nothing');
    return created;
  },
  update: async (id: string, changes: Partial<typeof cannedResponses.$inferInsert>) =>
    (await db.update(cannedResponses).set(changes).where(live(id)).returning())[0] ?? null,
});

export type CannedRepo = ReturnType<typeof createCannedRepo>;
