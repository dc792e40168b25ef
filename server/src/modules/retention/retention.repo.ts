import { conversations, type Database, messages, notes, programmes } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, count, eq, inArray, isNull, lt, sql } from 'drizzle-orm';

const DONE = ['ended', 'abandoned', 'timed-out'] as const;

/** Finished conversations past their programme's retention period whose transcript still exists. */
const pastRetention = (now: Date) =>
  and(
    inArray(conversations.status, DONE),
    isNull(conversations.shreddedAt),
    lt(conversations.endedAt, sql`${now.toISOString()}::timestamptz - ${programmes.retentionDays} * interval '1 day'`),
  );

export const createRetentionRepo = (db: Database) => ({
  settings: () =>
    db.select({ id: programmes.id, retentionDays: programmes.retentionDays }).from(programmes).orderBy(programmes.id),
  setDays: (programme: ProgrammeId, retentionDays: number) =>
    db.update(programmes).set({ retentionDays }).where(eq(programmes.id, programme)).returning({ id: programmes.id }),
  /** Per programme: transcripts due now and transcripts already shredded. */
  counts: async (now: Date) => {
    const due = await db
      .select({ programme: conversations.programmeId, n: count() })
      .from(conversations)
      .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
      .where(pastRetention(now))
      .groupBy(conversations.programmeId);
    const shredded = await db
      .select({ programme: conversations.programmeId, n: count() })
      .from(conversations)
      .where(sql`${conversations.shreddedAt} is not null`)
      .groupBy(conversations.programmeId);
    return { due, shredded };
  },
  /**
   * Deletes the wrapped key and every ciphertext row of the due conversations in one transaction; tags, referrals,
   * survey answers and the conversation's times stay. Returns the ids shredded.
   */
  shred: (now: Date) =>
    db.transaction(async (tx) => {
      const due = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
        .where(pastRetention(now))
        .for('update', { of: conversations });
      const ids = due.map((d) => d.id);
      if (ids.length === 0) return ids;
      await tx.delete(messages).where(inArray(messages.conversationId, ids));
      await tx.delete(notes).where(inArray(notes.conversationId, ids));
      await tx
        .update(conversations)
        .set({ wrappedKey: null, shreddedAt: now })
        .where(and(inArray(conversations.id, ids), isNull(conversations.shreddedAt)));
      return ids;
    }),
});

export type RetentionRepo = ReturnType<typeof createRetentionRepo>;
