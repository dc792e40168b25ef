import { type Database, staff } from '@helpline/db';
import { and, asc, count, eq, isNull, lt } from 'drizzle-orm';
import { AppError } from '../../errors';

type NewStaff = typeof staff.$inferInsert;

const enabledSupervisor = and(eq(staff.role, 'supervisor'), isNull(staff.disabledAt));

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
   * A change that may take a supervisor away (a demotion, disabling), made so that one enabled supervisor always
   * remains: the enabled supervisors are locked first, in one order, so two such changes run one after the other (the
   * second sees the first), and the change is undone with CONFLICT when none would remain.
   */
  updateKeepingASupervisor: (id: string, changes: Partial<NewStaff>) =>
    db.transaction(async (tx) => {
      await tx.select({ id: staff.id }).from(staff).where(enabledSupervisor).orderBy(asc(staff.id)).for('update');
      const [row] = await tx.update(staff).set(changes).where(eq(staff.id, id)).returning();
      if (!row) return null;
      const [left] = await tx.select({ n: count() }).from(staff).where(enabledSupervisor);
      if (!left || left.n === 0)
        throw new AppError(
          'CONFLICT',
          'At least one enabled supervisor must remain: make someone else supervisor first',
        );
      return row;
    }),
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
