import { conversations as conversationTable, type Database, rowsOf, staff } from '@helpline/db';
import { type ProgrammeId, programmeIds } from '@helpline/shared';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Clock, secondsBetween } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { type ConversationRepo, heldBy, servableBy } from '../conversations/conversation.repo';
import type { DomainEventBus } from '../conversations/domain-events';
import { urgencyRank } from '../conversations/urgency';

type Deps = { db: Database; conversations: ConversationRepo; events: DomainEventBus; clock: Clock };
const MAX_PER_ROUND = 100;

type Waiting = { id: string; queued_at: string | Date };
type Free = { id: string; alias: string; capacity: number; active: number; last_assigned_at: string | Date | null };
type Pair = { conversationId: string; queuedAt: string | Date; counsellor: Free };

/**
 * Pairs waiting chats (in queue order: most urgent first, then oldest) with free counsellors as routing them one at a
 * time would: each next chat to the counsellor with the fewest active chats, among equals the one assigned longest ago
 * (never assigned: first).
 */
export const pairUp = (waiting: Waiting[], free: Free[]): Pair[] => {
  const load = free.map((counsellor) => ({
    counsellor,
    active: counsellor.active,
    last: counsellor.last_assigned_at ? new Date(counsellor.last_assigned_at).getTime() : Number.NEGATIVE_INFINITY,
  }));
  let turn = 0;
  const pairs: Pair[] = [];
  for (const chat of waiting) {
    const open = load.filter((c) => c.active < c.counsellor.capacity);
    const next = open.sort(
      (a, b) => a.active - b.active || a.last - b.last || (a.counsellor.id < b.counsellor.id ? -1 : 1),
    )[0];
    if (!next) break;
    next.active += 1;
    // Assigned in this round: after everyone assigned before it, in the order of this round.
    next.last = Number.MAX_SAFE_INTEGER - 1_000_000 + turn++;
    pairs.push({ conversationId: chat.id, queuedAt: chat.queued_at, counsellor: next.counsellor });
  }
  return pairs;
};

/**
 * Exactly-once assignment, decided by the database: the waiting chats and the available counsellors of a round are
 * locked with FOR UPDATE SKIP LOCKED, so concurrent rounds (in any process) never pick the same chat or counsellor.
 */
export const createRoutingService = ({ db, conversations, events, clock }: Deps) => {
  /**
   * One round of routing for a programme in one transaction, however many chats it assigns: lock the first waiting
   * chats (urgent first, then the oldest) and the available counsellors with room, pair them as one-at-a-time routing
   * would (each next chat to the least busy counsellor, the one assigned longest ago first among equals), then one
   * update each for the chats and the counsellors.
   */
  const assignRound = async (programme: ProgrammeId, limit: number) => {
    const now = clock.now();
    const assigned = await db.transaction(async (tx) => {
      // One round per programme at a time (in any process): SKIP LOCKED alone lets a round that starts while another
      // holds the first chats take the ones behind them, out of the queue's order.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`routing:${programme}`}))`);
      const waiting = rowsOf<Waiting>(
        await tx.execute(sql`select id, queued_at from conversations
          where programme_id = ${programme} and status = 'queued'
          order by ${urgencyRank}, queue_priority, queue_seq limit ${limit} for update skip locked`),
      );
      if (waiting.length === 0) return [];
      const free = rowsOf<Free>(
        await tx.execute(sql`select s.id, s.alias, s.capacity, s.last_assigned_at,
            (select count(*)::int from conversations c where c.counsellor_id = s.id and c.status = 'active') as active
          from staff s
          where s.presence = 'available' and s.disabled_at is null and ${programme} = any(s.programmes)
            and (select count(*) from conversations c where c.counsellor_id = s.id and c.status = 'active') < s.capacity
          for update of s skip locked`),
      );
      const pairs = pairUp(waiting, free);
      if (pairs.length === 0) return [];
      const byId = (value: (pair: Pair) => SQL) =>
        sql`case ${conversationTable.id} ${sql.join(
          pairs.map((pair) => sql`when ${pair.conversationId}::uuid then ${value(pair)}`),
          sql` `,
        )} end`;
      const moved = await tx
        .update(conversationTable)
        .set({
          status: 'active',
          ...heldBy(byId((pair) => sql`${pair.counsellor.id}::uuid`)),
          startedAt: now,
          waitedSeconds: byId((pair) => sql`${secondsBetween(new Date(pair.queuedAt), now)}::integer`),
        })
        .where(
          and(
            inArray(
              conversationTable.id,
              pairs.map((p) => p.conversationId),
            ),
            eq(conversationTable.status, 'queued'),
          ),
        )
        .returning();
      const movedById = new Map(moved.map((row) => [row.id, row]));
      const made = pairs.flatMap((pair) => {
        const row = movedById.get(pair.conversationId);
        return row ? [{ row, alias: pair.counsellor.alias }] : [];
      });
      const counsellorIds = [...new Set(made.map(({ row }) => row.counsellorId ?? ''))];
      if (counsellorIds.length)
        await tx.update(staff).set({ lastAssignedAt: now }).where(inArray(staff.id, counsellorIds));
      return made;
    });
    for (const { row, alias } of assigned) events.emit('assigned', row, alias);
    if (assigned.length) events.emit('queue', programme);
    return assigned.length;
  };
  /** Assigns waiting chats to free counsellors, up to a hundred a programme per round. */
  const assignAll = async (programmes: readonly ProgrammeId[] = programmeIds) => {
    let assigned = 0;
    for (const programme of programmes) assigned += await assignRound(programme, MAX_PER_ROUND);
    return assigned;
  };

  /**
   * A counsellor takes a waiting chat by hand; CONFLICT when someone else got it first, or it moved meanwhile. The
   * update holds only for what was checked: still waiting, in the programme read, which the member may serve now.
   */
  const accept = async (me: StaffPrincipal, conversationId: string) => {
    const found = await conversations.findById(conversationId);
    if (!found) throw new AppError('NOT_FOUND', 'No such conversation');
    authorize(me, { programme: found.programmeId });
    const now = clock.now();
    const accepted = await conversations.transition(
      db,
      conversationId,
      ['queued'],
      { status: 'active', ...heldBy(me.id), startedAt: now, waitedSeconds: secondsBetween(found.queuedAt, now) },
      and(eq(conversationTable.programmeId, found.programmeId), servableBy(me.id)),
    );
    if (!accepted) throw new AppError('CONFLICT', 'Someone else already took this conversation');
    events.emit('assigned', accepted, me.alias);
    events.emit('queue', accepted.programmeId);
    return accepted;
  };

  return { assignAll, accept };
};

export type RoutingService = ReturnType<typeof createRoutingService>;
