import { type Database, rowsOf, staff } from '@helpline/db';
import { type ProgrammeId, programmeIds } from '@helpline/shared';
import { eq, sql } from 'drizzle-orm';
import { type Clock, secondsBetween } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../auth/authorize';
import type { ConversationRepo } from '../conversations/conversation.repo';
import type { DomainEventBus } from '../conversations/domain-events';

type Deps = { db: Database; conversations: ConversationRepo; events: DomainEventBus; clock: Clock };
const MAX_PER_ROUND = 100;

/**
 * Exactly-once assignment, decided by the database: the oldest waiting chat and the least busy available counsellor
 * are both locked with FOR UPDATE SKIP LOCKED, so concurrent rounds (in any process) never pick the same pair.
 */
export const createRoutingService = ({ db, conversations, events, clock }: Deps) => {
  const assignNext = async (programme: ProgrammeId) => {
    const result = await db.transaction(async (tx) => {
      const [next] = rowsOf<{ id: string; queued_at: string }>(
        await tx.execute(sql`select id, queued_at from conversations
          where programme_id = ${programme} and status = 'queued'
          order by queue_priority, queue_seq limit 1 for update skip locked`),
      );
      if (!next) return null;
      const [counsellor] = rowsOf<{ id: string; alias: string }>(
        await tx.execute(sql`select s.id, s.alias from staff s
          where s.presence = 'available' and s.disabled_at is null and ${programme} = any(s.programmes)
            and (select count(*) from conversations c where c.counsellor_id = s.id and c.status = 'active') < s.capacity
          order by (select count(*) from conversations c where c.counsellor_id = s.id and c.status = 'active'),
            s.last_assigned_at nulls first, s.id
          limit 1 for update of s skip locked`),
      );
      if (!counsellor) return null;
      const now = clock.now();
      const assigned = await conversations.transition(tx, next.id, ['queued'], {
        status: 'active',
        counsellorId: counsellor.id,
        startedAt: now,
        waitedSeconds: secondsBetween(new Date(next.queued_at), now),
      });
      await tx.update(staff).set({ lastAssignedAt: now }).where(eq(staff.id, counsellor.id));
      return assigned ? { conversation: assigned, alias: counsellor.alias } : null;
    });
    if (result) {
      events.emit('assigned', result.conversation, result.alias);
      events.emit('queue', programme);
    }
    return result !== null;
  };

  /** Assigns while there are waiting chats and free counsellors. */
  const assignAll = async (programmes: readonly ProgrammeId[] = programmeIds) => {
    let assigned = 0;
    for (const programme of programmes) {
      while (assigned < MAX_PER_ROUND && (await assignNext(programme))) assigned += 1;
    }
    return assigned;
  };

  /** A counsellor takes a waiting chat by hand; CONFLICT when someone else got it first. */
  const accept = async (me: StaffPrincipal, conversationId: string) => {
    const found = await conversations.findById(conversationId);
    if (!found) throw new AppError('NOT_FOUND', 'No such conversation');
    authorize(me, { programme: found.programmeId });
    const now = clock.now();
    const accepted = await conversations.transition(db, conversationId, ['queued'], {
      status: 'active',
      counsellorId: me.id,
      startedAt: now,
      waitedSeconds: secondsBetween(found.queuedAt, now),
    });
    if (!accepted) throw new AppError('CONFLICT', 'Someone else already took this conversation');
    events.emit('assigned', accepted, me.alias);
    events.emit('queue', accepted.programmeId);
    return accepted;
  };

  return { assignNext, assignAll, accept };
};

export type RoutingService = ReturnType<typeof createRoutingService>;
