import { type Database, type Executor, staff, surveyAnswers } from '@helpline/db';
import {
  type ConversationTransfer,
  type EndedBy,
  type NoteAdded,
  type ProgrammeId,
  programmeIds,
  type SurveySubmit,
  type SystemNotice,
  urgencyOf,
} from '@helpline/shared';
import { and, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { authorize, canSeeProgramme, type StaffPrincipal } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import { asChecked, type ConversationRepo, type ConversationRow, heldBy, servableBy } from './conversation.repo';
import type { DataKeys } from './data-keys';
import type { DomainEventBus } from './domain-events';
import type { MessageService } from './message.service';
import { createNoteStore } from './note-store';

type Deps = {
  db: Database;
  conversations: ConversationRepo;
  messages: MessageService;
  dataKeys: DataKeys;
  events: DomainEventBus;
  audit: Pick<AuditService, 'record'>;
  clock: Clock;
};

/** A counsellor whose last /staff connection has been gone this long is offline and their chats go back to the queue. */
export const GRACE_MS = 30_000;
/** A conversation's life after it was assigned: messages, notes, ending, transfer, requeue, survey. */
export const createConversationService = ({ db, conversations, messages, dataKeys, events, audit, clock }: Deps) => {
  const storeNote = createNoteStore({ db, dataKeys, clock });
  const mustFind = async (id: string) => {
    const row = await conversations.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such conversation');
    return row;
  };
  /** Counsellors act on their own chats; supervisors on any. */
  const mustHold = async (me: StaffPrincipal, id: string) => {
    const row = await mustFind(id);
    authorize(me, { programme: row.programmeId });
    if (row.counsellorId !== me.id && me.role !== 'supervisor')
      throw new AppError('FORBIDDEN', 'This is not your conversation');
    return row;
  };
  /** A visitor sees only their own conversations: any other one is, to them, not there. */
  const mustOwn = <Row extends Pick<ConversationRow, 'visitorId'>>(row: Row, visitorId: string | null) => {
    if (!visitorId || row.visitorId !== visitorId) throw new AppError('NOT_FOUND', 'No such conversation');
    return row;
  };
  const mustBeActive = (row: Pick<ConversationRow, 'status'>) => {
    if (row.status !== 'active') throw new AppError('CONFLICT', 'This conversation is not active');
  };
  const systemMessage = async (row: ConversationRow, notice: SystemNotice) => {
    const message = await db.transaction((tx) => messages.insertSystem(tx, row.id, notice));
    events.emit('message', row, message);
  };
  const frontOfQueue = async (programme: ProgrammeId) => {
    const earliest = await conversations.earliestPriority(programme);
    return new Date(Math.min(earliest?.getTime() ?? Number.POSITIVE_INFINITY, clock.now().getTime()) - 1000);
  };

  const end = async (row: ConversationRow, endedBy: EndedBy, reason?: string) => {
    const ended = await conversations.transition(db, row.id, ['active'], {
      status: 'ended',
      endedAt: clock.now(),
      endedBy,
      endReason: reason ?? null,
    });
    if (!ended) throw new AppError('CONFLICT', 'This conversation is not active');
    events.emit('ended', ended, endedBy, reason);
    events.emit('queue', ended.programmeId);
    return ended;
  };

  return {
    mustFind,
    mustHold,
    /** The visitor's own conversation, or NOT_FOUND (also for a visitor without a row yet). */
    mustBelongTo: async (visitorId: string | null, conversationId: string) =>
      mustOwn(await mustFind(conversationId), visitorId),
    end,
    /** A counsellor's active chats. */
    activeOf: (counsellorId: string) => conversations.activeOf(counsellorId),
    sendAsStaff: async (me: StaffPrincipal, input: { conversationId: string; clientId: string; body: string }) => {
      // `me` holds the rights as of this event; the row is read under the send's lock, so its programme is current too.
      const sent = await messages.send({ ...input, sender: 'counsellor', senderStaffId: me.id }, (row) => {
        if (row.counsellorId !== me.id)
          throw new AppError('FORBIDDEN', 'Only the counsellor of this chat writes in it');
        authorize(me, { programme: row.programmeId });
        mustBeActive(row);
      });
      // The sender's own alias, so the message keeps its author after a transfer (no lookup on the hot path).
      const message = { ...sent.message, from: { alias: me.alias } };
      if (sent.isNew) events.emit('message', sent.conversation, message);
      return message;
    },
    sendAsVisitor: async (
      visitorId: string | null,
      input: { conversationId: string; clientId: string; body: string },
    ) => {
      const sent = await messages.send({ ...input, sender: 'visitor' }, (row) => {
        mustBeActive(mustOwn(row, visitorId));
      });
      if (sent.isNew) events.emit('message', sent.conversation, sent.message);
      return sent.message;
    },

    addNote: async (me: StaffPrincipal, conversationId: string, body: string): Promise<NoteAdded> => {
      const row = await mustHold(me, conversationId);
      const note = await storeNote(row, me.id, body);
      const added = {
        conversationId: row.id,
        note: { id: note.id, body, author: me.alias, at: note.createdAt.toISOString() },
      };
      events.emit('note', row, added);
      return added;
    },

    /**
     * Every transfer is audited (who, from whom and which programme, to whom or which programme), in the transaction
     * that makes it; the update holds only while the chat still has the holder and programme that were checked, and
     * the member (and a receiving colleague) may still serve it.
     */
    transfer: async (me: StaffPrincipal, { conversationId, to }: ConversationTransfer) => {
      // The holder has room again in whatever programmes they serve, and a chat sent to a programme waits in its queue.
      const roomChanged = () => {
        for (const programme of programmeIds) events.emit('queue', programme);
      };
      const row = await mustHold(me, conversationId);
      if (row.status !== 'active') throw new AppError('CONFLICT', 'Only an active conversation can be transferred');
      const previous = row.counsellorId ?? me.id;
      const audited = async (tx: Executor, changes: Parameters<ConversationRepo['transition']>[3], also?: SQL) => {
        const checked = and(asChecked(row), servableBy(me.id), also);
        const moved = await conversations.transition(tx, row.id, ['active'], changes, checked);
        if (!moved) throw new AppError('CONFLICT', 'This conversation changed meanwhile');
        await audit.record(
          { id: me.id, username: me.username },
          'conversation.transferred',
          { type: 'conversation', id: row.id },
          { from: { staffId: row.counsellorId, programme: row.programmeId }, to },
          tx,
        );
        return moved;
      };
      if ('staffId' in to) {
        if (to.staffId === row.counsellorId)
          throw new AppError('INVALID_INPUT', 'This colleague already holds the chat', { field: 'to.staffId' });
        const [target] = await db
          .select()
          .from(staff)
          .where(and(eq(staff.id, to.staffId), isNull(staff.disabledAt)));
        if (!target || !canSeeProgramme({ ...target, programmes: target.programmes }, row.programmeId)) {
          throw new AppError('INVALID_INPUT', 'That colleague does not serve this programme', { field: 'to.staffId' });
        }
        const moved = await db.transaction((tx) => audited(tx, heldBy(target.id), servableBy(target.id)));
        events.emit('released', moved, previous, 'transferred');
        events.emit('assigned', moved, target.alias);
        await systemMessage(moved, { code: 'transferred-to-colleague', params: { alias: target.alias } });
        roomChanged();
        return moved;
      }
      // Another programme: its key-encryption key wraps the data key from now on; the transcript stays readable.
      const { keyId, wrapped } = await dataKeys.rewrap(row, to.programme);
      const queuePriority = await frontOfQueue(to.programme);
      const moved = await db.transaction((tx) =>
        audited(tx, {
          status: 'queued',
          programmeId: to.programme,
          counsellorId: null,
          startedAt: null,
          queuePriority,
          // A value the other programme does not have (`deadline`, `child-at-risk`) is not carried over.
          urgency: row.urgency && urgencyOf(to.programme).includes(row.urgency) ? row.urgency : null,
          keyId,
          wrappedKey: wrapped,
        }),
      );
      events.emit('released', moved, previous, 'transferred');
      await systemMessage(moved, { code: 'transferred-to-programme', params: { programme: to.programme } });
      roomChanged();
      return moved;
    },

    /** Chats of counsellors not seen for the grace period go back to the front of the queue: nothing is dropped. */
    requeueAbsent: async () => {
      const cutoff = new Date(clock.now().getTime() - GRACE_MS);
      const gone = await db
        .update(staff)
        .set({ presence: 'offline' })
        .where(and(lt(staff.lastSeenAt, cutoff), sql`${staff.presence} <> 'offline'`))
        .returning({ id: staff.id });
      const chats = (await Promise.all(gone.map(({ id }) => conversations.activeOf(id))))
        .flat()
        .sort((a, b) => a.queueSeq - b.queueSeq);
      // In front of everyone waiting, keeping their own order: the first to have come is served first.
      const fronts = new Map<string, Date>();
      for (const row of chats)
        if (!fronts.has(row.programmeId)) fronts.set(row.programmeId, await frontOfQueue(row.programmeId));
      let count = 0;
      for (const [index, row] of chats.entries()) {
        const front = fronts.get(row.programmeId) ?? clock.now();
        const moved = await conversations.transition(db, row.id, ['active'], {
          status: 'queued',
          counsellorId: null,
          startedAt: null,
          queuePriority: new Date(front.getTime() - (chats.length - index)),
        });
        if (!moved) continue;
        count += 1;
        events.emit('released', moved, row.counsellorId ?? '', 'requeued');
        await systemMessage(moved, { code: 'requeued', params: {} });
        events.emit('queue', moved.programmeId);
      }
      return count;
    },

    submitSurvey: async (visitorId: string | null, survey: SurveySubmit) => {
      const row = mustOwn(await mustFind(survey.conversationId), visitorId);
      const inserted = await db
        .insert(surveyAnswers)
        .values({
          conversationId: row.id,
          rating: survey.rating,
          feltBetter: survey.feltBetter ?? null,
          wouldRecommend: survey.wouldRecommend ?? null,
          createdAt: clock.now(),
        })
        .onConflictDoNothing()
        .returning({ id: surveyAnswers.id });
      if (inserted.length === 0) throw new AppError('CONFLICT', 'This conversation already has a survey answer');
    },
  };
};

export type ConversationService = ReturnType<typeof createConversationService>;
