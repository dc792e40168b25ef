import { conversations, type Database, messages, staff, visitors } from '@helpline/db';
import type { ConversationStatus, ProgrammeId } from '@helpline/shared';
import { and, desc, eq, exists, gte, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { tagsIncompleteSql } from './missing-tags.sql';

export type CaseFilter = {
  programmes: ProgrammeId[];
  status?: ConversationStatus;
  statuses?: ConversationStatus[];
  from?: Date;
  to?: Date;
  /** Only conversations this staff member held: assigned now, or answered before a transfer. */
  heldBy?: string;
  /** Only conversations whose tags are still incomplete. */
  tagsIncomplete?: boolean;
};

/** Lists are for a shift or a period (a year of one helpline is a few thousand chats), not an archive dump. */
const LIST_LIMIT = 5000;

const caseColumns = {
  conversation: conversations,
  counsellorAlias: staff.alias,
};

/** Assigned to this staff member, or they wrote in it (and it was transferred on). */
const heldBySql = (staffId: string) =>
  or(
    eq(conversations.counsellorId, staffId),
    exists(
      sql`(select 1 from ${messages} where ${messages.conversationId} = ${conversations.id} and ${messages.senderStaffId} = ${staffId})`,
    ),
  );

/** The visitor chain a return code links: every visitor points at the first one. */
const rootVisitorSql = sql`coalesce(${visitors.linkedVisitorId}, ${visitors.id})`;

/** Conversations as the workspace and history lists show them: metadata, tags and the holder's alias, never text. */
export const createCaseRepo = (db: Database) => ({
  list: (filter: CaseFilter) => {
    // Mailbox threads have a list of their own (`channel=mailbox`, modules/mailbox).
    const where: (SQL | undefined)[] = [
      inArray(conversations.programmeId, filter.programmes),
      eq(conversations.channel, 'chat'),
    ];
    if (filter.status) where.push(eq(conversations.status, filter.status));
    if (filter.statuses) where.push(inArray(conversations.status, filter.statuses));
    if (filter.from) where.push(gte(conversations.queuedAt, filter.from));
    if (filter.to) where.push(lt(conversations.queuedAt, filter.to));
    if (filter.heldBy) where.push(heldBySql(filter.heldBy));
    if (filter.tagsIncomplete) where.push(tagsIncompleteSql());
    return db
      .select(caseColumns)
      .from(conversations)
      .leftJoin(staff, eq(staff.id, conversations.counsellorId))
      .where(and(...where))
      .orderBy(desc(conversations.queuedAt))
      .limit(LIST_LIMIT);
  },
  findById: async (id: string) =>
    (
      await db
        .select(caseColumns)
        .from(conversations)
        .leftJoin(staff, eq(staff.id, conversations.counsellorId))
        .where(eq(conversations.id, id))
    )[0] ?? null,
  wasHeldBy: async (id: string, staffId: string) =>
    (
      await db
        .select({ id: conversations.id })
        .from(conversations)
        .where(and(eq(conversations.id, id), heldBySql(staffId)))
    ).length > 0,
  /** Earlier conversations of the same visitor chain, newest first. */
  earlierOfVisitor: async (
    conversation: { id: string; visitorId: string | null; queuedAt: Date },
    programmes: ProgrammeId[],
  ) => {
    if (!conversation.visitorId) return [];
    const [self] = await db
      .select({ root: rootVisitorSql.mapWith(String) })
      .from(visitors)
      .where(eq(visitors.id, conversation.visitorId));
    if (!self) return [];
    return db
      .select(caseColumns)
      .from(conversations)
      .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
      .leftJoin(staff, eq(staff.id, conversations.counsellorId))
      .where(
        and(
          sql`${rootVisitorSql} = ${self.root}`,
          ne(conversations.id, conversation.id),
          lt(conversations.queuedAt, conversation.queuedAt),
          inArray(conversations.programmeId, programmes),
        ),
      )
      .orderBy(desc(conversations.queuedAt))
      .limit(LIST_LIMIT);
  },
  saveTags: async (id: string, tags: Record<string, string | string[]>, at: Date) =>
    (
      await db
        .update(conversations)
        .set({ tags, tagsUpdatedAt: at })
        .where(eq(conversations.id, id))
        .returning({ tags: conversations.tags })
    )[0]?.tags ?? null,
});

export type CaseRepo = ReturnType<typeof createCaseRepo>;
export type CaseRow = NonNullable<Awaited<ReturnType<CaseRepo['findById']>>>;
