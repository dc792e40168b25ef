import { contacts, type Database, staff } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';

const LIST_LIMIT = 5000;
const columns = { contact: contacts, loggedByAlias: staff.alias };

export type ContactRow = { contact: typeof contacts.$inferSelect; loggedByAlias: string | null };

export const createContactRepo = (db: Database) => ({
  insert: async (row: typeof contacts.$inferInsert) => {
    const [created] = await db.insert(contacts).values(row).returning();
    if (!created) throw new Error('insert returned nothing');
    return created;
  },
  findById: async (id: string): Promise<ContactRow | null> =>
    (
      await db
        .select(columns)
        .from(contacts)
        .leftJoin(staff, eq(staff.id, contacts.loggedBy))
        .where(eq(contacts.id, id))
    )[0] ?? null,
  saveTags: async (id: string, tags: Record<string, string | string[]>) =>
    (await db.update(contacts).set({ tags }).where(eq(contacts.id, id)).returning({ tags: contacts.tags }))[0]?.tags ??
    null,
  list: (filter: { programmes: ProgrammeId[]; from: Date; to: Date; loggedBy?: string }): Promise<ContactRow[]> => {
    const where: SQL[] = [
      inArray(contacts.programmeId, filter.programmes),
      gte(contacts.occurredAt, filter.from),
      lt(contacts.occurredAt, filter.to),
    ];
    if (filter.loggedBy) where.push(eq(contacts.loggedBy, filter.loggedBy));
    return db
      .select(columns)
      .from(contacts)
      .leftJoin(staff, eq(staff.id, contacts.loggedBy))
      .where(and(...where))
      .orderBy(desc(contacts.occurredAt))
      .limit(LIST_LIMIT);
  },
});

export type ContactRepo = ReturnType<typeof createContactRepo>;
