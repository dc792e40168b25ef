import type { BreakCleared, BreakSuggested, EndedBy, Message, NoteAdded, ProgrammeId, Whisper } from '@helpline/shared';
import type { Logger } from '../logger';
import { type ConversationRow, toConversation } from '../modules/conversations/conversation.repo';
import type { DomainEventBus } from '../modules/conversations/domain-events';
import type { QueueService } from '../modules/queue/queue.service';
import { type Namespaces, rooms } from './socket-types';

type Deps = {
  events: DomainEventBus;
  queue: Pick<QueueService, 'snapshot' | 'positions'>;
};

/** Turns domain events into socket events for the right rooms (which span processes through the adapter). */
export const bindBroadcasts = (namespaces: Namespaces, services: Deps, logger: Logger) => {
  const { events, queue } = services;
  const { staff: staffNsp, visitor: visitorNsp } = namespaces;
  /** The monitors, and the holder only through their sockets that may serve the chat's programme now. */
  const toStaffAndMonitors = (row: Pick<ConversationRow, 'id' | 'programmeId' | 'counsellorId'>) => {
    const targets = [
      rooms.monitor(row.id),
      ...(row.counsellorId ? [rooms.holder(row.counsellorId, row.programmeId)] : []),
    ];
    return staffNsp.to(targets);
  };
  const toVisitor = (row: Pick<ConversationRow, 'visitorId'>) =>
    row.visitorId ? visitorNsp.to(rooms.visitor(row.visitorId)) : null;

  const onMessage = (
    row: Pick<ConversationRow, 'id' | 'programmeId' | 'visitorId' | 'counsellorId'>,
    message: Message,
  ) => {
    toVisitor(row)?.emit('message', message);
    toStaffAndMonitors(row).emit('message', message);
  };
  const onNote = (row: ConversationRow, note: NoteAdded) => {
    toStaffAndMonitors(row).emit('note:added', note);
  };
  const onWhisper = (row: ConversationRow, whisper: Whisper) => {
    toStaffAndMonitors(row).emit('whisper', whisper);
  };
  const onAssigned = (row: ConversationRow, alias: string) => {
    if (row.counsellorId)
      staffNsp.to(rooms.staff(row.counsellorId)).emit('conversation:assigned', { conversation: toConversation(row) });
    toVisitor(row)?.emit('conversation:started', { conversationId: row.id, counsellor: { alias } });
  };
  const onEnded = (row: ConversationRow, endedBy: EndedBy, reason: string | undefined) => {
    const payload = { conversationId: row.id, endedBy, ...(reason ? { reason } : {}) };
    toVisitor(row)?.emit('conversation:ended', payload);
    toStaffAndMonitors(row).emit('conversation:ended', payload);
  };
  const onReleased = (row: ConversationRow, counsellorId: string, reason: string) => {
    staffNsp
      .to(rooms.staff(counsellorId))
      .emit('conversation:ended', { conversationId: row.id, endedBy: 'system', reason });
  };

  const onBreak = (staffId: string, change: { suggested: BreakSuggested } | { cleared: BreakCleared }) => {
    const tabs = staffNsp.to(rooms.staff(staffId));
    if ('suggested' in change) tabs.emit('break:suggested', change.suggested);
    else tabs.emit('break:cleared', change.cleared);
  };

  // Deferred, so the ack of the `session:end` that caused it reaches the visitor before the socket closes.
  const onForgotten = (visitorIds: string[]) => {
    setImmediate(() => visitorNsp.in(visitorIds.map(rooms.visitor)).disconnectSockets(true));
  };

  // After routing's round at a changed queue (modules/routing), so a chat just assigned is not announced as waiting.
  const pushQueue = async (programme: ProgrammeId) => {
    const snapshot = await queue.snapshot([programme]);
    staffNsp.to([rooms.programme(programme), rooms.supervisors]).emit('queue:snapshot', snapshot);
    for (const p of await queue.positions(programme)) {
      if (p.visitorId)
        visitorNsp.to(rooms.visitor(p.visitorId)).emit('queue:position', {
          conversationId: p.conversationId,
          position: p.position,
          estimatedWaitSeconds: p.estimatedWaitSeconds,
        });
    }
  };
  const onRouted = (programme: ProgrammeId) => {
    pushQueue(programme).catch((error: unknown) => logger.error({ err: error }, 'queue push failed'));
  };

  events.on('message', onMessage);
  events.on('note', onNote);
  events.on('whisper', onWhisper);
  events.on('assigned', onAssigned);
  events.on('ended', onEnded);
  events.on('released', onReleased);
  events.on('routed', onRouted);
  // A mailbox change: the snapshot carries the programme's unanswered threads.
  events.on('mailbox', onRouted);
  events.on('forgotten', onForgotten);
  events.on('break', onBreak);
  return () => {
    events.removeAllListeners();
  };
};
