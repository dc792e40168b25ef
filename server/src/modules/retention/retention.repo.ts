import { conversations, type Database, mailboxThreads, messages, notes, programmes } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { and, count, eq, inArray, isNotNull, isNull, lt, not, or, sql } from 'drizzle-orm';

const DONE = ['ended', 'abandoned', 'timed-out'] as const;

/**
 * Finished conversations (a mailbox thread counts as ended at its last message) whose retention ran out before `cutoff` (the start of the current UTC day: a transcript goes
 * with its epoch key, at the end of the day its period runs out) and whose transcript still exists.
 */
const pastRetention = (cutoff: Date) =>
  and(
    inArray(conversations.status, DONE),
    isNull(conversations.shreddedAt),
    lt(
      conversations.endedAt,
      sql`${cutoff.toISOString()}::timestamptz - ${programmes.retentionDays} * interval '1 day'`,
    ),
  );

export const createRetentionRepo = (db: Database) => ({
  settings: () =>
    db.select({ id: programmes.id, retentionDays: programmes.retentionDays }).from(programmes).orderBy(programmes.id),
  setDays: (programme: ProgrammeId, retentionDays: number) =>
    db.update(programmes).set({ retentionDays }).where(eq(programmes.id, programme)).returning({ id: programmes.id }),
  /** Per programme: transcripts due now and transcripts already shredded. */
  counts: async (cutoff: Date) => {
    const due = await db
      .select({ programme: conversations.programmeId, n: count() })
      .from(conversations)
      .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
      .where(pastRetention(cutoff))
      .groupBy(conversations.programmeId);
    const shredded = await db
      .select({ programme: conversations.programmeId, n: count() })
      .from(conversations)
      .where(sql`${conversations.shreddedAt} is not null`)
      .groupBy(conversations.programmeId);
    return { due, shredded };
  },
  /** Key ids that still wrap a stored data key. */
  keysInUse: async () =>
    (
      await db
        .selectDistinct({ keyId: conversations.keyId })
        .from(conversations)
        .where(and(isNotNull(conversations.wrappedKey), isNotNull(conversations.keyId)))
    ).flatMap((r) => (r.keyId ? [r.keyId] : [])),
  /** Conversations under these keys that are not due: they move to another key before these are destroyed. */
  survivorsUnder: (keyIds: string[], cutoff: Date) =>
    keyIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: conversations.id,
            programme: conversations.programmeId,
            status: conversations.status,
            endedAt: conversations.endedAt,
            keyId: conversations.keyId,
            wrappedKey: conversations.wrappedKey,
            retentionDays: programmes.retentionDays,
          })
          .from(conversations)
          .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
          .where(
            and(
              inArray(conversations.keyId, keyIds),
              isNotNull(conversations.wrappedKey),
              or(not(inArray(conversations.status, DONE)), not(pastRetention(cutoff) ?? sql`true`)),
            ),
          ),
  /** The data key under another key; only while the conversation still has the key it was read with. */
  moveKey: async (id: string, fromKeyId: string, keyId: string, wrappedKey: Uint8Array) =>
    (
      await db
        .update(conversations)
        .set({ keyId, wrappedKey })
        .where(and(eq(conversations.id, id), eq(conversations.keyId, fromKeyId), isNotNull(conversations.wrappedKey)))
        .returning({ id: conversations.id })
    ).length === 1,
  /**
   * Deletes the wrapped key and every ciphertext row of the due conversations, and of any conversation whose key was
   * destroyed (an older database started again), in one transaction; tags, referrals, survey answers and the
   * conversation's times stay. Returns the ids shredded.
   */
  shred: (cutoff: Date, destroyedKeyIds: string[], now: Date) =>
    db.transaction(async (tx) => {
      const underDestroyed =
        destroyedKeyIds.length > 0
          ? and(inArray(conversations.keyId, destroyedKeyIds), isNull(conversations.shreddedAt))
          : undefined;
      const due = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
        .where(underDestroyed ? or(pastRetention(cutoff), underDestroyed) : pastRetention(cutoff))
        .for('update', { of: conversations });
      const ids = due.map((d) => d.id);
      if (ids.length === 0) return ids;
      await tx.delete(messages).where(inArray(messages.conversationId, ids));
      await tx.delete(notes).where(inArray(notes.conversationId, ids));
      await tx
        .update(conversations)
        .set({ wrappedKey: null, shreddedAt: now })
        .where(and(inArray(conversations.id, ids), isNull(conversations.shreddedAt)));
      // A shredded mailbox thread's code leads nowhere any more.
      await tx
        .update(mailboxThreads)
        .set({ codeHash: null, claimedBy: null, claimedUntil: null })
        .where(inArray(mailboxThreads.conversationId, ids));
      return ids;
    }),
});

export type RetentionRepo = ReturnType<typeof createRetentionRepo>;
