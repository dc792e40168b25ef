import { conversations as conversationTable, type Database } from '@helpline/db';
import { type ConversationUrgency, isUrgent, urgencyOf } from '@helpline/shared';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import { type ConversationRepo, toConversation } from './conversation.repo';
import type { DomainEventBus } from './domain-events';

type Deps = {
  db: Database;
  conversations: Pick<ConversationRepo, 'findById'>;
  events: DomainEventBus;
  audit: Pick<AuditService, 'record'>;
};

/** A counsellor corrects a chat's urgency: the queue re-orders at once, the change is audited with both values. */
export const createUrgencyService = ({ db, conversations, events, audit }: Deps) => ({
  correct: async (me: StaffPrincipal, { conversationId, urgency }: ConversationUrgency) => {
    const found = await conversations.findById(conversationId);
    if (!found) throw new AppError('NOT_FOUND', 'No such conversation');
    authorize(me, { programme: found.programmeId });
    const allowed = urgencyOf(found.programmeId);
    if (!allowed.includes(urgency))
      throw new AppError('INVALID_INPUT', `urgency: must be one of: ${allowed.join(', ')}`, { field: 'urgency' });
    const changed = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(conversationTable)
        .set({ urgency })
        // Only while the chat is still in the programme whose values were checked.
        .where(and(eq(conversationTable.id, found.id), eq(conversationTable.programmeId, found.programmeId)))
        .returning();
      if (!row) throw new AppError('CONFLICT', 'This conversation changed meanwhile');
      await audit.record(
        { id: me.id, username: me.username },
        'conversation.urgency-changed',
        { type: 'conversation', id: row.id },
        { from: found.urgency, to: urgency },
        tx,
      );
      return row;
    });
    if (changed.status === 'queued') {
      events.emit('queue', changed.programmeId);
      if (isUrgent(urgency)) events.emit('urgent', changed.programmeId);
    }
    return toConversation(changed);
  },
});

export type UrgencyService = ReturnType<typeof createUrgencyService>;
