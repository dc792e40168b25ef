import type { ProgrammeId, WhisperSend } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import type { ConversationRepo } from './conversation.repo';
import type { DomainEventBus } from './domain-events';
import type { NoteStore } from './note-store';

type Deps = {
  conversations: Pick<ConversationRepo, 'findById'>;
  storeNote: NoteStore;
  events: DomainEventBus;
  audit: Pick<AuditService, 'record'>;
  clock: Clock;
  /** Counts a debrief asked for in the reports' care figures (the programme only, never who). */
  countDebrief: (programme: ProgrammeId) => Promise<unknown>;
};

/** A supervisor at hand: a counsellor asks for one during a chat, a supervisor whispers to the chat's counsellor. */
export const createSupervisionService = ({ conversations, storeNote, events, audit, clock, countDebrief }: Deps) => {
  const chatOf = async (id: string) => {
    const row = await conversations.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such conversation');
    return row;
  };
  return {
    /** Only the chat's counsellor asks, while it is active; audited (who, which chat), then told to supervisors. */
    requestHelp: async (me: StaffPrincipal, conversationId: string) => {
      const row = await chatOf(conversationId);
      authorize(me, { programme: row.programmeId });
      if (row.counsellorId !== me.id) throw new AppError('FORBIDDEN', 'Only the counsellor of this chat asks for help');
      if (row.status !== 'active') throw new AppError('CONFLICT', 'This conversation is not active');
      const at = clock.now();
      await audit.record({ id: me.id, username: me.username }, 'help.requested', { type: 'conversation', id: row.id });
      return {
        conversationId: row.id,
        counsellor: { id: me.id, alias: me.alias },
        at: at.toISOString(),
      };
    },

    /**
     * The chat's counsellor asks for a debrief, during the chat or after it: audited (who, which chat); supervisors are
     * told only who asks and when.
     */
    requestDebrief: async (me: StaffPrincipal, conversationId: string) => {
      const row = await chatOf(conversationId);
      authorize(me, { programme: row.programmeId });
      if (row.counsellorId !== me.id)
        throw new AppError('FORBIDDEN', 'Only the counsellor of this chat asks for a debrief');
      if (row.status !== 'active' && row.status !== 'ended')
        throw new AppError('CONFLICT', 'This conversation was never answered');
      await audit.record({ id: me.id, username: me.username }, 'debrief.requested', {
        type: 'conversation',
        id: row.id,
      });
      await countDebrief(row.programmeId);
      return { counsellor: { id: me.id, alias: me.alias }, at: clock.now().toISOString() };
    },

    /**
     * A supervisor who may monitor the chat writes to its counsellor only: stored sealed as a note with the audit entry
     * (never its text), then sent to the counsellor's and monitors' sockets. Never to the visitor.
     */
    whisper: async (me: StaffPrincipal, { conversationId, body }: WhisperSend) => {
      authorize(me, { role: 'supervisor' });
      const row = await chatOf(conversationId);
      authorize(me, { role: 'supervisor', programme: row.programmeId });
      if (row.status !== 'active' || !row.counsellorId)
        throw new AppError('CONFLICT', 'This conversation is not active');
      const note = await storeNote(
        row,
        me.id,
        body,
        (tx) =>
          audit.record(
            { id: me.id, username: me.username },
            'whisper.sent',
            { type: 'conversation', id: row.id },
            { to: row.counsellorId },
            tx,
          ),
        'whisper',
      );
      const whisper = { conversationId: row.id, body, from: { alias: me.alias }, at: note.createdAt.toISOString() };
      events.emit('whisper', row, whisper);
      return whisper;
    },
  };
};

export type SupervisionService = ReturnType<typeof createSupervisionService>;
