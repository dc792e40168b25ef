import { conversations as conversationTable, type Database, visitors as visitorTable } from '@helpline/db';
import { type Intake, isUrgent, localDay, type ProgrammeId, type QueueSnapshot } from '@helpline/shared';
import { and, eq, lt } from 'drizzle-orm';
import { type Clock, secondsBetween } from '../../clock';
import { AppError } from '../../errors';
import { type ConversationRepo, type ConversationRow, withUrgency } from '../conversations/conversation.repo';
import type { DataKeys } from '../conversations/data-keys';
import type { DomainEventBus } from '../conversations/domain-events';
import type { MessageService } from '../conversations/message.service';
import { storedIntakeOf } from '../conversations/urgency';
import type { MailboxWaiting, MailboxWaitingRepo } from '../mailbox/mailbox-waiting';
import type { ProgrammeService } from '../programmes/programme.service';
import type { VisitorService } from '../visitors/visitor.service';
import type { createQueueStatsService } from './queue-stats.service';

/** A waiting visitor without a connection for this long has gone: no longer offered, counted as abandoned. */
export const VISITOR_GONE_MS = 60_000;

type Deps = {
  db: Database;
  conversations: ConversationRepo;
  programmes: ProgrammeService;
  stats: ReturnType<typeof createQueueStatsService>;
  visitors: VisitorService;
  messages: MessageService;
  dataKeys: DataKeys;
  events: DomainEventBus;
  clock: Clock;
  visitorGoneMs?: number;
  /** The mailbox threads waiting per programme, carried in the snapshot beside the queue. */
  mailboxWaiting?: Pick<MailboxWaitingRepo, 'of'>;
};

const mailboxOf = (letters: Map<ProgrammeId, MailboxWaiting>, programme: ProgrammeId) => {
  const waiting = letters.get(programme);
  return { unanswered: waiting?.unanswered ?? 0, oldestAt: waiting?.oldestAt?.toISOString() ?? null };
};

