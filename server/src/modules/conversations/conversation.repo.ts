import {
  conversations,
  type Database,
  type Executor,
  missedContacts,
  programmes,
  staff,
  violatedUnique,
} from '@helpline/db';
import type { Conversation, MissedKind, ProgrammeId } from '@helpline/shared';
import { and, asc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { urgencyRank } from './urgency';

export type ConversationRow = typeof conversations.$inferSelect;

/** The intake as the contract has it: with the chat's urgency now (a counsellor may have corrected it). */
export const withUrgency = (row: Pick<ConversationRow, 'intake' | 'urgency'>) =>
  row.urgency ? { ...row.intake, urgency: row.urgency } : row.intake;

export const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  programme: row.programmeId,
  channel: 'chat',
  status: row.status,
  queuedAt: row.queuedAt.toISOString(),
  startedAt: row.startedAt?.toISOString() ?? null,
  endedAt: row.endedAt?.toISOString() ?? null,
  intake: withUrgency(row),
  returning: row.returning,
  counsellorId: row.counsellorId,
});

const OPEN = ['queued', 'active'] as const;

/** The changes that make `counsellorId` the holder; what the chat holds already was written before they held it. */
export const heldBy = (counsellorId: string | SQL) => ({
  counsellorId,
  heldFromSeq: sql`${conversations.lastSeq}`,
  heldFromNoteSeq: sql`${conversations.lastNoteSeq}`,
});
/**
 * The member may serve the row's programme by their rights as the database holds them when the update runs (enabled;
 * a supervisor, or a counsellor of that programme): a check made on an earlier read cannot be outrun.
 */
export const servableBy = (staffId: string) =>
  sql`exists (select 1 from ${staff} where ${staff.id} = ${staffId} and ${staff.disabledAt} is null
    and (${staff.role} = 'supervisor' or ${conversations.programmeId} = any(${staff.programmes})))`;
/** The row still has the programme and holder a check was made on (for an update's condition). */
export const asChecked = (row: Pick<ConversationRow, 'programmeId' | 'counsellorId'>) =>
  and(
    eq(conversations.programmeId, row.programmeId),
    row.counsellorId ? eq(conversations.counsellorId, row.counsellorId) : isNull(conversations.counsellorId),
  );
const ONE_OPEN_PER_VISITOR = 'conversations_one_open_per_visitor';

export const createConversationRepo = (db: Database) => ({
  findById: async (id: string, tx: Executor = db) =>
    (await tx.select().from(conversations).where(eq(conversations.id, id)))[0] ?? null,
  openOfVisitor: async (visitorId: string) =>
    (
      await db
        .select()
        .from(conversations)
        .where(and(eq(conversations.visitorId, visitorId), inArray(conversations.status, OPEN)))
    )[0] ?? null,
  /** A new open conversation, or null when the visitor already has one (the database decides, also in a race). */
  insertOpen: async (row: typeof conversations.$inferInsert) => {
    try {
      const [created] = await db.insert(conversations).values(row).returning();
      if (!created) throw new Error('insert returned nothing');
      return created;
    } catch (error) {
      if (violatedUnique(error) === ONE_OPEN_PER_VISITOR) return null;
      throw error;
    }
  },
  /**
   * Changes a conversation only if it is still in one of the expected states (and meets `also`: what the caller
   * checked); null when someone else moved it first.
   */
  transition: async (
    tx: Executor,
    id: string,
    from: ConversationRow['status'][],
    changes: PgUpdateSetSource<typeof conversations>,
    also?: SQL,
  ) =>
    (
      await tx
        .update(conversations)
        .set(changes)
        .where(and(eq(conversations.id, id), inArray(conversations.status, from), also))
        .returning()
    )[0] ?? null,
  queued: (programme: ProgrammeId) =>
    db
      .select()
      .from(conversations)
      .where(and(eq(conversations.programmeId, programme), eq(conversations.status, 'queued')))
      .orderBy(urgencyRank, asc(conversations.queuePriority), asc(conversations.queueSeq)),
  /** Waiting longer than their programme's maximum wait: one query for all programmes. */
  queuedPastMaxWait: (now: Date) =>
    db
      .select({ conversation: conversations })
      .from(conversations)
      .innerJoin(programmes, eq(programmes.id, conversations.programmeId))
      .where(
        and(
          eq(conversations.status, 'queued'),
          lt(
            conversations.queuedAt,
            sql`${now.toISOString()}::timestamptz - ${programmes.maxWaitMinutes} * interval '1 minute'`,
          ),
        ),
      )
      .then((rows) => rows.map((r) => r.conversation)),
  earliestPriority: async (programme: ProgrammeId, tx: Executor = db) => {
    const [row] = await tx
      .select({ min: sql<Date | null>`min(${conversations.queuePriority})`.mapWith((v) => (v ? new Date(v) : null)) })
      .from(conversations)
      .where(and(eq(conversations.programmeId, programme), eq(conversations.status, 'queued')));
    return row?.min ?? null;
  },
  activeOf: (counsellorId: string) =>
    db
      .select()
      .from(conversations)
      .where(and(eq(conversations.counsellorId, counsellorId), eq(conversations.status, 'active'))),
  counsellorAlias: async (id: string) =>
    (await db.select({ alias: staff.alias }).from(staff).where(eq(staff.id, id)))[0]?.alias ?? '',
  /** One missed contact; an outside-hours attempt of a visitor already counted that day adds nothing. */
  recordMissed: (tx: Executor, row: typeof missedContacts.$inferInsert & { kind: MissedKind }) =>
    tx.insert(missedContacts).values(row).onConflictDoNothing(),
});

export type ConversationRepo = ReturnType<typeof createConversationRepo>;
