import { clinics, type Database } from '@helpline/db';
import { and, asc, desc, eq, ne } from 'drizzle-orm';

export type ClinicRow = typeof clinics.$inferSelect;

export const createClinicRepo = (db: Database) => ({
  list: (onlyActive: boolean) =>
    db
      .select()
      .from(clinics)
      .where(onlyActive ? eq(clinics.isActive, true) : undefined)
      .orderBy(desc(clinics.isDefault), asc(clinics.name)),
  findById: async (id: string) => (await db.select().from(clinics).where(eq(clinics.id, id)))[0] ?? null,
  /** Inserts, or null when the id is taken. A new default takes over from the old one in the same transaction. */
  insert: (row: ClinicRow) =>
    db.transaction(async (tx) => {
      if (row.isDefault) await tx.update(clinics).set({ isDefault: false }).where(eq(clinics.isDefault, true));
      return (await tx.insert(clinics).values(row).onConflictDoNothing().returning())[0] ?? null;
    }),
  update: (id: string, changes: Partial<Omit<ClinicRow, 'id'>>) =>
    db.transaction(async (tx) => {
      if (changes.isDefault) {
        await tx
          .update(clinics)
          .set({ isDefault: false })
          .where(and(eq(clinics.isDefault, true), ne(clinics.id, id)));
      }
      return (await tx.update(clinics).set(changes).where(eq(clinics.id, id)).returning())[0] ?? null;
    }),
});

export type ClinicRepo = ReturnType<typeof createClinicRepo>;
