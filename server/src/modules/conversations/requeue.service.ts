import { type Database, staff } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock';
import { canSeeProgramme } from '../access/authorize';
import { asChecked, type ConversationRepo } from './conversation.repo';
import type { DomainEventBus } from './domain-events';
import type { MessageService } from './message.service';

type Deps = {
  db: Database;
  conversations: Pick<ConversationRepo, 'activeOf' | 'earliestPriority' | 'transition'>;
  messages: Pick<MessageService, 'insertSystem'>;
  events: DomainEventBus;
  clock: Clock;
};

/**
 * Chats a counsellor may no longer hold go back to the queue at once, in front of everyone waiting: a visitor never
 * stays with someone whose rights to the programme were taken away.
 */
export const createRequeueService = ({ db, conversations, messages, events, clock }: Deps) => ({
  /**
   * The member's active chats in programmes they no longer serve (all of them once disabled), as their rights are in
   * the database now. Each goes back first in line (keeping their own order), with a `counsellor-withdrawn` system
   * message, in one transaction per chat; a chat that changed meanwhile (ended, transferred) is left alone.
   */
  withoutRightsOf: async (staffId: string) => {
    const [member] = await db.select().from(staff).where(eq(staff.id, staffId));
    if (!member) return 0;
    const chats = (await conversations.activeOf(staffId))
      .filter((row) => member.disabledAt !== null || !canSeeProgramme(member, row.programmeId))
      .sort((a, b) => a.queueSeq - b.queueSeq);
    const fronts = new Map<ProgrammeId, number>();
    for (const { programmeId } of chats) {
      if (fronts.has(programmeId)) continue;
      const earliest = await conversations.earliestPriority(programmeId);
      fronts.set(programmeId, Math.min(earliest?.getTime() ?? Number.POSITIVE_INFINITY, clock.now().getTime()) - 1000);
    }
    let count = 0;
    for (const [index, row] of chats.entries()) {
      const front = fronts.get(row.programmeId) ?? clock.now().getTime();
      const requeued = await db.transaction(async (tx) => {
        const moved = await conversations.transition(
          tx,
          row.id,
          ['active'],
          {
            status: 'queued',
            counsellorId: null,
            startedAt: null,
            queuePriority: new Date(front - (chats.length - index)),
          },
          asChecked(row),
        );
        return (
          moved && {
            moved,
            message: await messages.insertSystem(tx, row.id, { code: 'counsellor-withdrawn', params: {} }),
          }
        );
      });
      if (!requeued) continue;
      count += 1;
      events.emit('released', requeued.moved, staffId, 'withdrawn');
      events.emit('message', requeued.moved, requeued.message);
      events.emit('queue', requeued.moved.programmeId);
    }
    return count;
  },
});

export type RequeueService = ReturnType<typeof createRequeueService>;
