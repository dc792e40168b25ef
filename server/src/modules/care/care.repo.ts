import { careEvents, careStates, conversations, type Database, type Executor, programmes } from '@helpline/db';
import { type BreakReason, defaultHeavyTags, type HeavyTags, type ProgrammeId } from '@helpline/shared';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { type BreakState, NO_BREAK_STATE } from './break-step';

const HOUR_MS = 60 * 60 * 1000;
/** Care figures are kept to the hour: enough for any report period, too coarse to tell whose they were. */
const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

export type CareEvent =
  | { programme: ProgrammeId; kind: 'break-suggested'; reason: BreakReason }
  | { programme: ProgrammeId; kind: 'debrief-requested' };

/** The programmes' care settings, the counsellors' break states, and the anonymous care figures. */
export const createCareRepo = (db: Database) => ({
  /** Every programme's settings; heavy tags not chosen yet are the programme's defaults. */
  settings: async () =>
    (
      await db
        .select({
          programme: programmes.id,
          stretchMinutes: programmes.careStretchMinutes,
          heavyTags: programmes.careHeavyTags,
        })
        .from(programmes)
        .orderBy(asc(programmes.id))
    ).map((r) => ({ ...r, heavyTags: r.heavyTags ?? defaultHeavyTags[r.programme] })),

  saveSettings: async (programme: ProgrammeId, stretchMinutes: number, heavyTags: HeavyTags) =>
    (
      await db
        .update(programmes)
        .set({ careStretchMinutes: stretchMinutes, careHeavyTags: heavyTags })
        .where(eq(programmes.id, programme))
        .returning({ id: programmes.id })
    ).length > 0,

  /** Who holds which active chats now (mailbox threads are not chat time). */
  heldChats: (tx: Executor = db) =>
    tx
      .selectDistinct({ staffId: conversations.counsellorId, programme: conversations.programmeId })
      .from(conversations)
      .where(
        and(
          eq(conversations.status, 'active'),
          eq(conversations.channel, 'chat'),
          isNotNull(conversations.counsellorId),
        ),
      ),

  /** Makes sure these members have a state row, then locks every row (in one order, so two steps never deadlock). */
  lockAll: async (tx: Executor, staffIds: string[]) => {
    if (staffIds.length > 0)
      await tx
        .insert(careStates)
        .values(staffIds.map((staffId) => ({ staffId })))
        .onConflictDoNothing();
    return tx.select().from(careStates).orderBy(asc(careStates.staffId)).for('update');
  },

  /** One member's state, locked (made when missing). */
  lockOne: async (tx: Executor, staffId: string): Promise<BreakState> => {
    await tx.insert(careStates).values({ staffId }).onConflictDoNothing();
    const [row] = await tx.select().from(careStates).where(eq(careStates.staffId, staffId)).for('update');
    return row ?? NO_BREAK_STATE;
  },

  find: async (staffId: string): Promise<BreakState> =>
    (await db.select().from(careStates).where(eq(careStates.staffId, staffId)))[0] ?? NO_BREAK_STATE,

  save: (tx: Executor, staffId: string, state: BreakState) =>
    tx.update(careStates).set(state).where(eq(careStates.staffId, staffId)),

  /** Counted for the reports: the programme, what, and the hour; never who or which chat. */
  count: (tx: Executor, event: CareEvent, at: Date) =>
    tx.insert(careEvents).values({
      programmeId: event.programme,
      kind: event.kind,
      reason: event.kind === 'break-suggested' ? event.reason : null,
      hour: hourOf(at),
    }),

  /**
   * Marks a closed chat as having brought its counsellor a heavy-chat suggestion; false when it already did (in any
   * process), so each chat brings at most one.
   */
  claimHeavy: async (tx: Executor, conversationId: string) =>
    (
      await tx
        .update(conversations)
        .set({ heavyBreakSuggested: true })
        .where(
          and(
            eq(conversations.id, conversationId),
            eq(conversations.heavyBreakSuggested, false),
            sql`${conversations.status} = 'ended'`,
          ),
        )
        .returning({ id: conversations.id })
    ).length > 0,
});

export type CareRepo = ReturnType<typeof createCareRepo>;
