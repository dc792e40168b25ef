import {
  type MailboxClaimAnswer,
  type MailboxListItem,
  type MailboxListQuery,
  type MailboxNote,
  type MailboxNoteAdd,
  type MailboxStaffMessage,
  type MailboxStaffThread,
  type Message,
  missingTags,
  type ProgrammeId,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { visibleProgrammes } from '../access/visible-programmes';
import type { AuditService } from '../audit/audit.service';
import type { DataKeys } from '../conversations/data-keys';
import type { MessageService } from '../conversations/message.service';
import { open, seal } from '../crypto/message-crypto';
import type { MailboxRepo, ThreadRow } from './mailbox.repo';
import { storeThreadMessage } from './thread-messages';
import { claimantOf, promisedBy } from './thread-state';

/** A claim lapses this long after it was made or after the claimant's last reply. */
export const CLAIM_MINUTES = 30;
const CLAIM_MS = CLAIM_MINUTES * 60 * 1000;

type Deps = {
  repo: MailboxRepo;
  dataKeys: Pick<DataKeys, 'of'>;
  messages: Pick<MessageService, 'after'>;
  audit: Pick<AuditService, 'record'>;
  clock: Clock;
  onChange?: (programme: ProgrammeId) => void;
};

const seconds = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

/** The counsellors' side of the mailbox: the list, one claimant at a time, replies, reading (audited) and closing. */
export const createMailboxStaffService = ({ repo, dataKeys, messages, audit, clock, onChange }: Deps) => {
  const isClaimant = (me: StaffPrincipal, row: ThreadRow, now: Date) => claimantOf(row.thread, now) === me.id;

  const mustFind = async (me: StaffPrincipal, id: string) => {
    const row = await repo.byId(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such thread');
    authorize(me, { programme: row.conversation.programmeId });
    if (row.conversation.shreddedAt) throw new AppError('GONE', 'This thread has been shredded');
    return row;
  };

  const toItem = (row: ThreadRow & { claimantAlias: string | null }, now: Date): MailboxListItem => {
    const { conversation: c, thread: t } = row;
    const claimant = claimantOf(t, now);
    return {
      id: c.id,
      programme: c.programmeId,
      channel: 'mailbox',
      state: t.state,
      receivedAt: c.queuedAt.toISOString(),
      ageSeconds: seconds(t.waitingSince ?? t.lastMessageAt, now),
      expectedReplyBy: promisedBy(t),
      isOverdue: t.state === 'unanswered' && t.expectedReplyBy !== null && t.expectedReplyBy < now,
      claimedBy: claimant ? { id: claimant, alias: row.claimantAlias ?? '' } : null,
      claimExpiresAt: claimant ? (t.claimedUntil?.toISOString() ?? null) : null,
      tags: c.tags,
    };
  };

  return {
    list: async (me: StaffPrincipal, query: MailboxListQuery): Promise<MailboxListItem[]> => {
      const now = clock.now();
      const rows = await repo.list({
        programmes: visibleProgrammes(me, query.programme),
        ...(query.state ? { state: query.state } : {}),
      });
      return rows.map((row) => toItem(row, now));
    },

    /** One counsellor at a time: the second gets CONFLICT until the claim lapses. */
    claim: async (me: StaffPrincipal, id: string): Promise<MailboxClaimAnswer> => {
      await mustFind(me, id);
      return repo.transaction(async (tx) => {
        const now = clock.now();
        const row = await repo.byId(id, tx, true);
        if (!row) throw new AppError('NOT_FOUND', 'No such thread');
        if (row.thread.state === 'closed') throw new AppError('CONFLICT', 'This thread is closed');
        const claimant = claimantOf(row.thread, now);
        if (claimant !== null && claimant !== me.id)
          throw new AppError('CONFLICT', 'A colleague is answering this thread');
        const claimedUntil = new Date(now.getTime() + CLAIM_MS);
        await repo.updateThread(tx, id, { claimedBy: me.id, claimedUntil });
        // The holder of the conversation: who may tag it, as for a chat.
        await repo.updateConversation(tx, id, { counsellorId: me.id });
        return { conversationId: id, claimExpiresAt: claimedUntil.toISOString() };
      });
    },

    /** The thread's messages; anyone but the claimant is audited as a transcript read. */
    read: async (me: StaffPrincipal, id: string): Promise<MailboxStaffThread> => {
      const row = await mustFind(me, id);
      if (!isClaimant(me, row, clock.now()))
        await audit.record(me, 'transcript.read', { type: 'conversation', id }, { via: 'rest:mailbox' });
      const dataKey = dataKeys.of(row.conversation);
      const notes: MailboxNote[] = (await repo.notesOf(id)).map(({ note, author }) => ({
        id: note.id,
        body: open({ ...note, kind: 'note' }, dataKey),
        author,
        at: note.createdAt.toISOString(),
      }));
      return {
        notes,
        conversationId: id,
        programme: row.conversation.programmeId,
        state: row.thread.state,
        messages: await messages.after(id),
        expectedReplyBy: promisedBy(row.thread),
      };
    },

    /** The answer: only the claimant, while the claim holds; it renews the claim. */
    reply: async (me: StaffPrincipal, id: string, input: MailboxStaffMessage): Promise<{ message: Message }> => {
      const found = await mustFind(me, id);
      const result = await repo.transaction(async (tx) => {
        const now = clock.now();
        const row = await repo.byId(id, tx, true);
        if (!row || row.conversation.shreddedAt) throw new AppError('NOT_FOUND', 'No such thread');
        if (!isClaimant(me, row, now)) throw new AppError('FORBIDDEN', 'Claim this thread first');
        const stored = await storeThreadMessage(repo, tx, dataKeys.of(row.conversation), {
          id,
          sender: 'counsellor',
          senderStaffId: me.id,
          clientId: input.clientId,
          body: input.body,
          now,
        });
        if (!stored.isNew) return stored;
        const isLate =
          row.thread.state === 'unanswered' && row.thread.expectedReplyBy !== null && row.thread.expectedReplyBy < now;
        await repo.updateThread(tx, id, {
          state: row.thread.state === 'closed' ? 'closed' : 'answered',
          waitingSince: null,
          expectedReplyBy: null,
          firstReplyAt: row.thread.firstReplyAt ?? now,
          ...(isLate ? { answeredLateAt: now } : {}),
          lastCounsellorId: me.id,
          lastMessageAt: now,
          claimedUntil: new Date(now.getTime() + CLAIM_MS),
        });
        await repo.updateConversation(tx, id, {
          endedAt: now,
          startedAt: row.conversation.startedAt ?? now,
          counsellorId: me.id,
        });
        return stored;
      });
      if (result.isNew) onChange?.(found.conversation.programmeId);
      return { message: { ...result.message, from: { alias: me.alias } } };
    },

    /** An internal note by the claimant (or a supervisor), sealed with the thread's data key. */
    addNote: async (me: StaffPrincipal, id: string, input: MailboxNoteAdd): Promise<MailboxNote> => {
      await mustFind(me, id);
      return repo.transaction(async (tx) => {
        const now = clock.now();
        const row = await repo.byId(id, tx, true);
        if (!row || row.conversation.shreddedAt) throw new AppError('NOT_FOUND', 'No such thread');
        if (me.role !== 'supervisor' && !isClaimant(me, row, now))
          throw new AppError('FORBIDDEN', 'Claim this thread first');
        const seq = await repo.nextNoteSeq(tx, id);
        if (seq === null) throw new AppError('NOT_FOUND', 'No such thread');
        const sealed = seal({ conversationId: id, seq, kind: 'note', body: input.body }, dataKeys.of(row.conversation));
        const note = await repo.insertNote(tx, { conversationId: id, seq, authorId: me.id, createdAt: now, ...sealed });
        return { id: note.id, body: input.body, author: me.alias, at: note.createdAt.toISOString() };
      });
    },

    /** Closing needs complete tags, as a chat does; the claimant or a supervisor closes. */
    close: async (me: StaffPrincipal, id: string) => {
      const found = await mustFind(me, id);
      await repo.transaction(async (tx) => {
        const now = clock.now();
        const row = await repo.byId(id, tx, true);
        if (!row) throw new AppError('NOT_FOUND', 'No such thread');
        if (me.role !== 'supervisor' && !isClaimant(me, row, now))
          throw new AppError('FORBIDDEN', 'Claim this thread first');
        if (row.thread.state === 'closed') return;
        const missing = missingTags(row.conversation.programmeId, row.conversation.tags);
        if (missing.length > 0)
          throw new AppError('CONFLICT', `Tag the thread first: ${missing.join(', ')}`, { field: 'tags' });
        await repo.updateThread(tx, id, {
          state: 'closed',
          waitingSince: null,
          expectedReplyBy: null,
          claimedBy: null,
          claimedUntil: null,
        });
      });
      onChange?.(found.conversation.programmeId);
      return { conversationId: id, state: 'closed' as const };
    },
  };
};

export type MailboxStaffService = ReturnType<typeof createMailboxStaffService>;
