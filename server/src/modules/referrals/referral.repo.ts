import { type Database, referrals } from '@helpline/db';
import type { ProgrammeId, ReferralKind, ReferralStatus } from '@helpline/shared';
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';

export type ReferralRow = typeof referrals.$inferSelect;

export type ReferralFilter = {
  programmes: ProgrammeId[];
  status?: ReferralStatus;
  kind?: ReferralKind;
  from?: Date;
  to?: Date;
  /** Planned call appointments from this moment on, or before it. */
  due?: { when: 'upcoming' | 'overdue'; now: Date };
};

const LIST_LIMIT = 5000;

const whereOf = (filter: ReferralFilter) => {
  const where: SQL[] = [inArray(referrals.programmeId, filter.programmes)];
  if (filter.status) where.push(eq(referrals.status, filter.status));
  if (filter.kind) where.push(eq(referrals.kind, filter.kind));
  if (filter.from) where.push(gte(referrals.appointmentAt, filter.from));
  if (filter.to) where.push(lt(referrals.appointmentAt, filter.to));
  if (filter.due) {
    where.push(eq(referrals.status, 'planned'), eq(referrals.kind, 'call-appointment'));
    where.push(
      filter.due.when === 'upcoming'
        ? gte(referrals.appointmentAt, filter.due.now)
        : lt(referrals.appointmentAt, filter.due.now),
    );
  }
  return and(...where);
};

export const createReferralRepo = (db: Database) => ({
  insert: async (row: typeof referrals.$inferInsert) => {
    const [created] = await db.insert(referrals).values(row).returning();
    if (!created) throw new Error('insert returned nothing');
    return created;
  },
  findById: async (id: string) => (await db.select().from(referrals).where(eq(referrals.id, id)))[0] ?? null,
  /** Changes a referral only if its status is still the one read, so two counsellors cannot overwrite each other. */
  update: async (id: string, expected: ReferralStatus, changes: Partial<typeof referrals.$inferInsert>) =>
    (
      await db
        .update(referrals)
        .set(changes)
        .where(and(eq(referrals.id, id), eq(referrals.status, expected)))
        .returning()
    )[0] ?? null,
  ofConversation: (conversationId: string) =>
    db.select().from(referrals).where(eq(referrals.conversationId, conversationId)).orderBy(asc(referrals.createdAt)),
  list: (filter: ReferralFilter) =>
    db
      .select()
      .from(referrals)
      .where(whereOf(filter))
      .orderBy(asc(referrals.appointmentAt), desc(referrals.createdAt))
      .limit(LIST_LIMIT),
});

export type ReferralRepo = ReturnType<typeof createReferralRepo>;
