import { type Database, notes, staff } from '@helpline/db';
import type { Message } from '@helpline/shared';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import { open } from '../crypto/message-crypto';
import type { ConversationRow } from './conversation.repo';
import type { ConversationService } from './conversation.service';
import type { DataKeys } from './data-keys';
import type { MessageService } from './message.service';

/** Every way staff reach decrypted text; each is named in the audit row. */
export type TranscriptVia = 'conversation:resume' | 'monitor:join' | 'rest:transcript';
export type TranscriptNote = { id: string; body: string; author: string; at: string; whisper?: true };

type Deps = {
  db: Database;
  conversations: Pick<ConversationService, 'mustFind' | 'mustHold'>;
  messages: Pick<MessageService, 'after'>;
  dataKeys: DataKeys;
  audit: AuditService;
};

/** What a read opens: messages after a seq, and the notes or not. */
type Reading = { afterSeq: number; withNotes: boolean };

/**
 * The one door to decrypted message text and notes for staff. Counsellors open their own chats, supervisors any
 * (monitoring: supervisors only). Every opening writes one audit row (who, which conversation, which way) before
 * anything is decrypted, except the holder reading their own part of their own active chat: whatever was written
 * before they got the chat (by accepting, routing or a transfer, also one they made to themselves) is audited.
 * A shredded transcript is GONE.
 */
export const createTranscriptAccess = ({ db, conversations, messages, dataKeys, audit }: Deps) => {
  const allowedRow = async (me: StaffPrincipal, conversationId: string, via: TranscriptVia) => {
    if (via !== 'monitor:join') return conversations.mustHold(me, conversationId);
    authorize(me, { role: 'supervisor' });
    const row = await conversations.mustFind(conversationId);
    authorize(me, { programme: row.programmeId });
    return row;
  };

  const notesOf = async (row: ConversationRow): Promise<TranscriptNote[]> => {
    const rows = await db
      .select({ note: notes, author: staff.alias })
      .from(notes)
      .innerJoin(staff, eq(staff.id, notes.authorId))
      .where(eq(notes.conversationId, row.id))
      .orderBy(asc(notes.seq));
    if (rows.length === 0) return [];
    const dataKey = dataKeys.of(row);
    return rows.map(({ note, author }) => ({
      id: note.id,
      body: open({ ...note, kind: 'note' }, dataKey),
      author,
      at: note.createdAt.toISOString(),
      ...(note.kind === 'whisper' ? { whisper: true as const } : {}),
    }));
  };

  const openRow = async (me: StaffPrincipal, conversationId: string, via: TranscriptVia, reading: Reading) => {
    const row = await allowedRow(me, conversationId, via);
    if (!row.wrappedKey || !row.keyId) throw new AppError('GONE', 'This transcript has been deleted');
    const isOwnActiveChat = row.counsellorId === me.id && row.status === 'active' && via !== 'monitor:join';
    const isOwnPart = reading.afterSeq >= row.heldFromSeq && (!reading.withNotes || row.heldFromNoteSeq === 0);
    if (!(isOwnActiveChat && isOwnPart))
      await audit.record(
        { id: me.id, username: me.username },
        'transcript.read',
        { type: 'conversation', id: row.id },
        { via },
      );
    return row;
  };

  return {
    /** The messages after a seq (socket resume and monitoring). */
    messages: async (me: StaffPrincipal, conversationId: string, via: TranscriptVia, afterSeq = 0) => {
      const row = await openRow(me, conversationId, via, { afterSeq, withNotes: false });
      return { row, messages: await messages.after(row.id, afterSeq) };
    },
    /** The whole transcript with its notes (REST). */
    full: async (
      me: StaffPrincipal,
      conversationId: string,
    ): Promise<{ messages: Message[]; notes: TranscriptNote[] }> => {
      const row = await openRow(me, conversationId, 'rest:transcript', { afterSeq: 0, withNotes: true });
      return { messages: await messages.after(row.id), notes: await notesOf(row) };
    },
  };
};

export type TranscriptAccess = ReturnType<typeof createTranscriptAccess>;
