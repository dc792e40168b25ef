import { type Database, staff } from '@helpline/db';
import { and, asc, eq, lt } from 'drizzle-orm';

export type StaffRow = typeof staff.$inferSelect;
type NewStaff = typeof staff.$inferInsert;

export const createStaffRepo = (db: Database) => ({
  findByUsername: async (username: string) =>
    (await db.select().from(staff).where(eq(staff.username, username.toLowerCase())))[0] ?? null,
  findById: async (id: string) => (await db.select().from(staff).where(eq(staff.id, id)))[0] ?? null,
  list: () => db.select().from(staff).orderBy(asc(staff.username)),
  insert: async (row: NewStaff) => {
    const [created] = await db.insert(staff).values(row).returning();
    if (!created) throw new Error('insert returned nothing');
    return created;
  },
  update: async (id: string, changes: Partial<NewStaff>) =>
    (await db.update(staff).set(changes).where(eq(staff.id, id)).returning())[0] ?? null,
  /**
   * Accepts a TOTP time step only if it is later than the last accepted one, atomically: two requests racing with
   * the same code cannot both win.
   */
  acceptTotpStep: async (id: string, step: number) =>
    (
      await db
        .update(staff)
        .set({ totpLastStep: step })
        .where(and(eq(staff.id, id), lt(staff.totpLastStep, step)))
        .returning({ id: staff.id })
    ).length === 1,
});

export type StaffRepo = ReturnType<typeof createStaffRepo>;
