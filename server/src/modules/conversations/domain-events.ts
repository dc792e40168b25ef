import { EventEmitter } from 'node:events';
import type { BreakCleared, BreakSuggested, EndedBy, Message, NoteAdded, ProgrammeId, Whisper } from '@helpline/shared';
import type { ConversationRow } from './conversation.repo';

/** What happened in the domain; the realtime layer turns these into socket events for the right rooms. */
export type DomainEvents = {
  message: [conversation: Pick<ConversationRow, 'id' | 'programmeId' | 'visitorId' | 'counsellorId'>, message: Message];
  note: [conversation: ConversationRow, note: NoteAdded];
  /** A supervisor wrote to the chat's counsellor (stored as a note): never for the visitor. */
  whisper: [conversation: ConversationRow, whisper: Whisper];
  assigned: [conversation: ConversationRow, counsellorAlias: string];
  ended: [conversation: ConversationRow, endedBy: EndedBy, reason: string | undefined];
  /** A counsellor lost a chat that goes on elsewhere (transfer, requeue). */
  released: [conversation: ConversationRow, counsellorId: string, reason: string];
  /** A programme's queue, or the room to serve it, changed: routing has a round at it (`modules/routing`). */
  queue: [programme: ProgrammeId];
  /** An urgent chat waits now (it joined, or its urgency was raised): supervisors hear of it at once. */
  urgent: [programme: ProgrammeId];
  /** Routing had its round after a change of this programme's queue: what waits now is announced. */
  routed: [programme: ProgrammeId];
  /** These transcripts were shredded: every process drops their cached data keys. */
  shredded: [conversationIds: string[]];
  /** A programme's mailbox changed (a thread written, answered, claimed back, closed or forgotten). */
  mailbox: [programme: ProgrammeId];
  /** These visitors' tokens were forgotten: their sockets are closed. */
  forgotten: [visitorIds: string[]];
  /** Someone saved a chat's tags (a closed heavy chat may offer its counsellor a break). */
  tagged: [conversationId: string, savedBy: string];
  /** A member's break suggestion came or went: every tab of theirs hears it. */
  break: [staffId: string, change: { suggested: BreakSuggested } | { cleared: BreakCleared }];
};

export const createDomainEvents = () => new EventEmitter<DomainEvents>();
export type DomainEventBus = ReturnType<typeof createDomainEvents>;
