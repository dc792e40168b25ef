import { EventEmitter } from 'node:events';
import type { EndedBy, Message, NoteAdded, ProgrammeId } from '@helpline/shared';
import type { ConversationRow } from './conversation.repo';

/** What happened in the domain; the realtime layer turns these into socket events for the right rooms. */
export type DomainEvents = {
  message: [conversation: Pick<ConversationRow, 'id' | 'programmeId' | 'visitorId' | 'counsellorId'>, message: Message];
  note: [conversation: ConversationRow, note: NoteAdded];
  assigned: [conversation: ConversationRow, counsellorAlias: string];
  ended: [conversation: ConversationRow, endedBy: EndedBy, reason: string | undefined];
  /** A counsellor lost a chat that goes on elsewhere (transfer, requeue). */
  released: [conversation: ConversationRow, counsellorId: string, reason: string];
  /** A programme's queue, or the room to serve it, changed: routing has a round at it (`modules/routing`). */
  queue: [programme: ProgrammeId];
  /** Routing had its round after a change of this programme's queue: what waits now is announced. */
  routed: [programme: ProgrammeId];
  /** These transcripts were shredded: every process drops their cached data keys. */
  shredded: [conversationIds: string[]];
  /** A programme's mailbox changed (a thread written, answered, claimed back, closed or forgotten). */
  mailbox: [programme: ProgrammeId];
  /** These visitors' tokens were forgotten: their sockets are closed. */
  forgotten: [visitorIds: string[]];
};

export const createDomainEvents = () => new EventEmitter<DomainEvents>();
export type DomainEventBus = ReturnType<typeof createDomainEvents>;