/** Queues per programme, open only during opening hours; missed contacts are counted without anything about who. */
export const createQueueService = ({
  db,
  conversations,
  programmes,
  stats,
  visitors,
  messages,
  dataKeys,
  events,
  clock,
  visitorGoneMs = VISITOR_GONE_MS,
  mailboxWaiting,
}: Deps) => {
  const positionOf = async (row: Pick<ConversationRow, 'id' | 'programmeId'>) => {
    const waiting = await conversations.queued(row.programmeId);
    const index = waiting.findIndex((c) => c.id === row.id);
    return index < 0 ? null : index + 1;
  };

  /** Leaving while waiting is an abandoned contact, counted with the seconds waited. */
  const abandon = async (row: ConversationRow, reason = 'abandoned') => {
    const now = clock.now();
    const waitedSeconds = secondsBetween(row.queuedAt, now);
    const done = await db.transaction(async (tx) => {
      const changed = await conversations.transition(tx, row.id, ['queued'], {
        status: 'abandoned',
        endedAt: now,
        endedBy: 'visitor',
        endReason: reason === 'abandoned' ? null : reason,
        waitedSeconds,
      });
      if (changed)
        await conversations.recordMissed(tx, {
          programmeId: row.programmeId,
          kind: 'abandoned',
          occurredAt: now,
          waitedSeconds,
          conversationId: row.id,
        });
      return changed;
    });
    if (done) {
      events.emit('ended', done, 'visitor', reason);
      events.emit('queue', row.programmeId);
    }
    return done;
  };

  return {
    positionOf,
    /** The visitor's queued or active conversation, or null. */
    openOf: (visitorId: string) => conversations.openOfVisitor(visitorId),

    /**
     * Joins the queue, or answers the visitor's open conversation in this programme (a retry of a join that was stored
     * but not answered: its intake is not read again); an open conversation in another programme is CONFLICT.
     */
    join: async (visitorId: string, programme: ProgrammeId, intake: Intake = {}) => {
      const now = clock.now();
      const alreadyOpen = () => new AppError('CONFLICT', 'You already have an open conversation');
      const joined = async (row: ConversationRow) => {
        if (row.programmeId !== programme) throw alreadyOpen();
        // Already with a counsellor: first in line, nothing to wait for (conversation:resume tells the rest).
        const position = row.status === 'queued' ? ((await positionOf(row)) ?? 1) : 1;
        const estimatedWaitSeconds = row.status === 'queued' ? await stats.estimateFor(programme, position) : 0;
        return { conversation: row, position, estimatedWaitSeconds };
      };
      const open = await conversations.openOfVisitor(visitorId);
      if (open?.programmeId === programme) return joined(open);
      const state = await programmes.stateOf(programme, now);
      if (!state.open) {
        const day = localDay(await programmes.hoursOf(programme), now);
        await conversations.recordMissed(db, {
          programmeId: programme,
          kind: 'outside-hours',
          occurredAt: now,
          visitorId,
          day,
        });
        throw new AppError('CLOSED', 'The chat is closed now', { opensAt: state.opensAt });
      }
      if (open) throw alreadyOpen();
      const { returnCode, ...told } = intake;
      const linked = returnCode ? await visitors.linkByReturnCode(visitorId, returnCode) : null;
      const { keyId, wrapped } = await dataKeys.forNew(programme);
      const row = await conversations.insertOpen({
        programmeId: programme,
        visitorId,
        status: 'queued',
        queuedAt: now,
        queuePriority: now,
        ...storedIntakeOf(told),
        returning: linked !== null,
        keyId,
        wrappedKey: wrapped,
      });
      if (!row) {
        // A join of the same visitor won the race: the same answer as its retry.
        const winner = await conversations.openOfVisitor(visitorId);
        if (!winner) throw alreadyOpen();
        return joined(winner);
      }
      events.emit('queue', programme);
      if (isUrgent(row.urgency)) events.emit('urgent', programme);
      return joined(row);
    },

    abandon,

    /**
     * Waiting chats whose visitor has had no connection for `visitorGoneMs` (every process stamps the visitors it holds
     * sockets of, and the moment the last one closes) are abandoned: the visitor left, and nobody is offered a ghost.
     */
    sweepGone: async () => {
      const cutoff = new Date(clock.now().getTime() - visitorGoneMs);
      const gone = await db
        .select({ conversation: conversationTable })
        .from(conversationTable)
        .innerJoin(visitorTable, eq(visitorTable.id, conversationTable.visitorId))
        .where(
          and(
            eq(conversationTable.status, 'queued'),
            eq(conversationTable.channel, 'chat'),
            lt(visitorTable.lastSeenAt, cutoff),
            // Joined a moment ago on another process, before its heartbeat: not gone.
            lt(conversationTable.queuedAt, cutoff),
          ),
        );
      let count = 0;
      for (const { conversation } of gone) if (await abandon(conversation, 'gone')) count += 1;
      return count;
    },

    /** Waiting past the programme's maximum: timed out, told so in a system message, counted. */
    sweepTimeouts: async () => {
      const now = clock.now();
      let count = 0;
      for (const row of await conversations.queuedPastMaxWait(now)) {
        const waitedSeconds = secondsBetween(row.queuedAt, now);
        const result = await db.transaction(async (tx) => {
          const changed = await conversations.transition(tx, row.id, ['queued'], {
            status: 'timed-out',
            endedAt: now,
            endedBy: 'system',
            endReason: 'timed-out',
            waitedSeconds,
          });
          if (!changed) return null;
          await conversations.recordMissed(tx, {
            programmeId: row.programmeId,
            kind: 'timed-out',
            occurredAt: now,
            waitedSeconds,
            conversationId: row.id,
          });
          const message = await messages.insertSystem(tx, row.id, { code: 'queue-timed-out', params: {} });
          return { changed, message };
        });
        if (!result) continue;
        count += 1;
        events.emit('message', result.changed, result.message);
        events.emit('ended', result.changed, 'system', 'timed-out');
        events.emit('queue', row.programmeId);
      }
      return count;
    },

    snapshot: async (programmesOfStaff: readonly ProgrammeId[]): Promise<QueueSnapshot> => {
      const letters = await mailboxWaiting?.of(programmesOfStaff, clock.now());
      return {
        programmes: await Promise.all(
          programmesOfStaff.map(async (programme) => ({
            programme,
            ...(letters ? { mailbox: mailboxOf(letters, programme) } : {}),
            waiting: (await conversations.queued(programme)).map((c) => ({
              conversationId: c.id,
              queuedAt: c.queuedAt.toISOString(),
              intake: withUrgency(c),
              returning: c.returning,
              ...(c.urgency ? { urgency: c.urgency } : {}),
            })),
          })),
        ),
      };
    },

    /** Every waiting visitor of a programme with their position and estimate, for pushing after a change. */
    positions: async (programme: ProgrammeId) => {
      const [waiting, estimate] = await Promise.all([conversations.queued(programme), stats.estimator(programme)]);
      return waiting.map((c, index) => ({
        visitorId: c.visitorId,
        conversationId: c.id,
        position: index + 1,
        estimatedWaitSeconds: estimate(index + 1),
      }));
    },
  };
};

export type QueueService = ReturnType<typeof createQueueService>;
