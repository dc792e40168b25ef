import {
  conversations,
  type Database,
  type Executor,
  mailboxThreads,
  messages,
  notes,
  programmes,
  staff,
} from '@helpline/db';
import type { MailboxState, ProgrammeId, Sender } from '@helpline/shared';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';

export type ThreadRow = {
  conversation: typeof conversations.$inferSelect;
  thread: typeof mailboxThreads.$inferSelect;
};

const threadColumns = { conversation: conversations, thread: mailboxThreads };

/** The tables of the mailbox: a thread is a conversation (channel 'mailbox') and its mailbox_threads row. */
export const createMailboxRepo = (db: Database) => {
  const findWhere = async (tx: Executor, where: SQL | undefined, lock = false) => {
    const q = tx
      .select(threadColumns)
      .from(mailboxThreads)
      .innerJoin(conversations, eq(conversations.id, mailboxThreads.conversationId))
      .where(where);
    const [row] = lock ? await q.for('update', { of: mailboxThreads }) : await q;
    return row ?? null;
  };
  return {
    transaction: <T>(fn: (tx: Executor) => Promise<T>) => db.transaction(fn),
    byCodeHash: (codeHash: string, tx: Executor = db, lock = false) =>
      findWhere(tx, eq(mailboxThreads.codeHash, codeHash), lock),
    byId: (id: string, tx: Executor = db, lock = false) => findWhere(tx, eq(mailboxThreads.conversationId, id), lock),
    replyDaysOf: async (programme: ProgrammeId) =>
      (await db.select({ days: programmes.mailboxReplyDays }).from(programmes).where(eq(programmes.id, programme)))[0]
        ?.days ?? null,
    /** The conversation, its first message and the thread, in one transaction. */
    create: (values: {
      conversation: typeof conversations.$inferInsert;
      message: typeof messages.$inferInsert;
      thread: typeof mailboxThreads.$inferInsert;
    }) =>
      db.transaction(async (tx) => {
        await tx.insert(conversations).values(values.conversation);
        await tx.insert(messages).values(values.message);
        await tx.insert(mailboxThreads).values(values.thread);
      }),
    /** The next seq of a thread, under the conversation's row lock (held until the caller's transaction ends). */
    nextSeq: async (tx: Executor, id: string) => {
      const [row] = await tx
        .update(conversations)
        .set({ lastSeq: sql`${conversations.lastSeq} + 1` })
        .where(eq(conversations.id, id))
        .returning({ seq: conversations.lastSeq });
      return row?.seq ?? null;
    },
    /** A message stored before with this client id by this side (a resend), or null. */
    sentBefore: async (tx: Executor, id: string, sender: Sender, clientId: string) =>
      (
        await tx
          .select()
          .from(messages)
          .where(and(eq(messages.conversationId, id), eq(messages.sender, sender), eq(messages.clientId, clientId)))
      )[0] ?? null,
    /** An internal note, numbered under the conversation's row lock (held until the caller's transaction ends). */
    nextNoteSeq: async (tx: Executor, id: string) => {
      const [row] = await tx
        .update(conversations)
        .set({ lastNoteSeq: sql`${conversations.lastNoteSeq} + 1` })
        .where(eq(conversations.id, id))
        .returning({ seq: conversations.lastNoteSeq });
      return row?.seq ?? null;
    },
    insertNote: async (tx: Executor, row: typeof notes.$inferInsert) => {
      const [stored] = await tx.insert(notes).values(row).returning();
      if (!stored) throw new Error('insert returned nothing');
      return stored;
    },
    notesOf: (id: string) =>
      db
        .select({ note: notes, author: staff.alias })
        .from(notes)
        .innerJoin(staff, eq(staff.id, notes.authorId))
        .where(eq(notes.conversationId, id))
        .orderBy(asc(notes.seq)),
    insertMessage: async (tx: Executor, row: typeof messages.$inferInsert) => {
      const [stored] = await tx.insert(messages).values(row).returning();
      if (!stored) throw new Error('insert returned nothing');
      return stored;
    },
    updateThread: (tx: Executor, id: string, set: Partial<typeof mailboxThreads.$inferInsert>) =>
      tx.update(mailboxThreads).set(set).where(eq(mailboxThreads.conversationId, id)),
    updateConversation: (tx: Executor, id: string, set: Partial<typeof conversations.$inferInsert>) =>
      tx.update(conversations).set(set).where(eq(conversations.id, id)),
    /**
     * Whether a staff member is on shift: enabled, not offline, and their workspace heard from within `graceMs` (a
     * workspace gone longer counts as offline, as for routing).
     */
    isOnShift: async (tx: Executor, staffId: string, now: Date, graceMs: number) => {
      const [row] = await tx
        .select({ presence: staff.presence, disabledAt: staff.disabledAt, lastSeenAt: staff.lastSeenAt })
        .from(staff)
        .where(eq(staff.id, staffId));
      return (
        row !== undefined &&
        row.presence !== 'offline' &&
        row.disabledAt === null &&
        row.lastSeenAt !== null &&
        now.getTime() - row.lastSeenAt.getTime() <= graceMs
      );
    },
    aliasOf: async (staffId: string) =>
      (await db.select({ alias: staff.alias }).from(staff).where(eq(staff.id, staffId)))[0]?.alias ?? null,
    /** Threads of these programmes, oldest first: by the wait of the unanswered, the last message of the others. */
    list: (filter: { programmes: ProgrammeId[]; state?: MailboxState }) =>
      db
        .select({ ...threadColumns, claimantAlias: staff.alias })
        .from(mailboxThreads)
        .innerJoin(conversations, eq(conversations.id, mailboxThreads.conversationId))
        .leftJoin(staff, eq(staff.id, mailboxThreads.claimedBy))
        .where(
          and(
            inArray(conversations.programmeId, filter.programmes),
            sql`${conversations.shreddedAt} is null`,
            filter.state ? eq(mailboxThreads.state, filter.state) : undefined,
          ),
        )
        .orderBy(asc(sql`coalesce(${mailboxThreads.waitingSince}, ${mailboxThreads.lastMessageAt})`))
        .limit(500),
    /** Deletes every ciphertext of a thread, its wrapped data key and its code's hash (a forgotten thread). */
    shred: async (tx: Executor, id: string, now: Date) => {
      await tx.delete(messages).where(eq(messages.conversationId, id));
      await tx.delete(notes).where(eq(notes.conversationId, id));
      await tx.update(conversations).set({ wrappedKey: null, shreddedAt: now }).where(eq(conversations.id, id));
      await tx
        .update(mailboxThreads)
        .set({ codeHash: null, state: 'closed', claimedBy: null, claimedUntil: null, waitingSince: null })
        .where(eq(mailboxThreads.conversationId, id));
    },
  };
};

export type MailboxRepo = ReturnType<typeof createMailboxRepo>;
