import type { VisitorPresence } from '@helpline/shared';
import type { Logger } from '../logger';
import type { ConversationRow } from '../modules/conversations/conversation.repo';
import type { ConversationService } from '../modules/conversations/conversation.service';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { QueueService } from '../modules/queue/queue.service';
import type { VisitorService } from '../modules/visitors/visitor.service';
import { type Namespaces, rooms, type StaffSocket } from './socket-types';

/** A visitor whose page reloads is not gone: the counsellor hears of a loss only after this long without a socket. */
export const VISITOR_OFFLINE_AFTER_MS = 3000;

type Deps = {
  visitors: Pick<VisitorService, 'lastSeenOf' | 'seen'>;
  queue: Pick<QueueService, 'openOf'>;
  conversations: Pick<ConversationService, 'activeOf'>;
  events: DomainEventBus;
};

/**
 * Tells a chat's counsellor (and its monitors) whether the visitor is still there. Whether any connection of the
 * visitor is left is asked of every process (the adapter's fetchSockets over the visitor's room), never of this
 * process's memory; every process also stamps the visitors it holds sockets of in the database (a heartbeat, and the
 * moment the last one here closes), which is what the queue sweep of gone visitors reads.
 */
export const bindVisitorPresence = (namespaces: Namespaces, services: Deps, logger: Logger) => {
  const { visitors, queue, conversations, events } = services;
  const timers = new Set<NodeJS.Timeout>();
  const isConnected = async (visitorId: string) =>
    (await namespaces.visitor.in(rooms.visitor(visitorId)).fetchSockets()).length > 0;
  const tell = (row: Pick<ConversationRow, 'id' | 'programmeId' | 'counsellorId'>, presence: VisitorPresence) => {
    const targets = [
      rooms.monitor(row.id),
      ...(row.counsellorId ? [rooms.holder(row.counsellorId, row.programmeId)] : []),
    ];
    namespaces.staff.to(targets).emit('visitor:presence', presence);
  };
  const activeOf = async (visitorId: string) => {
    const open = await queue.openOf(visitorId);
    return open?.status === 'active' ? open : null;
  };
  const failed = (err: unknown) => logger.warn({ err }, 'visitor presence failed');

  /** A socket of the visitor connected: when it is their only one anywhere, the chat's counsellor hears they are back. */
  const connected = async (visitorId: string) => {
    const sockets = await namespaces.visitor.in(rooms.visitor(visitorId)).fetchSockets();
    if (sockets.length !== 1) return;
    const row = await activeOf(visitorId);
    const since = await visitors.lastSeenOf(visitorId);
    if (row && since) tell(row, { conversationId: row.id, online: true, since: since.toISOString() });
  };

  /** A socket of the visitor closed: stamped at once; when none is left anywhere a moment later, they are gone. */
  const disconnected = async (visitorId: string) => {
    const goneAt = await visitors.seen([visitorId]);
    const timer = setTimeout(() => {
      timers.delete(timer);
      (async () => {
        if (await isConnected(visitorId)) return;
        const row = await activeOf(visitorId);
        if (row) tell(row, { conversationId: row.id, online: false, since: goneAt.toISOString() });
      })().catch(failed);
    }, VISITOR_OFFLINE_AFTER_MS);
    timer.unref();
    timers.add(timer);
  };

  /** What is known now of a chat's visitor, told to one socket or to the chat's rooms when they are not connected. */
  const tellIfGone = async (row: ConversationRow, socket?: StaffSocket) => {
    if (!row.visitorId || (await isConnected(row.visitorId))) return;
    const since = (await visitors.lastSeenOf(row.visitorId)) ?? new Date();
    const presence = { conversationId: row.id, online: false, since: since.toISOString() };
    if (socket) socket.emit('visitor:presence', presence);
    else tell(row, presence);
  };

  // A chat given to a counsellor (by routing, accept or transfer) whose visitor has no connection: say so at once.
  const onAssigned = (row: ConversationRow) => {
    tellIfGone(row).catch(failed);
  };
  events.on('assigned', onAssigned);
  // A counsellor's workspace (re)connecting learns which of its chats' visitors are gone.
  namespaces.staff.on('connection', (socket) => {
    conversations
      .activeOf(socket.data.staff.id)
      .then((rows) => Promise.all(rows.map((row) => tellIfGone(row, socket))))
      .catch(failed);
  });

  return {
    connected: (visitorId: string) => void connected(visitorId).catch(failed),
    disconnected: (visitorId: string) => void disconnected(visitorId).catch(failed),
    /** Heartbeat: every visitor with an open socket on this process was seen now. */
    heartbeat: () =>
      visitors.seen([
        ...new Set(
          [...namespaces.visitor.sockets.values()].flatMap((s) => (s.data.visitorId ? [s.data.visitorId] : [])),
        ),
      ]),
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      events.off('assigned', onAssigned);
    },
  };
};

export type VisitorPresenceBinding = ReturnType<typeof bindVisitorPresence>;
